/**
 * The incident state machine (domain.md §4):
 *
 *   RECEIVED → DISPATCHED → ACKED → ON_SCENE → HANDLING → FEEDBACK → REVIEWED → CLOSED
 *   HANDLING → FEEDBACK by one of the dispositions: handled on the scene, case opened (criminal/administrative),
 *              police mediation on the spot, referral to people's mediation (creates a dispute), referral to a
 *              town department, invalid, duplicate
 *   FEEDBACK → HANDLING   (the reviewing officer sends it back for more)
 *
 * Every step is a named action: from which states it starts, where it goes, who may take it, which fields it needs
 * and which timestamp it stamps. Auxiliary officers are not law-enforcement subjects (domain.md §1): they
 * acknowledge, arrive, handle and report back, but dispatching, the enforcement dispositions, review and closing
 * belong to the police, and the incident names its responsible officer from dispatch on.
 */
import { POLICE_ROLES, type Role } from '../accounts/roles';
import type { Label } from '../disputes/dispute-dictionaries';
import type { ErrorCode } from '../shared/errors';
import { type Instant, isBeforeStart, isInFuture } from '../shared/shanghai-time';
import type { CaseKind, IncidentDisposition } from './incident-dictionaries';

export const INCIDENT_STATES = [
  'RECEIVED',
  'DISPATCHED',
  'ACKED',
  'ON_SCENE',
  'HANDLING',
  'FEEDBACK',
  'REVIEWED',
  'CLOSED',
] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const INCIDENT_STATE_LABELS: Record<IncidentState, Label> = {
  RECEIVED: { zh: '已接警', en: 'Received' },
  DISPATCHED: { zh: '已派警', en: 'Dispatched' },
  ACKED: { zh: '已签收', en: 'Acknowledged' },
  ON_SCENE: { zh: '已到场', en: 'On the scene' },
  HANDLING: { zh: '处置中', en: 'Being handled' },
  FEEDBACK: { zh: '已反馈', en: 'Reported back' },
  REVIEWED: { zh: '已审核', en: 'Reviewed' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};

export const INCIDENT_ACTIONS = [
  'dispatch',
  'acknowledge',
  'arrive',
  'start_handling',
  'handle_on_scene',
  'open_case',
  'mediate_on_spot',
  'refer_people_mediation',
  'refer_department',
  'mark_invalid',
  'mark_duplicate',
  'return_for_more',
  'review',
  'close',
] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export const INCIDENT_ACTION_LABELS: Record<IncidentAction, Label> = {
  dispatch: { zh: '派警', en: 'Dispatch' },
  acknowledge: { zh: '签收', en: 'Acknowledge' },
  arrive: { zh: '到场', en: 'Arrived' },
  start_handling: { zh: '开始处置', en: 'Start handling' },
  handle_on_scene: { zh: '现场处置完毕', en: 'Handled on the scene' },
  open_case: { zh: '受案立案', en: 'Open a case' },
  mediate_on_spot: { zh: '现场治安调解', en: 'Police mediation on the spot' },
  refer_people_mediation: { zh: '移交人民调解', en: "Refer to people's mediation" },
  refer_department: { zh: '移交镇直部门', en: 'Refer to a town department' },
  mark_invalid: { zh: '无效警情', en: 'Mark invalid' },
  mark_duplicate: { zh: '重复警情', en: 'Mark duplicate' },
  return_for_more: { zh: '退回补充', en: 'Send back for more' },
  review: { zh: '审核', en: 'Review' },
  close: { zh: '办结', en: 'Close' },
};

/** The timestamp columns of an incident, in the order the diagram reaches them. */
export const INCIDENT_STAMPS = [
  'receivedAt',
  'dispatchedAt',
  'ackedAt',
  'arrivedAt',
  'handlingAt',
  'feedbackAt',
  'reviewedAt',
  'closedAt',
] as const;
export type IncidentStamp = (typeof INCIDENT_STAMPS)[number];
export type IncidentStamps = Partial<Record<IncidentStamp, string | null>>;

export type IncidentActionField =
  | 'responsibleOfficerId'
  | 'caseKind'
  | 'caseNumber'
  | 'departmentId'
  | 'duplicateOfId'
  | 'disputeCategory'
  | 'note';

export interface IncidentActionRule {
  from: readonly IncidentState[];
  to: IncidentState;
  roles: readonly Role[];
  requires: readonly IncidentActionField[];
  /** The timestamp the action sets; null for a step back, which the timeline alone records. */
  stamps: IncidentStamp | null;
  /** The disposition the action records (the ways out of HANDLING). */
  disposition: IncidentDisposition | null;
}

// Who goes out to an incident: the village auxiliary officer (the nearest pair of hands) and the police.
const FIELD: readonly Role[] = ['auxiliary', 'officer', 'chief'];
const POLICE = POLICE_ROLES;

function disposal(
  disposition: IncidentDisposition,
  roles: readonly Role[],
  requires: readonly IncidentActionField[],
): IncidentActionRule {
  return { from: ['HANDLING'], to: 'FEEDBACK', roles, requires, stamps: 'feedbackAt', disposition };
}

export const INCIDENT_ACTION_RULES: Record<IncidentAction, IncidentActionRule> = {
  dispatch: {
    from: ['RECEIVED'],
    to: 'DISPATCHED',
    roles: POLICE,
    requires: ['responsibleOfficerId'],
    stamps: 'dispatchedAt',
    disposition: null,
  },
  acknowledge: { from: ['DISPATCHED'], to: 'ACKED', roles: FIELD, requires: [], stamps: 'ackedAt', disposition: null },
  arrive: { from: ['ACKED'], to: 'ON_SCENE', roles: FIELD, requires: [], stamps: 'arrivedAt', disposition: null },
  start_handling: {
    from: ['ON_SCENE'],
    to: 'HANDLING',
    roles: FIELD,
    requires: [],
    stamps: 'handlingAt',
    disposition: null,
  },
  handle_on_scene: disposal('handled_on_scene', FIELD, ['note']),
  // Enforcement decisions are the police's (domain.md §1).
  open_case: disposal('case_opened', POLICE, ['caseKind', 'caseNumber']),
  mediate_on_spot: disposal('police_mediation', POLICE, ['note']),
  // The village takes a civil dispute into people's mediation; the auxiliary officer may be its mediator.
  refer_people_mediation: disposal('people_mediation', FIELD, ['disputeCategory']),
  refer_department: disposal('linkage_referral', FIELD, ['departmentId']),
  mark_invalid: disposal('invalid', POLICE, ['note']),
  mark_duplicate: disposal('duplicate', POLICE, ['duplicateOfId']),
  return_for_more: {
    from: ['FEEDBACK'],
    to: 'HANDLING',
    roles: POLICE,
    requires: ['note'],
    stamps: null,
    disposition: null,
  },
  review: { from: ['FEEDBACK'], to: 'REVIEWED', roles: POLICE, requires: [], stamps: 'reviewedAt', disposition: null },
  close: { from: ['REVIEWED'], to: 'CLOSED', roles: POLICE, requires: [], stamps: 'closedAt', disposition: null },
};

export const TERMINAL_INCIDENT_STATES: readonly IncidentState[] = ['CLOSED'];

/** What the caller sends with an action. */
export interface IncidentActionInput {
  at?: string | null;
  responsibleOfficerId?: string | null;
  caseKind?: CaseKind | null;
  caseNumber?: string | null;
  departmentId?: string | null;
  duplicateOfId?: string | null;
  disputeCategory?: string | null;
  note?: string | null;
}

/** Every code `incidentActionProblems` can answer with; each is in the error catalogue. */
export const INCIDENT_ACTION_PROBLEMS = [
  'TRANSITION_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'RESPONSIBLE_OFFICER_REQUIRED',
  'CASE_KIND_REQUIRED',
  'CASE_NUMBER_REQUIRED',
  'DEPARTMENT_REQUIRED',
  'DUPLICATE_OF_REQUIRED',
  'DISPUTE_CATEGORY_REQUIRED',
  'NOTE_REQUIRED',
  'TIME_IN_FUTURE',
  'TIME_BEFORE_PREVIOUS_STEP',
] as const satisfies readonly ErrorCode[];
export type IncidentActionProblem = (typeof INCIDENT_ACTION_PROBLEMS)[number];

const FIELD_PROBLEMS: Record<IncidentActionField, IncidentActionProblem> = {
  responsibleOfficerId: 'RESPONSIBLE_OFFICER_REQUIRED',
  caseKind: 'CASE_KIND_REQUIRED',
  caseNumber: 'CASE_NUMBER_REQUIRED',
  departmentId: 'DEPARTMENT_REQUIRED',
  duplicateOfId: 'DUPLICATE_OF_REQUIRED',
  disputeCategory: 'DISPUTE_CATEGORY_REQUIRED',
  note: 'NOTE_REQUIRED',
};

/** The state an action leads to, or null when the diagram does not allow it from there. */
export function nextIncidentState(from: IncidentState, action: IncidentAction): IncidentState | null {
  const rule = INCIDENT_ACTION_RULES[action];
  return rule.from.includes(from) ? rule.to : null;
}

export function roleMayTakeIncidentAction(action: IncidentAction, roles: Role | readonly Role[]): boolean {
  const held = typeof roles === 'string' ? [roles] : roles;
  return INCIDENT_ACTION_RULES[action].roles.some((role) => held.includes(role));
}

/** The actions someone holding `roles` may take on an incident now, in the order of INCIDENT_ACTIONS. */
export function allowedIncidentActions(from: IncidentState, roles: Role | readonly Role[]): IncidentAction[] {
  return INCIDENT_ACTIONS.filter(
    (action) => nextIncidentState(from, action) !== null && roleMayTakeIncidentAction(action, roles),
  );
}

/** The latest time already on the incident: a new step may not come before it. */
export function latestIncidentStamp(stamps: IncidentStamps): string | null {
  let latest: string | null = null;
  for (const stamp of INCIDENT_STAMPS) {
    const value = stamps[stamp];
    if (value && (latest === null || Date.parse(value) > Date.parse(latest))) latest = value;
  }
  return latest;
}

/**
 * Why the action cannot be taken, as stable error codes; empty when it can. A move the diagram forbids or a role
 * that may not take it is reported alone; otherwise every missing field and time problem is listed so a form can
 * mark them all. `at` (when the step happened; now when absent) may not lie in the future nor before the latest
 * time already recorded, so an incident's times never go backwards.
 */
export function incidentActionProblems(
  incident: { state: IncidentState } & IncidentStamps,
  action: IncidentAction,
  roles: Role | readonly Role[],
  input: IncidentActionInput,
  now: Instant = new Date(),
): IncidentActionProblem[] {
  if (nextIncidentState(incident.state, action) === null) return ['TRANSITION_NOT_ALLOWED'];
  if (!roleMayTakeIncidentAction(action, roles)) return ['ROLE_NOT_ALLOWED'];
  const problems: IncidentActionProblem[] = INCIDENT_ACTION_RULES[action].requires
    .filter((field) => isBlank(input[field]))
    .map((field) => FIELD_PROBLEMS[field]);
  if (input.at) {
    const latest = latestIncidentStamp(incident);
    if (isInFuture(input.at, now)) problems.push('TIME_IN_FUTURE');
    else if (latest && isBeforeStart(input.at, latest, 0)) problems.push('TIME_BEFORE_PREVIOUS_STEP');
  }
  return problems;
}

/**
 * The state and stamps after an action at `at`: the action's own stamp is set. Sending an incident back sets none
 * (the timeline records the step); the next report back stamps the feedback time again.
 */
export function applyIncidentAction(
  incident: { state: IncidentState } & IncidentStamps,
  action: IncidentAction,
  at: string,
): { state: IncidentState } & IncidentStamps {
  const to = nextIncidentState(incident.state, action);
  if (to === null) throw new Error(`${action} is not allowed from ${incident.state}`);
  const stamp = INCIDENT_ACTION_RULES[action].stamps;
  return stamp ? { ...incident, state: to, [stamp]: at } : { ...incident, state: to };
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}
