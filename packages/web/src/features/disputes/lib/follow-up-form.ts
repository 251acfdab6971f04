import type { FollowUpVisit, SatisfactionLevel } from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';

export interface FollowUpFormValues {
  visitedAt?: Dayjs;
  whom?: string;
  agreementId?: string;
  performed?: boolean;
  satisfaction?: SatisfactionLevel;
  hiddenRisk?: string;
  note?: string;
}

/**
 * The visit body, or null while a required value is missing (the form's rules say which). Empty optional texts are
 * left out rather than sent as '', which the server would store as a blank note.
 */
export function toFollowUpVisit(values: FollowUpFormValues, toIso: (value: Dayjs) => string): FollowUpVisit | null {
  const whom = values.whom?.trim();
  if (!values.visitedAt || !whom || !values.satisfaction) return null;
  const hiddenRisk = values.hiddenRisk?.trim();
  const note = values.note?.trim();
  return {
    visitedAt: toIso(values.visitedAt),
    whom,
    ...(values.agreementId ? { agreementId: values.agreementId } : {}),
    performed: values.performed === true,
    satisfaction: values.satisfaction,
    ...(hiddenRisk ? { hiddenRisk } : {}),
    ...(note ? { note } : {}),
  };
}
