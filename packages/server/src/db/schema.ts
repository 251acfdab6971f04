import type {
  AdjustmentKind,
  Agreement,
  AnalysisKind,
  AnalysisSection,
  AnalysisState,
  AntifraudActivityType,
  AntifraudBaseMeasure,
  AssessmentItem,
  AssessmentSettings,
  AttendeeKind,
  AUDIT_OUTCOMES,
  CadrePosition,
  CadreRegistrationStatus,
  CalendarDayKind,
  CameraKind,
  CameraStatus,
  CaseKind,
  CoverageDuty,
  DisputeComplexity,
  DisputeSource,
  DisputeState,
  DisputeTier,
  DiversionRoute,
  Duty,
  DutyLinkKind,
  DutyType,
  FraudCaseType,
  HazardAssigneeKind,
  HazardEventKind,
  HazardPhotoKind,
  HazardSource,
  HazardState,
  HazardVerifierSide,
  IncidentCategory,
  IncidentDisposition,
  IncidentPartyRole,
  IncidentSource,
  IncidentState,
  IncidentTimelineEvent,
  JurisdictionLevel,
  KeyPersonCategory,
  KeyPersonGroup,
  KeyPersonLevel,
  KeyPersonRequestKind,
  KeyPersonRequestState,
  KeyPersonStatus,
  KeyPersonVisitMethod,
  Mediation,
  MediationSession,
  MediationTrack,
  MeetingState,
  OrganizationKind,
  ParticipantKind,
  ParticipantStatus,
  PartyRole,
  PatrolFindingKind,
  PERSON_KINDS,
  PerformanceStatus,
  RecordingSegmentStatus,
  RecordingState,
  RepeatReason,
  RiskGrade,
  RiskReason,
  Role,
  RoomCloseReason,
  RoomJoinMethod,
  RoomOutcome,
  RoomStatus,
  RotaSwapKind,
  RotaSwapStatus,
  SatisfactionLevel,
  SEXES,
  SessionMode,
  SignedScorecardSnapshot,
  SnapshotTargetKind,
  StatsSnapshot,
  StreamSourceKind,
  TaskLinkKind,
  TaskOwnerKind,
  TaskPriority,
  TaskState,
  TimelineEvent,
  USER_STATUSES,
  VenueKind,
  VideoPatrolAnswer,
  VideoPatrolChecklistItem,
  VideoPatrolFindingKind,
  VideoPatrolParticipantRole,
  VideoPatrolResultKind,
  VideoPatrolRoundOrigin,
  VideoPatrolRoundState,
  VideoPatrolSchedule,
  VideoReminderChannel,
  VideoReminderState,
  VideoReminderTarget,
  ViewEndReason,
  ViewPurpose,
  VisitInterval,
} from '@fengqiao/domain';
import type { Json } from './json-column';

type Sex = (typeof SEXES)[number];
type PersonKind = (typeof PERSON_KINDS)[number];
type UserStatus = (typeof USER_STATUSES)[number];
type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Table types. Times are ISO-8601 UTC strings and booleans are 0/1 integers on both engines,
 * so SQLite and PostgreSQL return identical rows and compare times as text. Coded columns carry the domain's
 * unions and JSON columns their parsed type (`Json<T>`, read and written through `json-column.ts`), so nothing
 * after a select needs a cast.
 */
export interface JurisdictionsTable {
  id: string;
  parent_id: string | null;
  level: JurisdictionLevel;
  code: string | null;
  name: string;
  path: string;
  town_id: string | null;
  population: number | null;
  households: number | null;
  note: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface OrganizationsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  kind: OrganizationKind;
  name: string;
  phone: string | null;
  note: string | null;
  created_at: string;
}

