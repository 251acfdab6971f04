import {
  type CaseKind,
  INCIDENT_ACTION_RULES,
  INCIDENT_ACTIONS,
  type IncidentAction,
  type IncidentActionBody,
  type IncidentActionField,
  type IncidentListItem,
} from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';
import { toShanghaiIso } from '../../../ui/format-time';

/** The state-machine actions among a record's `actions` (which also lists unmask…), in domain order. */
export function incidentMachineActions(actions: readonly string[]): IncidentAction[] {
  return INCIDENT_ACTIONS.filter((action) => actions.includes(action));
}

export interface ActionFieldSpec {
  field: IncidentActionField;
  required: boolean;
}

/**
 * The fields an action's dialog asks for, straight from the domain rule so the form cannot drift from what the
 * server checks; a note may always go on the timeline.
 */
export function incidentActionFields(action: IncidentAction): ActionFieldSpec[] {
  const requires = INCIDENT_ACTION_RULES[action].requires;
  const specs: ActionFieldSpec[] = requires
    .filter((field) => field !== 'note')
    .map((field) => ({ field, required: true }));
  specs.push({ field: 'note', required: requires.includes('note') });
  return specs;
}

/** Arrival decides lateness, so its dialog asks when (defaulting to now); the other steps happen as they are sent. */
export function asksForTime(action: IncidentAction): boolean {
  return INCIDENT_ACTION_RULES[action].stamps === 'arrivedAt';
}

export interface IncidentActionValues {
  at?: Dayjs | null;
  responsibleOfficerId?: string;
  caseKind?: CaseKind;
  caseNumber?: string;
  departmentId?: string;
  duplicateOfId?: string;
  disputeCategory?: string;
  note?: string;
}

/**
 * The request body: only the fields the action's dialog asks for, blanks left out so the server's own checks speak;
 * the time only when it was changed from the default, so a step recorded as it happens is stamped by the server.
 */
export function toIncidentActionBody(
  action: IncidentAction,
  values: IncidentActionValues,
  defaultAt?: Dayjs,
): IncidentActionBody {
  const body: IncidentActionBody = { action };
  for (const { field } of incidentActionFields(action)) {
    if (field === 'caseKind') {
      if (values.caseKind) body.caseKind = values.caseKind;
      continue;
    }
    const value = values[field]?.trim();
    if (value) body[field] = value;
  }
  const at = values.at;
  if (asksForTime(action) && at && !(defaultAt && at.isSame(defaultAt, 'minute'))) body.at = toShanghaiIso(at);
  return body;
}

/** The ways an auxiliary officer reports back from the scene (domain.md §4), in the order the phone offers them. */
export const FEEDBACK_DISPOSITIONS = ['handle_on_scene', 'refer_people_mediation', 'refer_department'] as const;
export type FeedbackDisposition = (typeof FEEDBACK_DISPOSITIONS)[number];

/** The field steps the phone's big buttons take: what this user may do to this incident now. */
export interface PhoneSteps {
  acknowledge: boolean;
  arrive: boolean;
  /** The dispositions the officer may report; empty when there is nothing to report yet. */
  feedback: FeedbackDisposition[];
  /** Reporting from the scene first starts the handling (ON_SCENE → HANDLING), then records the disposition. */
  startsHandling: boolean;
}

export function phoneStepsOf(incident: Pick<IncidentListItem, 'actions'>): PhoneSteps {
  const { actions } = incident;
  const startsHandling = actions.includes('start_handling');
  const starters = INCIDENT_ACTION_RULES.start_handling.roles;
  const feedback = FEEDBACK_DISPOSITIONS.filter((action) =>
    startsHandling
      ? // Whoever may start the handling may report these: the rule's roles cover the starter's.
        starters.every((role) => INCIDENT_ACTION_RULES[action].roles.includes(role))
      : actions.includes(action),
  );
  return {
    acknowledge: actions.includes('acknowledge'),
    arrive: actions.includes('arrive'),
    feedback,
    startsHandling,
  };
}

/** The actions the phone sends for a report back, in order. */
export function feedbackSteps(disposition: FeedbackDisposition, startsHandling: boolean): IncidentAction[] {
  return startsHandling ? ['start_handling', disposition] : [disposition];
}

/** The actions the phone's big buttons take; the generic buttons below them leave these out. */
export const FIELD_STEP_ACTIONS: readonly IncidentAction[] = [
  'acknowledge',
  'arrive',
  'start_handling',
  ...FEEDBACK_DISPOSITIONS,
];
