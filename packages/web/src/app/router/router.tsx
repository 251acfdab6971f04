import type { Permission } from '@fengqiao/domain';
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { RequirePermission } from '../auth/RequirePermission';
import { BareLayout } from '../layout/BareLayout';
import {
  AnalysesPage,
  AnalysisPage,
  AntifraudPage,
  AppLayout,
  AssessmentSettingsPage,
  AssessmentsPage,
  AuditPage,
  CadreRegisterPage,
  CadresPage,
  CameraDetailPage,
  CameraGroupsPage,
  CameraImportPage,
  CamerasPage,
  ChangePasswordPage,
  CheckInPage,
  CheckpointsPage,
  CoveragePage,
  DashboardPage,
  DirectorStayPage,
  DisputeDetailPage,
  DisputeRegisterPage,
  DisputesPage,
  DutyCalendarPage,
  DutyLogsPage,
  DutyNewPage,
  GuestJoinPage,
  GuestRoomPage,
  HazardDetailPage,
  HazardReportPage,
  HazardsPage,
  HolidayCalendarPage,
  HomePage,
  IncidentClassesPage,
  IncidentDetailPage,
  IncidentsPage,
  JurisdictionDetailPage,
  JurisdictionsPage,
  KeyPersonDetailPage,
  KeyPersonsPage,
  KeyPersonVisitPage,
  LoginPage,
  MediationRoomPage,
  MediationRoomsPage,
  MeetingDetailPage,
  MeetingsPage,
  MfaSetupPage,
  MonthlyReportPage,
  MyScorecardPage,
  NotFoundPage,
  OralAgreementsPage,
  PatrolHoursPage,
  PatrolLogPage,
  PatrolTeamPage,
  PatrolTeamsPage,
  PeoplePage,
  PersonDetailPage,
  ProfilePage,
  RotaPage,
  ScorecardPage,
  TaskDetailPage,
  TasksPage,
  TrainingsPage,
  UsersPage,
  VenueDetailPage,
  VenuesPage,
  VideoPatrolPlansPage,
  VideoPatrolRoundPage,
  VideoPatrolRoundsPage,
  VideoReminderPage,
  VideoRemindersPage,
  VideoSinglePage,
  VideoWallPage,
  ViewLogPage,
  WallPage,
} from './pages';
import { RootRoute } from './RootRoute';
import { RouteErrorPage } from './RouteErrorPage';