export interface PersonsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: Sex | null;
  ethnicity: string | null;
  kind: PersonKind;
  title: string | null;
  organization_id: string | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  address_enc: string | null;
  address_masked: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssignmentsTable {
  id: string;
  town_id: string;
  person_id: string;
  jurisdiction_id: string;
  duty: Duty;
  since: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  person_id: string | null;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  status: UserStatus;
  failed_logins: number;
  locked_until: string | null;
  mfa_enabled: number;
  mfa_secret_enc: string | null;
  mfa_pending_secret_enc: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: string;
  user_id: string;
  role: Role;
  jurisdiction_id: string;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  request_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
  /** How `hash` was made: `hmac-sha256:<key id>` / `hmac-sm3:<key id>`; null for rows from before keying (SHA-256). */
  chain: string | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface DisputeSequencesTable {
  town_id: string;
  year: number;
  kind: string;
  last_seq: number;
}

export interface DisputesTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  number: string;
  category: string;
  source: DisputeSource;
  summary: string;
  address_enc: string | null;
  address_masked: string | null;
  occurred_on: string | null;
  people_involved: number;
  grievance_started_on: string | null;
  tier: DisputeTier;
  state: DisputeState;
  complexity: DisputeComplexity;
  risk_grade: RiskGrade;
  risk_reasons: Json<RiskReason[]>;
  flag_threats: number;
  flag_weapons: number;
  flag_domestic_violence: number;
  flag_mental_disorder: number;
  incident_ids: Json<string[]>;
  tier_entered_at: string;
  deadline_at: string | null;
  overdue: number;
  /** Summary and party names: what text search looks in. */
  search_text: string;
  /** ` pinyin initials ` of every party, space-delimited, for prefix matches on pinyin. */
  party_keys: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DisputePartiesTable {
  id: string;
  dispute_id: string;
  town_id: string;
  jurisdiction_id: string;
  person_id: string | null;
  role: PartyRole;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: Sex | null;
  ethnicity: string | null;
  age: number | null;
  occupation: string | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  address_enc: string | null;
  address_masked: string | null;
  agent: string | null;
  created_at: string;
}

export interface DisputeTimelineTable {
  id: string;
  dispute_id: string;
  at: string;
  event: TimelineEvent;
  actor_id: string | null;
  actor_name: string | null;
  from_state: DisputeState | null;
  to_state: DisputeState | null;
  from_tier: DisputeTier | null;
  to_tier: DisputeTier | null;
  reason: string | null;
  explanation: string | null;
  route: DiversionRoute | null;
  department_ids: Json<string[]>;
  ref_id: string | null;
}

export interface DisputeDepartmentsTable {
  dispute_id: string;
  organization_id: string;
  assigned_at: string;
}

export interface DisputeTaskforceMembersTable {
  dispute_id: string;
  person_id: string;
  organization_id: string;
  joined_at: string;
}

export interface DisputeRiskHistoryTable {
  id: string;
  dispute_id: string;
  at: string;
  grade: RiskGrade;
  reasons: Json<RiskReason[]>;
  actor_id: string | null;
}

export interface DisputeRemindersTable {
  key: string;
  dispute_id: string;
  sent_at: string;
}

export interface MediationsTable {
  id: string;
  dispute_id: string;
  /** The dispute's town and place, copied on insert (migration 0005) so scoped queries need no join. */
  town_id: string;
  jurisdiction_id: string;
  track: MediationTrack;
  initiated_by: Mediation['initiatedBy'];
  started_at: string;
  status: Mediation['status'];
  ended_at: string | null;
  mediator_ids: Json<string[]>;
  responsible_officer_id: string | null;
  extensions: Json<Mediation['extensions']>;
  termination_reason: string | null;
  other_routes_explained: number | null;
  reported_to_police: number;
  created_at: string;
}

export interface MediationSessionsTable {
  id: string;
  mediation_id: string;
  mode: SessionMode;
  started_at: string;
  ended_at: string;
  location: string | null;
  participants: Json<MediationSession['participants']>;
  invitees_consented: number;
  record: string;
  reported_to_police: number;
  created_at: string;
}

export interface AgreementsTable {
  id: string;
  dispute_id: string;
  /** The dispute's town and place, copied on insert (migration 0005) so scoped queries need no join. */
  town_id: string;
  jurisdiction_id: string;
  mediation_id: string;
  kind: Agreement['kind'];
  number: string | null;
  party_ids: Json<string[]>;
  facts: string | null;
  disputed_matters: string | null;
  responsibilities: string | null;
  terms: string | null;
  performance_manner: string | null;
  performance_place: string | null;
  performance_deadline: string | null;
  content: string | null;
  recorded_at: string | null;
  signatures: Json<Agreement['signatures']>;
  mediator_signed_at: string | null;
  committee_sealed_at: string | null;
  effective_date: string | null;
  performed: number | null;
  /** Set when the agreement was marked effective (written) or recorded (oral); null for a draft. */
  marked_effective_at: string | null;
  performance_status: PerformanceStatus;
  performance_note: string | null;
  performance_updated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FollowUpsTable {
  id: string;
  dispute_id: string;
  /** The dispute's town and place, copied on insert (migration 0005) so scoped queries need no join. */
  town_id: string;
  jurisdiction_id: string;
  visited_at: string;
  whom: string;
  person_id: string | null;
  agreement_id: string | null;
  performed: number;
  satisfaction: SatisfactionLevel;
  hidden_risk: string | null;
  note: string | null;
  visitor_id: string | null;
  visitor_name: string | null;
  created_at: string;
}

export interface DisputeAttachmentsTable {
  id: string;
  dispute_id: string;
  /** The dispute's town and place, copied on insert (migration 0005) so scoped queries need no join. */
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  target_type: string | null;
  target_id: string | null;
  created_at: string;
  read_at: string | null;
}

export interface JobLeasesTable {
  name: string;
  /** The process that last claimed the job; null until one has. */
  holder: string | null;
  /** Nobody else runs the job before this time (ISO UTC). */
  lease_until: string;
  started_at: string | null;
  finished_at: string | null;
}

/** A row of one town's incident class code table (a setting; the domain's defaults while a town has none). */
export interface IncidentClassesTable {
  id: string;
  town_id: string;
  /** The town itself: the table is the town's. */
  jurisdiction_id: string;
  code: string;
  name: string;
  category: IncidentCategory;
  dispute: number;
  arrival_target_minutes: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  number: string;
  source: IncidentSource;
  class_code: string;
  /** The class's name at intake (the code table may change later). */
  class_name: string;
  category: IncidentCategory;
  dispute: number;
  summary: string;
  address_enc: string | null;
  /** Blind index of the domain's `addressKey`: repeat detection matches addresses without decrypting. */
  address_bidx: string | null;
  address_masked: string | null;
  latitude: number | null;
  longitude: number | null;
  state: IncidentState;
  disposition: IncidentDisposition | null;
  case_kind: CaseKind | null;
  case_number: string | null;
  department_id: string | null;
  duplicate_of_id: string | null;
  dispute_id: string | null;
  responsible_officer_id: string | null;
  received_at: string;
  dispatched_at: string | null;
  acked_at: string | null;
  arrived_at: string | null;
  handling_at: string | null;
  feedback_at: string | null;
  reviewed_at: string | null;
  closed_at: string | null;
  /** Frozen at intake from the class. */
  arrival_target_minutes: number;
  /** When an incident not yet reached turns late (`arrivalDeadline`): compared with now by the late filter. */
  arrival_deadline_at: string;
  /** Set on arrival when it came after the target (`arrivalOf`). */
  arrival_late: number;
  feedback: string | null;
  /** Number, summary and party names: what text search looks in. */
  search_text: string;
  /** ` pinyin initials ` of every party, for prefix matches on pinyin. */
  party_keys: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface IncidentPartiesTable {
  id: string;
  incident_id: string;
  town_id: string;
  jurisdiction_id: string;
  person_id: string | null;
  role: IncidentPartyRole;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: Sex | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  address_enc: string | null;
  address_masked: string | null;
  created_at: string;
}

export interface IncidentTimelineTable {
  id: string;
  incident_id: string;
  town_id: string;
  jurisdiction_id: string;
  at: string;
  event: IncidentTimelineEvent;
  actor_id: string | null;
  actor_name: string | null;
  from_state: IncidentState | null;
  to_state: IncidentState | null;
  note: string | null;
  ref_id: string | null;
}

/** Two incidents linked as repeats (same party or address within the window); `incident_id` is the later one. */
export interface IncidentLinksTable {
  incident_id: string;
  other_id: string;
  town_id: string;
  jurisdiction_id: string;
  reason: RepeatReason;
  created_at: string;
}

export interface DutyLogsTable {
  id: string;
  town_id: string;
  /** The village or community where the duty took place. */
  jurisdiction_id: string;
  type: DutyType;
  occurred_at: string;
  /** The Shanghai day of occurred_at. */
  occurred_on: string;
  officer_user_id: string;
  officer_person_id: string | null;
  officer_name: string;
  place: string | null;
  note: string | null;
  created_at: string;
}

export interface DutyLogLinksTable {
  duty_log_id: string;
  kind: DutyLinkKind;
  target_id: string;
  label: string;
  town_id: string;
  jurisdiction_id: string;
}

export interface DutyLogPhotosTable {
  id: string;
  duty_log_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface AssessmentSettingsTable {
  town_id: string;
  settings: Json<AssessmentSettings>;
  updated_at: string;
  updated_by: string | null;
  updated_by_name: string | null;
}

export interface AssessmentAdjustmentsTable {
  id: string;
  town_id: string;
  /** The officer's village. */
  jurisdiction_id: string;
  person_id: string;
  /** `YYYY-MM`, Shanghai time. */
  month: string;
  item: AssessmentItem;
  kind: AdjustmentKind;
  points_tenths: number;
  reason: string;
  actor_id: string | null;
  actor_name: string | null;
  created_at: string;
}

export interface AssessmentSignoffsTable {
  id: string;
  town_id: string;
  /** The officer's village. */
  jurisdiction_id: string;
  person_id: string;
  month: string;
  total_tenths: number;
  snapshot: Json<SignedScorecardSnapshot>;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: string;
}

export interface DisputesFtsTable {
  dispute_id: string;
  body: string;
}

export interface RotationSettingsTable {
  town_id: string;
  calendar_seeded_at: string;
}
export interface RotationCalendarDaysTable {
  town_id: string;
  date: string;
  kind: CalendarDayKind;
  name: string;
  updated_at: string;
}
export interface RotasTable {
  id: string;
  town_id: string;
  year: number;
  seed: number;
  generated_by: string | null;
  generated_at: string;
}
export interface RotaSlotsTable {
  id: string;
  rota_id: string;
  town_id: string;
  /** The village on duty. */
  jurisdiction_id: string;
  year: number;
  month: number;
  slot_index: number;
  days: Json<string[]>;
  start_date: string;
  end_date: string;
  director_person_id: string | null;
  created_at: string;
}
export interface RotaCheckInsTable {
  id: string;
  slot_id: string;
  town_id: string;
  jurisdiction_id: string;
  date: string;
  recorded_by: string | null;
  recorded_at: string;
}
export interface RotaSwapsTable {
  id: string;
  town_id: string;
  /** The village of the slot the request starts from. */
  jurisdiction_id: string;
  year: number;
  kind: RotaSwapKind;
  status: RotaSwapStatus;
  slot_id: string;
  other_slot_id: string | null;
  replacement_person_id: string | null;
  reason: string;
  requested_by: string | null;
  requested_by_name: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
}
export interface TrainingsTable {
  id: string;
  town_id: string;
  /** The town itself: trainings are the town's monthly meeting. */
  jurisdiction_id: string;
  topic: string;
  trainer: string;
  held_on: string;
  place: string;
  attendee_ids: Json<string[]>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface TrainingMaterialsTable {
  id: string;
  training_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface MeetingsTable {
  id: string;
  town_id: string;
  /** The town again: meetings are the town's, and the common scope predicate reads this column. */
  jurisdiction_id: string;
  title: string;
  month: string;
  starts_at: string;
  /** The Shanghai day of starts_at. */
  day: string;
  place: string;
  chair_user_id: string | null;
  chair_name: string | null;
  state: MeetingState;
  minutes_intel: string;
  minutes_review: string;
  minutes_tasks: string;
  minutes_training: string;
  /** The month's figures as of starts_at, frozen when held (StatsService.monthSnapshot). */
  snapshot: Json<StatsSnapshot> | null;
  snapshot_at: string | null;
  held_at: string | null;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendeesTable {
  id: string;
  meeting_id: string;
  town_id: string;
  position: number;
  kind: AttendeeKind;
  name: string;
  user_id: string | null;
  person_id: string | null;
  organization_id: string | null;
  village_id: string | null;
  title: string | null;
  present: number;
}

export interface TasksTable {
  id: string;
  town_id: string;
  /** The task's village, or its town when it has none. */
  jurisdiction_id: string;
  meeting_id: string | null;
  title: string;
  detail: string | null;
  owner_kind: TaskOwnerKind;
  owner_user_id: string | null;
  owner_organization_id: string | null;
  owner_name: string;
  village_id: string | null;
  /** The last Shanghai day of the deadline. */
  due_on: string;
  priority: TaskPriority;
  state: TaskState;
  assigned_by: string | null;
  assigned_by_name: string | null;
  done_at: string | null;
  confirmed_at: string | null;
  cancelled_at: string | null;
  reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface TaskLinksTable {
  task_id: string;
  kind: TaskLinkKind;
  target_id: string;
  label: string;
  town_id: string;
  jurisdiction_id: string;
}

export interface TaskFeedbackTable {
  id: string;
  task_id: string;
  town_id: string;
  jurisdiction_id: string;
  author_id: string | null;
  author_name: string | null;
  note: string;
  created_at: string;
}

export interface TaskFeedbackPhotosTable {
  id: string;
  feedback_id: string;
  task_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface TaskRemindersTable {
  key: string;
  task_id: string;
  sent_at: string;
}

export interface AnalysesTable {
  id: string;
  town_id: string;
  /** The town itself: an analysis is the town's. */
  jurisdiction_id: string;
  kind: AnalysisKind;
  /** `2026-11-30` (daily) or `2026-W48` (weekly). */
  period_key: string;
  first_day: string;
  state: AnalysisState;
  sections: Json<AnalysisSection[]>;
  judgement: string;
  generated_at: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  updated_at: string;
  signed_by: string | null;
  signed_by_name: string | null;
  signed_at: string | null;
  archived_at: string | null;
}

/** A stand-in covering an officer's duty on a jurisdiction for Shanghai days `from_day`..`to_day` (issue #10). */
export interface CoverageStandInsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  duty: CoverageDuty;
  absent_person_id: string;
  /** Null while the leave is recorded but nobody covers it yet. */
  stand_in_person_id: string | null;
  from_day: string;
  to_day: string;
  reason: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  ended_at: string | null;
  ended_by: string | null;
  ended_by_name: string | null;
}

export interface HazardsTable {
  id: string;
  town_id: string;
  /** The hazard's village (or community). */
  jurisdiction_id: string;
  source: HazardSource;
  source_ref_kind: string | null;
  source_ref_id: string | null;
  title: string;
  description: string;
  location: string | null;
  state: HazardState;
  verifier_side: HazardVerifierSide;
  reported_by: string | null;
  reported_by_name: string | null;
  reporter_name: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  responsible_person_id: string | null;
  responsible_user_id: string | null;
  responsible_name: string | null;
  assignee_kind: HazardAssigneeKind | null;
  assignee_organization_id: string | null;
  assignee_name: string | null;
  /** The last Shanghai day for the rectification. */
  due_on: string | null;
  /** The rectification round: 0 until assigned, then 1, and one more after each send-back. */
  round: number;
  assigned_at: string | null;
  rectified_at: string | null;
  rectify_note: string | null;
  verified_at: string | null;
  verified_by: string | null;
  verified_by_name: string | null;
  reason: string | null;
  reported_at: string;
  created_at: string;
  updated_at: string;
}

export interface HazardEventsTable {
  id: string;
  hazard_id: string;
  town_id: string;
  jurisdiction_id: string;
  kind: HazardEventKind;
  actor_id: string | null;
  actor_name: string | null;
  note: string | null;
  assignee_name: string | null;
  deadline: string | null;
  at: string;
}

export interface HazardPhotosTable {
  id: string;
  hazard_id: string;
  town_id: string;
  jurisdiction_id: string;
  kind: HazardPhotoKind;
  round: number;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface HazardRemindersTable {
  key: string;
  hazard_id: string;
  sent_at: string;
}

/** 反诈 publicity activity: in a village, or town-wide (`jurisdiction_id` = the town). */
export interface AntifraudActivitiesTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  type: AntifraudActivityType;
  venue: string;
  day: string;
  audience: number;
  note: string | null;
  recorded_by: string;
  recorded_by_name: string;
  created_at: string;
  updated_at: string;
}

export interface AntifraudActivityPhotosTable {
  id: string;
  activity_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

/** A village's base from `effective_from` on (one per village and day). */
export interface AntifraudBasesTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  measure: AntifraudBaseMeasure;
  count: number;
  effective_from: string;
  recorded_by: string;
  recorded_by_name: string;
  created_at: string;
}

/** A village's install count of the anti-fraud app on `day` (one per village and day). */
export interface AntifraudInstallsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  day: string;
  installs: number;
  recorded_by: string;
  recorded_by_name: string;
  created_at: string;
}

/** A telecom-fraud case: no victim identity; money in integer fen. */
export interface FraudCasesTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  type: FraudCaseType;
  day: string;
  lost_fen: number;
  recovered_fen: number;
  note: string | null;
  recorded_by: string;
  recorded_by_name: string;
  created_at: string;
  updated_at: string;
}

export interface PatrolTeamsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  name: string;
  leader_person_id: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PatrolTeamAreasTable {
  team_id: string;
  area_id: string;
  town_id: string;
}

export interface PatrolMembersTable {
  id: string;
  team_id: string;
  town_id: string;
  person_id: string;
  user_id: string | null;
  joined_at: string;
}

export interface PatrolShiftsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  team_id: string;
  day: string;
  starts_at: string;
  ends_at: string;
  created_at: string;
}

export interface PatrolCheckpointsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  version: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PatrolCheckInsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  checkpoint_id: string;
  shift_id: string;
  team_id: string;
  day: string;
  person_id: string;
  user_id: string;
  at: string;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
  client_id: string | null;
}

export interface PatrolLogsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  shift_id: string;
  team_id: string;
  day: string;
  note: string | null;
  written_by: string;
  written_by_name: string;
  created_at: string;
}

export interface PatrolFindingsTable {
  id: string;
  log_id: string;
  town_id: string;
  jurisdiction_id: string;
  day: string;
  kind: PatrolFindingKind;
  note: string | null;
  village_id: string | null;
  hazard_id: string | null;
  incident_id: string | null;
  sort_order: number;
}

export interface Database {
  jurisdictions: JurisdictionsTable;
  organizations: OrganizationsTable;
  persons: PersonsTable;
  assignments: AssignmentsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  dispute_sequences: DisputeSequencesTable;
  disputes: DisputesTable;
  dispute_parties: DisputePartiesTable;
  dispute_timeline: DisputeTimelineTable;
  dispute_departments: DisputeDepartmentsTable;
  dispute_taskforce_members: DisputeTaskforceMembersTable;
  dispute_risk_history: DisputeRiskHistoryTable;
  dispute_reminders: DisputeRemindersTable;
  mediations: MediationsTable;
  mediation_sessions: MediationSessionsTable;
  agreements: AgreementsTable;
  follow_ups: FollowUpsTable;
  dispute_attachments: DisputeAttachmentsTable;
  notifications: NotificationsTable;
  job_leases: JobLeasesTable;
  incident_classes: IncidentClassesTable;
  incidents: IncidentsTable;
  incident_parties: IncidentPartiesTable;
  incident_timeline: IncidentTimelineTable;
  incident_links: IncidentLinksTable;
  duty_logs: DutyLogsTable;
  duty_log_links: DutyLogLinksTable;
  duty_log_photos: DutyLogPhotosTable;
  assessment_settings: AssessmentSettingsTable;
  assessment_adjustments: AssessmentAdjustmentsTable;
  assessment_signoffs: AssessmentSignoffsTable;
  /** SQLite only: the FTS5 trigram index over search_text. */
  disputes_fts: DisputesFtsTable;
  rotation_settings: RotationSettingsTable;
  rotation_calendar_days: RotationCalendarDaysTable;
  rotas: RotasTable;
  rota_slots: RotaSlotsTable;
  rota_check_ins: RotaCheckInsTable;
  rota_swaps: RotaSwapsTable;
  trainings: TrainingsTable;
  training_materials: TrainingMaterialsTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  tasks: TasksTable;
  task_links: TaskLinksTable;
  task_feedback: TaskFeedbackTable;
  task_feedback_photos: TaskFeedbackPhotosTable;
  task_reminders: TaskRemindersTable;
  analyses: AnalysesTable;
  coverage_stand_ins: CoverageStandInsTable;
  hazards: HazardsTable;
  hazard_events: HazardEventsTable;
  hazard_photos: HazardPhotosTable;
  hazard_reminders: HazardRemindersTable;
  antifraud_activities: AntifraudActivitiesTable;
  antifraud_activity_photos: AntifraudActivityPhotosTable;
  antifraud_bases: AntifraudBasesTable;
  antifraud_installs: AntifraudInstallsTable;
  fraud_cases: FraudCasesTable;
  key_persons: KeyPersonsTable;
  key_person_requests: KeyPersonRequestsTable;
  key_person_visits: KeyPersonVisitsTable;
  key_person_visit_photos: KeyPersonVisitPhotosTable;
  key_person_visit_plans: KeyPersonVisitPlansTable;
  key_person_reminders: KeyPersonRemindersTable;
  patrol_teams: PatrolTeamsTable;
  patrol_team_areas: PatrolTeamAreasTable;
  patrol_members: PatrolMembersTable;
  patrol_shifts: PatrolShiftsTable;
  patrol_checkpoints: PatrolCheckpointsTable;
  patrol_check_ins: PatrolCheckInsTable;
  patrol_logs: PatrolLogsTable;
  video_views: VideoViewsTable;
  video_snapshots: VideoSnapshotsTable;
  patrol_findings: PatrolFindingsTable;
  cameras: CamerasTable;
  camera_consents: CameraConsentsTable;
  camera_consent_roles: CameraConsentRolesTable;
  camera_groups: CameraGroupsTable;
  camera_group_members: CameraGroupMembersTable;
  camera_grants: CameraGrantsTable;
  venues: VenuesTable;
  venue_agreements: VenueAgreementsTable;
  venue_agreement_cameras: VenueAgreementCamerasTable;
  venue_agreement_documents: VenueAgreementDocumentsTable;
  video_patrol_plans: VideoPatrolPlansTable;
  video_patrol_plan_cameras: VideoPatrolPlanCamerasTable;
  video_patrol_rounds: VideoPatrolRoundsTable;
  video_patrol_round_cameras: VideoPatrolRoundCamerasTable;
  video_patrol_participants: VideoPatrolParticipantsTable;
  video_patrol_results: VideoPatrolResultsTable;
  video_reminders: VideoRemindersTable;
  mediation_rooms: MediationRoomsTable;
  mediation_room_participants: MediationRoomParticipantsTable;
  cadre_codes: CadreCodesTable;
  cadre_registrations: CadreRegistrationsTable;
  mediation_room_invitations: MediationRoomInvitationsTable;
  mediation_room_guest_sessions: MediationRoomGuestSessionsTable;
  mediation_room_draft_confirmations: MediationRoomDraftConfirmationsTable;
  mediation_room_consents: MediationRoomConsentsTable;
  mediation_room_recordings: MediationRoomRecordingsTable;
  mediation_room_recording_files: MediationRoomRecordingFilesTable;
  mediation_room_join_tokens: MediationRoomJoinTokensTable;
}

/** A key person (重点人员): the person's id only encrypted with its blind index, never in clear (§10). */
export interface KeyPersonsTable {
  id: string;
  town_id: string;
  /** The person's village or community. */
  jurisdiction_id: string;
  person_enc: string;
  person_bidx: string;
  category_group: KeyPersonGroup;
  category: KeyPersonCategory;
  level: KeyPersonLevel;
  status: KeyPersonStatus;
  basis_enc: string | null;
  /** Shanghai days: placed under control, and the current level's start. */
  since: string;
  level_since: string;
  officer_person_id: string | null;
  officer_name: string | null;
  auxiliary_person_id: string | null;
  auxiliary_name: string | null;
  last_visit_on: string | null;
  /** Kept after removal (the list of removed persons pages on it too); shown only while active. */
  next_visit_due: string;
  removed_at: string | null;
  removed_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface KeyPersonRequestsTable {
  id: string;
  key_person_id: string;
  town_id: string;
  jurisdiction_id: string;
  kind: KeyPersonRequestKind;
  from_level: KeyPersonLevel;
  to_level: KeyPersonLevel | null;
  reason: string;
  state: KeyPersonRequestState;
  requested_by: string;
  requested_by_name: string;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

export interface KeyPersonVisitsTable {
  id: string;
  key_person_id: string;
  town_id: string;
  jurisdiction_id: string;
  visited_at: string;
  /** The Shanghai day of visited_at. */
  visited_on: string;
  method: KeyPersonVisitMethod;
  place: string | null;
  findings: string | null;
  visitor_user_id: string;
  visitor_name: string;
  created_at: string;
}

export interface KeyPersonVisitPhotosTable {
  id: string;
  visit_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

export interface KeyPersonVisitPlansTable {
  town_id: string;
  level: KeyPersonLevel;
  interval: VisitInterval;
  updated_by: string | null;
  updated_at: string;
}

export interface KeyPersonRemindersTable {
  key: string;
  key_person_id: string;
  created_at: string;
}

/** A camera of the registry (平台联建): its village is the scope's jurisdiction column. */
export interface CamerasTable {
  id: string;
  town_id: string;
  village_id: string;
  /** GB/T 28181 20-digit id, unique. */
  device_id: string;
  name: string;
  kind: CameraKind;
  address: string | null;
  lat: number | null;
  lng: number | null;
  /** A household camera's owner (a directory person). */
  owner_person_id: string | null;
  /** Set by the venues module. */
  venue_id: string | null;
  /** The source's kind in clear (the probe picks cameras with a real source); the source itself is encrypted. */
  source_kind: StreamSourceKind;
  /** The StreamSource JSON, encrypted with the PII cipher (an RTSP url may carry credentials). */
  source_enc: string;
  status: CameraStatus;
  last_seen_at: string | null;
  status_checked_at: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** A consent to view a household or venue camera: UTC instants of Shanghai midnights. */
export interface CameraConsentsTable {
  id: string;
  camera_id: string;
  /** The venue agreement it was recorded for. */
  agreement_id: string | null;
  allows_playback: number;
  purposes: Json<ViewPurpose[]>;
  starts_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CameraConsentRolesTable {
  consent_id: string;
  role: Role;
}

export interface CameraGroupsTable {
  id: string;
  town_id: string;
  name: string;
  created_at: string;
}

export interface CameraGroupMembersTable {
  group_id: string;
  camera_id: string;
}

/** Who may watch a group's cameras: a role (everyone holding it over the camera) or one account. */
export interface CameraGrantsTable {
  id: string;
  group_id: string;
  role: Role | null;
  account_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface VenuesTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  name: string;
  kind: VenueKind;
  address: string | null;
  contact_person_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface VenueAgreementsTable {
  id: string;
  venue_id: string;
  town_id: string;
  jurisdiction_id: string;
  first_day: string;
  last_day: string;
  starts_at: string;
  expires_at: string;
  roles: Json<Role[]>;
  purposes: Json<ViewPurpose[]>;
  allows_playback: number;
  note: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_by_name: string | null;
  revoke_reason: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: string;
}

export interface VenueAgreementCamerasTable {
  agreement_id: string;
  camera_id: string;
}

export interface VenueAgreementDocumentsTable {
  id: string;
  agreement_id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

/** A video patrol plan (视频巡查方案): the town's record. */
export interface VideoPatrolPlansTable {
  id: string;
  town_id: string;
  /** The town. */
  jurisdiction_id: string;
  name: string;
  checklist: Json<VideoPatrolChecklistItem[]>;
  schedule: Json<VideoPatrolSchedule>;
  active: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface VideoPatrolPlanCamerasTable {
  plan_id: string;
  camera_id: string;
  town_id: string;
  sort_order: number;
}

/** A round of a Shanghai day; its cameras and checklist are copied from the plan when it is created. */
export interface VideoPatrolRoundsTable {
  id: string;
  town_id: string;
  /** The town. */
  jurisdiction_id: string;
  plan_id: string | null;
  name: string;
  origin: VideoPatrolRoundOrigin;
  /** `<plan>:<day>` for rounds the daily job creates (unique), null for rounds started by hand. */
  schedule_key: string | null;
  day: string;
  scheduled_at: string;
  state: VideoPatrolRoundState;
  checklist: Json<VideoPatrolChecklistItem[]>;
  camera_count: number;
  result_count: number;
  finding_count: number;
  started_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_by: string | null;
  created_at: string;
}

export interface VideoPatrolRoundCamerasTable {
  round_id: string;
  camera_id: string;
  town_id: string;
  sort_order: number;
}

export interface VideoPatrolParticipantsTable {
  round_id: string;
  role: VideoPatrolParticipantRole;
  town_id: string;
  user_id: string | null;
  person_id: string | null;
  name: string;
}

/** A camera's result in a round; `jurisdiction_id` is the camera's village. */
export interface VideoPatrolResultsTable {
  id: string;
  round_id: string;
  camera_id: string;
  town_id: string;
  jurisdiction_id: string;
  /** The round's Shanghai day. */
  day: string;
  kind: VideoPatrolResultKind;
  answers: Json<VideoPatrolAnswer[]>;
  note: string | null;
  finding_kind: VideoPatrolFindingKind | null;
  /** The reminder, incident or hazard the finding created. */
  finding_id: string | null;
  finding_label: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: string;
}

/** A remote reminder (远程喊话提醒); `jurisdiction_id` is the camera's village. */
export interface VideoRemindersTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  round_id: string;
  result_id: string;
  camera_id: string;
  target: VideoReminderTarget;
  channel: VideoReminderChannel;
  recipient_user_id: string | null;
  recipient_person_id: string | null;
  /** The auxiliary officer's or cadre's name; a household owner's masked name. */
  recipient_name: string;
  message: string;
  state: VideoReminderState;
  outcome_note: string | null;
  outcome_at: string | null;
  outcome_by: string | null;
  outcome_by_name: string | null;
  attempt: number;
  retry_of_id: string | null;
  /** The Shanghai day it was sent. */
  day: string;
  sent_by: string;
  sent_by_name: string;
  sent_at: string;
}

/** A live view (issue #11): opened with a purpose, started once with its token (stored hashed), closed with a duration. */
export interface VideoViewsTable {
  id: string;
  town_id: string;
  /** The camera's village. */
  jurisdiction_id: string;
  camera_id: string;
  camera_name: string;
  account_id: string;
  account_name: string;
  purpose: ViewPurpose;
  note: string | null;
  token_hash: string;
  token_expires_at: string;
  used_at: string | null;
  viewer_id: string | null;
  opened_at: string;
  started_at: string | null;
  ended_at: string | null;
  end_reason: ViewEndReason | null;
  duration_seconds: number | null;
}

/** A still taken from a live view, filed to a dispute, an incident or a video patrol result. */
export interface VideoSnapshotsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  view_id: string;
  camera_id: string;
  account_id: string;
  target_kind: SnapshotTargetKind;
  target_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_by_name: string;
  created_at: string;
}

/** An online mediation room (issue #12) of a mediation; town and place are the dispute's. */
export interface MediationRoomsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  dispute_id: string;
  mediation_id: string;
  status: RoomStatus;
  max_participants: number;
  opened_by: string;
  opened_by_name: string;
  opened_at: string;
  /** The first published media: the session's start. */
  media_started_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_reason: RoomCloseReason | null;
  expires_at: string;
  /** The 笔录, saved while the room is open and written to the session at close. */
  record: string;
  outcome: RoomOutcome | null;
  /** The online `mediation_sessions` row written at close. */
  session_id: string | null;
  shared_agreement_id: string | null;
  recording_state: RecordingState;
  /** Bumped by every change anyone makes to the room; the state poll compares it. */
  version: number;
  created_at: string;
  updated_at: string;
}

/** A person in a room: staff and cadres by their account, parties and other guests by an invitation. */
export interface MediationRoomParticipantsTable {
  id: string;
  room_id: string;
  town_id: string;
  account_id: string | null;
  /** The dispute party the person is, when invited as one. */
  party_id: string | null;
  /** In clear, like a session's participants; screens mask guests' names (room-rules.ts). */
  display_name: string;
  kind: ParticipantKind;
  join_method: RoomJoinMethod;
  status: ParticipantStatus;
  joined_at: string;
  admitted_at: string | null;
  admitted_by: string | null;
  removed_at: string | null;
  removed_by: string | null;
  left_at: string | null;
  /** The published feed while the participant publishes; null before and after a drop. */
  feed_id: string | null;
  last_seen_at: string | null;
}

/** A village's cadre registration code: looked up by hash, encrypted only to be reprinted. */
export interface CadreCodesTable {
  id: string;
  town_id: string;
  village_id: string;
  code_hash: string;
  code_enc: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  created_by: string | null;
  created_at: string;
}

/** A cadre's self-registration and the pending account it made; the phone encrypted, blind-indexed and masked. */
export interface CadreRegistrationsTable {
  id: string;
  code_id: string;
  town_id: string;
  village_id: string;
  display_name: string;
  phone_enc: string;
  phone_bidx: string;
  phone_masked: string;
  position: CadrePosition;
  user_id: string;
  status: CadreRegistrationStatus;
  decided_by: string | null;
  decided_at: string | null;
  refusal_reason: string | null;
  created_at: string;
}

/** An invitation of a party or another person without an account into a room (issue #12); the token only hashed. */
export interface MediationRoomInvitationsTable {
  id: string;
  room_id: string;
  party_id: string | null;
  /** The party's name from the case, or the name the mediator typed; shown masked unless the caller may unmask. */
  display_name: string;
  kind: ParticipantKind;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  participant_id: string | null;
  revoked_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** A guest's cookie (its hash is the id) bound to one participant of one room, with its CSRF token's hash. */
export interface MediationRoomGuestSessionsTable {
  id: string;
  participant_id: string;
  room_id: string;
  csrf_hash: string;
  created_at: string;
  expires_at: string;
}

/** A participant's confirmation of the exact draft content (its hash) shared into the room. */
export interface MediationRoomDraftConfirmationsTable {
  id: string;
  room_id: string;
  participant_id: string;
  agreement_id: string;
  content_hash: string;
  confirmed_at: string;
}

/** A participant's consent to be recorded (issue #12 point 4); withdrawn consents stay as history. */
export interface MediationRoomConsentsTable {
  id: string;
  room_id: string;
  participant_id: string;
  consented_at: string;
  withdrawn_at: string | null;
}

/** One recorded segment of a room: from a start to a pause or the close. */
export interface MediationRoomRecordingsTable {
  id: string;
  room_id: string;
  /** The dispute's town and place, copied from the room. */
  town_id: string;
  jurisdiction_id: string;
  segment: number;
  started_at: string;
  started_by: string;
  ended_at: string | null;
  status: RecordingSegmentStatus;
}

/** One participant's part of a segment, converted to WebM and stored as an attachment of the dispute. */
export interface MediationRoomRecordingFilesTable {
  id: string;
  recording_id: string;
  participant_id: string;
  /** 1, or more when the participant published again within the segment (a reconnect). */
  part: number;
  town_id: string;
  jurisdiction_id: string;
  /** Null while waiting and when the conversion failed (then `error` says why). */
  attachment_id: string | null;
  duration_seconds: number;
  bytes: number;
  error: string | null;
  created_at: string;
}

/** A single-use token one admitted participant publishes with, in one room (only its hash). */
export interface MediationRoomJoinTokensTable {
  id: string;
  room_id: string;
  participant_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}
