import {
  ACTION_RULES,
  DISPUTE_ACTION_LABELS,
  DISPUTE_ACTIONS,
  type DisputeAction,
  type DiversionRoute,
  type Label,
  type TaskforceMemberInput,
  type TransitionBody,
  taskforceGaps,
} from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';

export type ActionField =
  | 'reason'
  | 'departmentIds'
  | 'route'
  | 'explanation'
  | 'taskforceMembers'
  | 'bothPartiesConsent';

export interface ActionFieldSpec {
  field: ActionField;
  required: boolean;
}

/** The state-machine actions among a record's `actions` (which also lists edit, unmask, export…), in domain order. */
export function machineActionsOf(actions: readonly string[]): DisputeAction[] {
  return DISPUTE_ACTIONS.filter((action) => actions.includes(action));
}

/** The action's name, the same on its button and as its dialog's title: the domain's label. */
export function actionLabel(action: DisputeAction, label: (text: Label) => string): string {
  return label(DISPUTE_ACTION_LABELS[action]);
}

/** The text field is a 理由 where the rule requires one, and an optional 备注 for the timeline otherwise. */
export function reasonLabelKey(action: DisputeAction): MessageKey {
  return ACTION_RULES[action].requires.includes('reason') ? 'disputes.reason' : 'disputes.note';
}

/**
 * The fields the action's dialog asks for, straight from the domain rule so the form cannot drift from what the
 * server checks. A reason may always be given (it goes on the timeline); closing an overdue case also needs the
 * written explanation the rules demand.
 */
export function actionFields(action: DisputeAction, overdue: boolean): ActionFieldSpec[] {
  const requires = ACTION_RULES[action].requires;
  const specs: ActionFieldSpec[] = [];
  if (requires.includes('departmentIds')) specs.push({ field: 'departmentIds', required: true });
  if (requires.includes('taskforceMembers')) specs.push({ field: 'taskforceMembers', required: true });
  if (requires.includes('route')) specs.push({ field: 'route', required: true });
  specs.push({ field: 'reason', required: requires.includes('reason') });
  if (action === 'close' && overdue) specs.push({ field: 'explanation', required: true });
  if (requires.includes('bothPartiesConsent')) specs.push({ field: 'bothPartiesConsent', required: true });
  return specs;
}

export interface ActionFormValues {
  reason?: string;
  departmentIds?: string[];
  route?: DiversionRoute;
  explanation?: string;
  /** The task force's members picked per department: department id → person ids. */
  taskforceMembers?: Record<string, string[] | undefined>;
  bothPartiesConsent?: boolean;
}

/** The members of the departments still chosen (a department dropped from the task force takes its picks along). */
export function taskforceMembersOf(values: ActionFormValues): TaskforceMemberInput[] {
  return (values.departmentIds ?? []).flatMap((departmentId) =>
    (values.taskforceMembers?.[departmentId] ?? []).map((personId) => ({ personId, departmentId })),
  );
}

/** The chosen departments that send nobody yet: each row the dialog marks before anything is sent. */
export function unstaffedDepartments(values: ActionFormValues): string[] {
  return taskforceGaps(values.departmentIds, taskforceMembersOf(values)).unstaffedDepartmentIds;
}

/** The request body: blanks left out, so the server's own checks speak. */
export function toTransitionBody(values: ActionFormValues): Omit<TransitionBody, 'action'> {
  const body: Omit<TransitionBody, 'action'> = {};
  const reason = values.reason?.trim();
  if (reason) body.reason = reason;
  const explanation = values.explanation?.trim();
  if (explanation) body.explanation = explanation;
  if (values.departmentIds && values.departmentIds.length > 0) body.departmentIds = values.departmentIds;
  if (values.route) body.route = values.route;
  const members = taskforceMembersOf(values);
  if (members.length > 0) body.taskforceMembers = members;
  if (values.bothPartiesConsent === true) body.bothPartiesConsent = true;
  return body;
}