// The menu hides what a user may not open, but a typed or bookmarked address still lands here, so each page
// checks its permission itself.
const GUARDED_PAGES: ReadonlyArray<[path: string, permission: Permission, Page: ComponentType]> = [
  ['/jurisdictions', 'directory.read', JurisdictionsPage],
  ['/jurisdictions/:id', 'directory.read', JurisdictionDetailPage],
  ['/people', 'person.read', PeoplePage],
  ['/people/:id', 'person.read', PersonDetailPage],
  // '/disputes/new' is listed before '/disputes/:id' for readers; react-router ranks static segments first anyway.
  ['/disputes', 'dispute.read', DisputesPage],
  ['/disputes/new', 'dispute.create', DisputeRegisterPage],
  ['/disputes/oral-agreements', 'dispute.read', OralAgreementsPage],
  ['/disputes/:id', 'dispute.read', DisputeDetailPage],
  ['/users', 'user.read', UsersPage],
  ['/audit', 'audit.read', AuditPage],
  ['/duty', 'duty.read', DutyLogsPage],
  ['/duty/new', 'duty.log', DutyNewPage],
  ['/duty/calendar', 'duty.read', DutyCalendarPage],
  ['/rotation', 'rotation.read', RotaPage],
  ['/rotation/slots/:id', 'rotation.read', DirectorStayPage],
  ['/rotation/calendar', 'rotation.read', HolidayCalendarPage],
  ['/rotation/trainings', 'rotation.read', TrainingsPage],
  ['/assessments', 'assessment.read', AssessmentsPage],
  ['/assessments/mine', 'assessment.read', MyScorecardPage],
  ['/assessments/settings', 'assessment.manage', AssessmentSettingsPage],
  ['/assessments/:month/officers/:personId', 'assessment.read', ScorecardPage],
  ['/incident-classes', 'incident.configure', IncidentClassesPage],
  ['/incidents', 'incident.read', IncidentsPage],
  ['/incidents/:id', 'incident.read', IncidentDetailPage],
  ['/reports/monthly', 'report.read', MonthlyReportPage],
  ['/dashboard', 'stats.read', DashboardPage],
  ['/meetings', 'meeting.read', MeetingsPage],
  ['/meetings/:id', 'meeting.read', MeetingDetailPage],
  ['/analyses', 'analysis.read', AnalysesPage],
  ['/analyses/:id', 'analysis.read', AnalysisPage],
  ['/coverage', 'directory.read', CoveragePage],
  ['/hazards', 'hazard.read', HazardsPage],
  ['/hazards/new', 'hazard.report', HazardReportPage],
  ['/antifraud', 'antifraud.read', AntifraudPage],
  ['/antifraud/activities', 'antifraud.read', AntifraudPage],
  ['/antifraud/cases', 'antifraud.read', AntifraudPage],
  // Every holder of keyperson.read_police also holds read_governance: one permission opens the pages.
  ['/key-persons', 'keyperson.read_governance', KeyPersonsPage],
  ['/key-persons/:id/visit', 'keyperson.visit', KeyPersonVisitPage],
  ['/patrols', 'patrol.read', PatrolLogPage],
  ['/patrols/teams', 'patrol.read', PatrolTeamsPage],
  ['/patrols/teams/:id', 'patrol.read', PatrolTeamPage],
  ['/patrols/checkpoints', 'patrol.read', CheckpointsPage],
  ['/patrols/hours', 'patrol.read', PatrolHoursPage],
  ['/venues', 'camera.read', VenuesPage],
  ['/venues/:id', 'camera.read', VenueDetailPage],
  // A checkpoint's QR code opens this on a phone; RequireAuth keeps the token through the login page.
  ['/c/:token', 'patrol.checkin', CheckInPage],
  ['/cameras', 'camera.read', CamerasPage],
  ['/cameras/import', 'camera.manage', CameraImportPage],
  ['/cameras/groups', 'camera.grant', CameraGroupsPage],
  ['/cameras/:id', 'camera.read', CameraDetailPage],
  ['/video', 'video.view', VideoWallPage],
  ['/video/log', 'video.audit', ViewLogPage],
  ['/video/:cameraId', 'video.view', VideoSinglePage],
  ['/video-patrols', 'videopatrol.read', VideoPatrolRoundsPage],
  ['/video-patrols/rounds/:id', 'videopatrol.read', VideoPatrolRoundPage],
  ['/video-patrols/plans', 'videopatrol.manage', VideoPatrolPlansPage],
  ['/video-patrols/reminders', 'videopatrol.read', VideoRemindersPage],
  ['/video-patrols/reminders/:id', 'videopatrol.read', VideoReminderPage],
  ['/mediation-rooms', 'room.join', MediationRoomsPage],
  ['/mediation-rooms/:id', 'room.join', MediationRoomPage],
  ['/cadres', 'cadre.approve', CadresPage],
];

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootRoute />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <BareLayout />,
          children: [
            { path: '/login', element: <LoginPage /> },
            // A village's registration QR code opens this without an account (public routes on the server).
            { path: '/register/cadre/:code', element: <CadreRegisterPage /> },
          ],
        },
        // A party of an online mediation has no account: the link's page and their room stand outside the app.
        { path: '/join/:token', element: <GuestJoinPage /> },
        { path: '/room', element: <GuestRoomPage /> },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <BareLayout />,
              children: [
                { path: '/password', element: <ChangePasswordPage /> },
                { path: '/mfa', element: <MfaSetupPage /> },
              ],
            },
            // The 大屏 fills the wall screen on its own: no menu, no header.
            {
              path: '/wall',
              element: (
                <RequirePermission permission="stats.read">
                  <WallPage />
                </RequirePermission>
              ),
            },
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <HomePage /> },
                ...GUARDED_PAGES.map(([path, permission, Page]) => ({
                  path,
                  element: (
                    <RequirePermission permission={permission}>
                      <Page />
                    </RequirePermission>
                  ),
                })),
                { path: '/profile', element: <ProfilePage /> },
                // A task's owner reads it whatever their role (a patrol officer holds no task.read), and the server
                // answers each caller with the tasks they may see, so these need only a signed-in user.
                { path: '/tasks', element: <TasksPage /> },
                { path: '/tasks/:id', element: <TaskDetailPage /> },
                // A reporter without hazard.read (a patrol volunteer) opens what he reported: the server decides.
                { path: '/hazards/:id', element: <HazardDetailPage /> },
                // A key person's record answers 404 to whoever may not read its group: the page then shows not-found
                // as for a missing id, never a "forbidden" that would tell a village cadre the address is one.
                { path: '/key-persons/:id', element: <KeyPersonDetailPage /> },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
