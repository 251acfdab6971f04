/**
 * The dispute state machine (domain.md §2, "小事不出村，大事不出镇，矛盾不上交"):
 *
 *   DISCOVERED → VILLAGE_HANDLING → RESOLVED | VILLAGE_FAILED
 *   VILLAGE_FAILED → TOWN_ACCEPTED (综治办) → ASSIGNED (departments) → TASKFORCE (several departments, on site)
 *   ASSIGNED | TASKFORCE → RESOLVED | ESCALATED_COUNTY | DIVERTED
 *   RESOLVED → FOLLOW_UP → CLOSED
 *   DISCOVERED | VILLAGE_HANDLING → TOWN_ACCEPTED   (the station pushes a hard dispute straight to the town)
 *   TOWN_ACCEPTED → DIVERTED                         (the office diverts what plainly belongs in court at intake)
 *   FOLLOW_UP → handling state of the case's tier    (re-mediation with both parties' consent)
 *
 * A case moves only by a named action. Each action says from which states it starts, where it goes, who may take
 * it at each tier, which fields it needs and which tier it moves the case to. The case carries its tier beside
 * its state because RESOLVED, FOLLOW_UP, CLOSED and DIVERTED happen at several tiers and the tier decides who
 * works the case (and where re-mediation goes back to).
 */
import { POLICE_ROLES, type Role } from '../accounts/roles';
import type { ErrorCode } from '../shared/errors';
import type { DisputeTier, DiversionRoute, Label } from './dispute-dictionaries';

export const DISPUTE_STATES = [
  'DISCOVERED',
  'VILLAGE_HANDLING',
  'VILLAGE_FAILED',
  'TOWN_ACCEPTED',
  'ASSIGNED',
  'TASKFORCE',
  'RESOLVED',
  'ESCALATED_COUNTY',
  'DIVERTED',
  'FOLLOW_UP',
  'CLOSED',
] as const;
export type DisputeState = (typeof DISPUTE_STATES)[number];

