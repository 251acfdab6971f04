import { type AddCameraConsent, consentWindow, type Role, type ViewPurpose } from '@fengqiao/domain';

export interface ConsentFormValues {
  roles?: Role[];
  purposes?: ViewPurpose[];
  allowsPlayback?: boolean;
  /** Shanghai calendar days, YYYY-MM-DD. */
  startsOn?: string;
  lastDay?: string;
}

/** The domain's rule on the period, for the last-day field: null when fine or not yet filled in. */
export function consentPeriodProblem(startsOn: string | undefined, lastDay: string | undefined) {
  if (!startsOn || !lastDay) return null;
  const window = consentWindow(startsOn, lastDay);
  return window.ok ? null : window.code;
}

/** The consent body, or null while something required is missing or the period is reversed. */
export function toAddConsent(values: ConsentFormValues): AddCameraConsent | null {
  const { roles = [], purposes = [], startsOn, lastDay } = values;
  if (roles.length === 0 || purposes.length === 0 || !startsOn || !lastDay) return null;
  if (consentPeriodProblem(startsOn, lastDay)) return null;
  return { roles, purposes, allowsPlayback: values.allowsPlayback === true, startsOn, lastDay };
}
