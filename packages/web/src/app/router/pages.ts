import { lazyNamed } from './lazy-page';

// The signed-in shell (menu, drawer) is a chunk of its own so the login page does not download it.
export const AppLayout = lazyNamed(() => import('../layout/AppLayout'), 'AppLayout');

// One chunk per page, so a phone opening the login or people list never downloads the audit or user screens.
export const LoginPage = lazyNamed(() => import('../../features/auth/pages/LoginPage'), 'LoginPage');
export const ChangePasswordPage = lazyNamed(
  () => import('../../features/auth/pages/ChangePasswordPage'),
  'ChangePasswordPage',
);
export const MfaSetupPage = lazyNamed(() => import('../../features/auth/pages/MfaSetupPage'), 'MfaSetupPage');
export const HomePage = lazyNamed(() => import('../../features/home/pages/HomePage'), 'HomePage');
export const JurisdictionsPage = lazyNamed(
  () => import('../../features/jurisdictions/pages/JurisdictionsPage'),
  'JurisdictionsPage',
);
export const JurisdictionDetailPage = lazyNamed(
  () => import('../../features/jurisdictions/pages/JurisdictionDetailPage'),
  'JurisdictionDetailPage',
);
export const PeoplePage = lazyNamed(() => import('../../features/people/pages/PeoplePage'), 'PeoplePage');
export const PersonDetailPage = lazyNamed(
  () => import('../../features/people/pages/PersonDetailPage'),
  'PersonDetailPage',
);
// The disputes screens: three chunks, none of them in the phone home or login bundles.
export const DisputesPage = lazyNamed(() => import('../../features/disputes/pages/DisputesPage'), 'DisputesPage');
export const DisputeRegisterPage = lazyNamed(
  () => import('../../features/disputes/pages/DisputeRegisterPage'),
  'DisputeRegisterPage',
);
export const DisputeDetailPage = lazyNamed(
  () => import('../../features/disputes/pages/DisputeDetailPage'),
  'DisputeDetailPage',
);
// The oral register is a side page of the board, opened rarely: its own chunk.
export const OralAgreementsPage = lazyNamed(
  () => import('../../features/disputes/pages/OralAgreementsPage'),
  'OralAgreementsPage',
);
// The duty log: the phone's 记一笔 page is a chunk of its own, so the three-tap entry loads little.
export const DutyLogsPage = lazyNamed(() => import('../../features/duty/pages/DutyLogsPage'), 'DutyLogsPage');
export const DutyNewPage = lazyNamed(() => import('../../features/duty/pages/DutyNewPage'), 'DutyNewPage');
export const DutyCalendarPage = lazyNamed(
  () => import('../../features/duty/pages/DutyCalendarPage'),
  'DutyCalendarPage',
);
// The rotation screens: the rota, a director's stay, the holiday calendar and the training records.
export const RotaPage = lazyNamed(() => import('../../features/rotation/pages/RotaPage'), 'RotaPage');
export const DirectorStayPage = lazyNamed(
  () => import('../../features/rotation/pages/DirectorStayPage'),
  'DirectorStayPage',
);
export const HolidayCalendarPage = lazyNamed(
  () => import('../../features/rotation/pages/HolidayCalendarPage'),
  'HolidayCalendarPage',
);
export const TrainingsPage = lazyNamed(() => import('../../features/rotation/pages/TrainingsPage'), 'TrainingsPage');
// The monthly assessment: the ranking (or an auxiliary officer's own card), one scorecard, the settings.
export const AssessmentsPage = lazyNamed(
  () => import('../../features/assessments/pages/AssessmentsPage'),
  'AssessmentsPage',
);
export const ScorecardPage = lazyNamed(() => import('../../features/assessments/pages/ScorecardPage'), 'ScorecardPage');
export const MyScorecardPage = lazyNamed(
  () => import('../../features/assessments/pages/MyScorecardPage'),
  'MyScorecardPage',
);
export const AssessmentSettingsPage = lazyNamed(
  () => import('../../features/assessments/pages/AssessmentSettingsPage'),
  'AssessmentSettingsPage',
);
// The incident desk and an incident's page: two chunks, the phone's village list shares the desk's.
export const IncidentsPage = lazyNamed(() => import('../../features/incidents/pages/IncidentsPage'), 'IncidentsPage');
export const IncidentDetailPage = lazyNamed(
  () => import('../../features/incidents/pages/IncidentDetailPage'),
  'IncidentDetailPage',
);
export const UsersPage = lazyNamed(() => import('../../features/users/pages/UsersPage'), 'UsersPage');
export const AuditPage = lazyNamed(() => import('../../features/audit/pages/AuditPage'), 'AuditPage');
export const ProfilePage = lazyNamed(() => import('../../features/profile/pages/ProfilePage'), 'ProfilePage');
export const NotFoundPage = lazyNamed(() => import('../pages/NotFoundPage'), 'NotFoundPage');
// The incident class code table: a settings page for the station chief, its own chunk.
export const IncidentClassesPage = lazyNamed(
  () => import('../../features/incidents/pages/IncidentClassesPage'),
  'IncidentClassesPage',
);
// The monthly report (issue #9): its own chunk.
export const MonthlyReportPage = lazyNamed(
  () => import('../../features/reports/pages/MonthlyReportPage'),
  'MonthlyReportPage',
);
// The dashboards (issue #9): the only pages that load ECharts, each its own chunk; the 大屏 has no app layout.
export const DashboardPage = lazyNamed(() => import('../../features/dashboard/pages/DashboardPage'), 'DashboardPage');
export const WallPage = lazyNamed(() => import('../../features/dashboard/pages/WallPage'), 'WallPage');
// The monthly consultation and its tasks: list and page of each, four chunks; an owner's phone loads only the tasks'.
export const MeetingsPage = lazyNamed(() => import('../../features/meetings/pages/MeetingsPage'), 'MeetingsPage');
export const MeetingDetailPage = lazyNamed(
  () => import('../../features/meetings/pages/MeetingDetailPage'),
  'MeetingDetailPage',
);
export const TasksPage = lazyNamed(() => import('../../features/meetings/pages/TasksPage'), 'TasksPage');
export const TaskDetailPage = lazyNamed(() => import('../../features/meetings/pages/TaskDetailPage'), 'TaskDetailPage');
// Daily analyses and weekly judgements: the archive and one analysis, a chunk each.
export const AnalysesPage = lazyNamed(() => import('../../features/analyses/pages/AnalysesPage'), 'AnalysesPage');
export const AnalysisPage = lazyNamed(() => import('../../features/analyses/pages/AnalysisPage'), 'AnalysisPage');
// Districts "1+1+N" coverage: one chunk.
export const CoveragePage = lazyNamed(() => import('../../features/coverage/pages/CoveragePage'), 'CoveragePage');
// Safety hazards: the list, one hazard, and the phone report page, a chunk each.
export const HazardsPage = lazyNamed(() => import('../../features/hazards/pages/HazardsPage'), 'HazardsPage');
export const HazardDetailPage = lazyNamed(
  () => import('../../features/hazards/pages/HazardDetailPage'),
  'HazardDetailPage',
);
export const HazardReportPage = lazyNamed(
  () => import('../../features/hazards/pages/HazardReportPage'),
  'HazardReportPage',
);
// Anti-fraud (issue #10): coverage, activities and cases as tabs of one page, one chunk.
export const AntifraudPage = lazyNamed(() => import('../../features/antifraud/pages/AntifraudPage'), 'AntifraudPage');
// Key persons: the list, one record, and the phone visit log (a chunk of its own, small for a village signal).
export const KeyPersonsPage = lazyNamed(
  () => import('../../features/key-persons/pages/KeyPersonsPage'),
  'KeyPersonsPage',
);
export const KeyPersonDetailPage = lazyNamed(
  () => import('../../features/key-persons/pages/KeyPersonDetailPage'),
  'KeyPersonDetailPage',
);
export const KeyPersonVisitPage = lazyNamed(
  () => import('../../features/key-persons/pages/KeyPersonVisitPage'),
  'KeyPersonVisitPage',
);
// The night patrols: the log, teams, one team, checkpoints and hours, a chunk each; the phone's check-in page
// opened from a checkpoint's QR code is its own small chunk.
export const PatrolLogPage = lazyNamed(() => import('../../features/patrols/pages/PatrolLogPage'), 'PatrolLogPage');
export const PatrolTeamsPage = lazyNamed(
  () => import('../../features/patrols/pages/PatrolTeamsPage'),
  'PatrolTeamsPage',
);
export const PatrolTeamPage = lazyNamed(() => import('../../features/patrols/pages/PatrolTeamPage'), 'PatrolTeamPage');
export const CheckpointsPage = lazyNamed(
  () => import('../../features/patrols/pages/CheckpointsPage'),
  'CheckpointsPage',
);
export const PatrolHoursPage = lazyNamed(
  () => import('../../features/patrols/pages/PatrolHoursPage'),
  'PatrolHoursPage',
);
export const CheckInPage = lazyNamed(() => import('../../features/patrols/pages/CheckInPage'), 'CheckInPage');
// The camera registry (issue #11): the list, one camera, the Excel import and the groups with their grants, a chunk
// each.
export const CamerasPage = lazyNamed(() => import('../../features/cameras/pages/CamerasPage'), 'CamerasPage');
export const CameraDetailPage = lazyNamed(
  () => import('../../features/cameras/pages/CameraDetailPage'),
  'CameraDetailPage',
);
export const CameraImportPage = lazyNamed(
  () => import('../../features/cameras/pages/CameraImportPage'),
  'CameraImportPage',
);
export const CameraGroupsPage = lazyNamed(
  () => import('../../features/cameras/pages/CameraGroupsPage'),
  'CameraGroupsPage',
);
// Video patrols: rounds, running a round, plans and remote reminders (the phone page the auxiliary officer opens), a
// chunk each.
export const VideoPatrolRoundsPage = lazyNamed(
  () => import('../../features/video-patrols/pages/VideoPatrolRoundsPage'),
  'VideoPatrolRoundsPage',
);
export const VideoPatrolRoundPage = lazyNamed(
  () => import('../../features/video-patrols/pages/VideoPatrolRoundPage'),
  'VideoPatrolRoundPage',
);
export const VideoPatrolPlansPage = lazyNamed(
  () => import('../../features/video-patrols/pages/VideoPatrolPlansPage'),
  'VideoPatrolPlansPage',
);
export const VideoRemindersPage = lazyNamed(
  () => import('../../features/video-patrols/pages/VideoRemindersPage'),
  'VideoRemindersPage',
);
export const VideoReminderPage = lazyNamed(
  () => import('../../features/video-patrols/pages/VideoReminderPage'),
  'VideoReminderPage',
);
// Venues sharing cameras (issue #11): the list and one venue with its agreements.
export const VenuesPage = lazyNamed(() => import('../../features/venues/pages/VenuesPage'), 'VenuesPage');
export const VenueDetailPage = lazyNamed(
  () => import('../../features/venues/pages/VenueDetailPage'),
  'VenueDetailPage',
);
// Live video: the camera wall, the phone's single view and the view log, a chunk each.
export const VideoWallPage = lazyNamed(() => import('../../features/video/pages/VideoWallPage'), 'VideoWallPage');
export const VideoSinglePage = lazyNamed(() => import('../../features/video/pages/VideoSinglePage'), 'VideoSinglePage');
export const ViewLogPage = lazyNamed(() => import('../../features/video/pages/ViewLogPage'), 'ViewLogPage');
// Cadre self-registration (issue #12): the station's codes and approvals, and the public page a code opens.
export const CadresPage = lazyNamed(() => import('../../features/cadres/pages/CadresPage'), 'CadresPage');
export const CadreRegisterPage = lazyNamed(
  () => import('../../features/cadres/pages/CadreRegisterPage'),
  'CadreRegisterPage',
);
// Online mediation rooms (issue #12): the open rooms and the staff room page, a chunk each.
export const MediationRoomsPage = lazyNamed(
  () => import('../../features/mediation-rooms/pages/MediationRoomsPage'),
  'MediationRoomsPage',
);
export const MediationRoomPage = lazyNamed(
  () => import('../../features/mediation-rooms/pages/MediationRoomPage'),
  'MediationRoomPage',
);
// The party's pages of an online mediation room (issue #12): public, outside the app layout, a chunk each.
export const GuestJoinPage = lazyNamed(
  () => import('../../features/mediation-rooms/guest/GuestJoinPage'),
  'GuestJoinPage',
);
export const GuestRoomPage = lazyNamed(
  () => import('../../features/mediation-rooms/guest/GuestRoomPage'),
  'GuestRoomPage',
);