export const DISPUTE_STATE_LABELS: Record<DisputeState, Label> = {
  DISCOVERED: { zh: '已发现', en: 'Discovered' },
  VILLAGE_HANDLING: { zh: '村级调处中', en: 'Being handled in the village' },
  // What the village sees after reporting it cannot settle a case: the town's move is next.
  VILLAGE_FAILED: { zh: '待镇级受理', en: 'Awaiting the town' },
  TOWN_ACCEPTED: { zh: '镇综治办已受理', en: 'Accepted by the town' },
  ASSIGNED: { zh: '已交办部门', en: 'Assigned to departments' },
  TASKFORCE: { zh: '专班化解中', en: 'With a task force' },
  RESOLVED: { zh: '已化解', en: 'Resolved' },
  ESCALATED_COUNTY: { zh: '已上报县级', en: 'Escalated to the county' },
  DIVERTED: { zh: '已分流', en: 'Diverted' },
  FOLLOW_UP: { zh: '回访中', en: 'Follow-up' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};

export const DISPUTE_ACTIONS = [
  'start_village_handling',
  'resolve',
  'village_fail',
  'push_to_town',
  'accept_at_town',
  'assign_departments',
  'form_taskforce',
  'escalate_county',
  'divert',
  'start_follow_up',
  'close',
  'reopen_for_remediation',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

export const DISPUTE_ACTION_LABELS: Record<DisputeAction, Label> = {
  start_village_handling: { zh: '开始村级调处', en: 'Start handling in the village' },
  resolve: { zh: '化解完成', en: 'Mark resolved' },
  village_fail: { zh: '村级调处未果，上报镇综治办', en: 'Village could not settle it: report to the town office' },
  push_to_town: { zh: '直接提交镇级', en: 'Push straight to the town' },
  accept_at_town: { zh: '镇级受理', en: 'Accept at the town' },
  assign_departments: { zh: '交办部门', en: 'Assign departments' },
  form_taskforce: { zh: '组建专班', en: 'Form a task force' },
  escalate_county: { zh: '上报县级', en: 'Escalate to the county' },
  divert: { zh: '分流', en: 'Divert' },
  start_follow_up: { zh: '开始回访', en: 'Start follow-up' },
  close: { zh: '办结', en: 'Close' },
  reopen_for_remediation: { zh: '重新调解', en: 'Mediate again' },
};

/** Where a case is: its state and the tier working it. The dispute record itself satisfies this shape. */
export interface DisputePosition {
  state: DisputeState;
  tier: DisputeTier;
}

/** Every case starts here, whatever its source: the village that knows the parties looks first. */
export const INITIAL_DISPUTE_POSITION: Readonly<DisputePosition> = { state: 'DISCOVERED', tier: 'village' };

/** The tiers a case can be at in each state; anything else is an inconsistent record. */
export const STATE_TIERS: Record<DisputeState, readonly DisputeTier[]> = {
  DISCOVERED: ['village'],
  VILLAGE_HANDLING: ['village'],
  VILLAGE_FAILED: ['village'],
  TOWN_ACCEPTED: ['town'],
  ASSIGNED: ['town'],
  TASKFORCE: ['taskforce'],
  ESCALATED_COUNTY: ['county'],
  DIVERTED: ['town', 'taskforce'],
  RESOLVED: ['village', 'town', 'taskforce'],
  FOLLOW_UP: ['village', 'town', 'taskforce'],
  CLOSED: ['village', 'town', 'taskforce'],
};

/** Where re-mediation returns to at each tier: the state in which that tier works a case. */
export const TIER_HANDLING_STATES: Partial<Record<DisputeTier, DisputeState>> = {
  village: 'VILLAGE_HANDLING',
  town: 'ASSIGNED',
  taskforce: 'TASKFORCE',
};

/** States with no way out on this platform: the county and the other routes take over, or the case is done. */
export const TERMINAL_DISPUTE_STATES: readonly DisputeState[] = ['CLOSED', 'ESCALATED_COUNTY', 'DIVERTED'];

export type TransitionField = 'reason' | 'departmentIds' | 'route' | 'taskforceMembers' | 'bothPartiesConsent';

export interface ActionRule {
  from: readonly DisputeState[];
  /** The target state, or one per tier when it depends on the tier (re-mediation). */
  to: DisputeState | Partial<Record<DisputeTier, DisputeState>>;
  /** Who may take the action, by the tier the case is at when they take it. */
  roles: Partial<Record<DisputeTier, readonly Role[]>>;
  requires: readonly TransitionField[];
  /** The tier the case moves to; null keeps the current tier. */
  toTier: DisputeTier | null;
  /** Whether the tier's time limit starts again from this action (a new tier, or a new round of mediation). */
  restartsDeadline: boolean;
}

// Auxiliary officers are mediators in their village; officers and the chief may do everything the village does.
const VILLAGE_WORKERS: readonly Role[] = ['auxiliary', 'officer', 'chief'];
// Pushing a case past the village is a police judgement, not the auxiliary's (domain.md §2: "the station").
const STATION = POLICE_ROLES;
const GOVERNANCE_OFFICE: readonly Role[] = ['zongzhiban'];
const TOWN_WORKERS: readonly Role[] = ['zongzhiban', 'department'];

export const ACTION_RULES: Record<DisputeAction, ActionRule> = {
  start_village_handling: {
    from: ['DISCOVERED'],
    to: 'VILLAGE_HANDLING',
    roles: { village: VILLAGE_WORKERS },
    // Taking the case on asks for nothing more: the person who acts is its handler, on the timeline. Who mediates,
    // how it started and the parties' consent (Arts. 17, 20) are asked when a mediation is started on the case.
    requires: [],
    toTier: 'village',
    restartsDeadline: false,
  },
  resolve: {
    from: ['VILLAGE_HANDLING', 'ASSIGNED', 'TASKFORCE'],
    to: 'RESOLVED',
    roles: { village: VILLAGE_WORKERS, town: TOWN_WORKERS, taskforce: TOWN_WORKERS },
    requires: ['reason'],
    toTier: null,
    restartsDeadline: false,
  },
  village_fail: {
    from: ['VILLAGE_HANDLING'],
    to: 'VILLAGE_FAILED',
    roles: { village: VILLAGE_WORKERS },
    requires: ['reason'],
    toTier: null,
    restartsDeadline: false,
  },
  push_to_town: {
    from: ['DISCOVERED', 'VILLAGE_HANDLING'],
    to: 'TOWN_ACCEPTED',
    roles: { village: STATION },
    requires: ['reason'],
    toTier: 'town',
    restartsDeadline: true,
  },
  accept_at_town: {
    from: ['VILLAGE_FAILED'],
    to: 'TOWN_ACCEPTED',
    roles: { village: GOVERNANCE_OFFICE },
    requires: [],
    toTier: 'town',
    restartsDeadline: true,
  },
  assign_departments: {
    from: ['TOWN_ACCEPTED'],
    to: 'ASSIGNED',
    roles: { town: GOVERNANCE_OFFICE },
    requires: ['departmentIds'],
    toTier: 'town',
    restartsDeadline: false,
  },
  form_taskforce: {
    from: ['ASSIGNED'],
    to: 'TASKFORCE',
    roles: { town: GOVERNANCE_OFFICE },
    requires: ['departmentIds', 'taskforceMembers'],
    toTier: 'taskforce',
    restartsDeadline: true,
  },
  escalate_county: {
    from: ['ASSIGNED', 'TASKFORCE'],
    to: 'ESCALATED_COUNTY',
    roles: { town: GOVERNANCE_OFFICE, taskforce: GOVERNANCE_OFFICE },
    requires: ['reason'],
    toTier: 'county',
    restartsDeadline: false,
  },
  divert: {
    from: ['TOWN_ACCEPTED', 'ASSIGNED', 'TASKFORCE'],
    to: 'DIVERTED',
    roles: { town: GOVERNANCE_OFFICE, taskforce: GOVERNANCE_OFFICE },
    requires: ['route', 'reason'],
    toTier: null,
    restartsDeadline: false,
  },
  start_follow_up: {
    from: ['RESOLVED'],
    to: 'FOLLOW_UP',
    roles: { village: VILLAGE_WORKERS, town: TOWN_WORKERS, taskforce: TOWN_WORKERS },
    requires: [],
    toTier: null,
    restartsDeadline: false,
  },
  close: {
    from: ['FOLLOW_UP'],
    to: 'CLOSED',
    roles: { village: VILLAGE_WORKERS, town: GOVERNANCE_OFFICE, taskforce: GOVERNANCE_OFFICE },
    requires: [],
    toTier: null,
    restartsDeadline: false,
  },
  reopen_for_remediation: {
    from: ['FOLLOW_UP'],
    to: TIER_HANDLING_STATES,
    roles: { village: VILLAGE_WORKERS, town: GOVERNANCE_OFFICE, taskforce: GOVERNANCE_OFFICE },
    requires: ['reason', 'bothPartiesConsent'],
    toTier: null,
    restartsDeadline: true,
  },
};

export interface TaskforceMemberInput {
  personId: string;
  departmentId: string;
}

/** What the caller sends with an action (the transition body). */
export interface TransitionInput {
  reason?: string | null;
  departmentIds?: readonly string[] | null;
  route?: DiversionRoute | null;
  explanation?: string | null;
  taskforceMembers?: readonly TaskforceMemberInput[] | null;
  bothPartiesConsent?: boolean | null;
}

export interface TransitionSettings {
  /** "Several departments" (domain.md §2): the fewest a task force may have. */
  taskforceMinDepartments: number;
}

export const DEFAULT_TRANSITION_SETTINGS: Readonly<TransitionSettings> = { taskforceMinDepartments: 2 };

/** Every code `transitionProblems` can answer with; each is in the error catalogue. */
export const TRANSITION_PROBLEMS = [
  'TRANSITION_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'REASON_REQUIRED',
  'DEPARTMENTS_REQUIRED',
  'TASKFORCE_DEPARTMENTS_REQUIRED',
  'TASKFORCE_MEMBERS_REQUIRED',
  'TASKFORCE_MEMBER_DEPARTMENT_INVALID',
  'ROUTE_REQUIRED',
  'REMEDIATION_CONSENT_REQUIRED',
  'OVERDUE_EXPLANATION_REQUIRED',
] as const satisfies readonly ErrorCode[];
export type TransitionProblem = (typeof TRANSITION_PROBLEMS)[number];

/** True when the state and tier can belong to one case (see STATE_TIERS). */
export function isConsistentPosition(position: DisputePosition): boolean {
  return STATE_TIERS[position.state].includes(position.tier);
}

/** Where an action takes a case, or null when the action cannot start from there. Roles and fields aside. */
export function nextPosition(from: DisputePosition, action: DisputeAction): DisputePosition | null {
  const rule = ACTION_RULES[action];
  if (!rule.from.includes(from.state) || !isConsistentPosition(from)) return null;
  const state = typeof rule.to === 'string' ? rule.to : rule.to[from.tier];
  if (state === undefined) return null;
  return { state, tier: rule.toTier ?? from.tier };
}

/** The state an action leads to, or null when it is not allowed from there (see `nextPosition`). */
export function nextState(from: DisputePosition, action: DisputeAction): DisputeState | null {
  return nextPosition(from, action)?.state ?? null;
}

/** The actions someone holding `roles` may take on a case now, in the order of DISPUTE_ACTIONS. */
export function allowedActions(from: DisputePosition, roles: Role | readonly Role[]): DisputeAction[] {
  return DISPUTE_ACTIONS.filter((action) => nextPosition(from, action) !== null && roleMayAct(from, action, roles));
}

/**
 * Why the action cannot be taken, as stable error codes; empty when it can. A move the diagram does not allow
 * or a role that may not take it is reported alone, since the fields do not matter then; otherwise every missing
 * field is listed so a form can mark them all at once. `from.overdue` is the case's overdue flag: closing an
 * overdue case needs a written explanation.
 */
export function transitionProblems(
  from: DisputePosition & { overdue?: boolean | null },
  action: DisputeAction,
  roles: Role | readonly Role[],
  input: TransitionInput,
  settings: TransitionSettings = DEFAULT_TRANSITION_SETTINGS,
): TransitionProblem[] {
  if (nextPosition(from, action) === null) return ['TRANSITION_NOT_ALLOWED'];
  if (!roleMayAct(from, action, roles)) return ['ROLE_NOT_ALLOWED'];

  const problems: TransitionProblem[] = [];
  const required = ACTION_RULES[action].requires;
  if (required.includes('reason') && isBlank(input.reason)) problems.push('REASON_REQUIRED');
  if (required.includes('route') && (input.route === null || input.route === undefined)) {
    problems.push('ROUTE_REQUIRED');
  }
  if (required.includes('departmentIds')) {
    const departments = distinct(input.departmentIds);
    if (departments.size === 0) problems.push('DEPARTMENTS_REQUIRED');
    else if (action === 'form_taskforce' && departments.size < settings.taskforceMinDepartments) {
      problems.push('TASKFORCE_DEPARTMENTS_REQUIRED');
    }
  }
  if (required.includes('taskforceMembers')) problems.push(...taskforceMemberProblems(input));
  if (required.includes('bothPartiesConsent') && input.bothPartiesConsent !== true) {
    problems.push('REMEDIATION_CONSENT_REQUIRED');
  }
  if (action === 'close' && from.overdue === true && isBlank(input.explanation)) {
    problems.push('OVERDUE_EXPLANATION_REQUIRED');
  }
  return problems;
}

/**
 * Where a task force falls short, row by row, so a form can mark each one: the departments that send nobody
 * (TASKFORCE_MEMBERS_REQUIRED) and the members, by index, whose department is not among the task force's
 * (TASKFORCE_MEMBER_DEPARTMENT_INVALID).
 */
export function taskforceGaps(
  departmentIds: readonly string[] | null | undefined,
  members: readonly TaskforceMemberInput[] | null | undefined,
): { unstaffedDepartmentIds: string[]; strayMemberIndexes: number[] } {
  const departments = distinct(departmentIds);
  const represented = new Set((members ?? []).map((member) => member.departmentId.trim()));
  return {
    unstaffedDepartmentIds: [...departments].filter((department) => !represented.has(department)),
    strayMemberIndexes: (members ?? []).flatMap((member, index) =>
      departments.has(member.departmentId.trim()) ? [] : [index],
    ),
  };
}

/** Every member must come from one of the task force's departments, and every department must send someone. */
function taskforceMemberProblems(input: TransitionInput): TransitionProblem[] {
  const members = input.taskforceMembers ?? [];
  const gaps = taskforceGaps(input.departmentIds, members);
  const problems: TransitionProblem[] = [];
  if (members.length === 0 || gaps.unstaffedDepartmentIds.length > 0) problems.push('TASKFORCE_MEMBERS_REQUIRED');
  if (gaps.strayMemberIndexes.length > 0) problems.push('TASKFORCE_MEMBER_DEPARTMENT_INVALID');
  return problems;
}

function roleMayAct(from: DisputePosition, action: DisputeAction, roles: Role | readonly Role[]): boolean {
  const allowed = ACTION_RULES[action].roles[from.tier] ?? [];
  const held: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  return held.some((role) => allowed.includes(role));
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

function distinct(values: readonly string[] | null | undefined): Set<string> {
  return new Set((values ?? []).map((value) => value.trim()).filter((value) => value !== ''));
}
