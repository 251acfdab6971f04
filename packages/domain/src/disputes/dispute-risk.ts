/**
 * Risk grading of a dispute (domain.md §2): red / orange / yellow / green from facts the platform holds.
 *
 * Red: any red flag, each a *setting* with these defaults:
 *   threats of revenge or "以命相拼"; weapons; domestic violence; a party with a severe mental disorder;
 *   repeated incidents: 2 or more police incidents about the same parties or address within 180 days (the second
 *     call is the repeat: the first one was the reason the case exists);
 *   a grievance of 1 year or more ("积怨N年", N in completed years);
 *   10 or more people involved (a group dispute).
 * Otherwise one point for each warning sign below the red line: at least one incident (the police already came
 * once), a grievance of 6 months or more, 5 or more people involved. 2 points or more is orange, 1 yellow, 0 green.
 * Every flag or sign found is returned as a reason, so the screen shows why, not only the colour.
 */
import { fullMonthsBetween, fullYearsBetween, type Instant, shanghaiDate, toDate } from '../shared/shanghai-time';
import type { RiskGrade } from './dispute-dictionaries';

export interface RiskFacts {
  /** Threats of revenge or to fight to the death, as recorded by whoever met the parties. */
  threats: boolean;
  /** Police incidents about the same parties or address within the window (see `countRecentIncidents`). */
  repeatIncidents: number;
  /** Their numbers, when known, so the reason names the incidents and not only how many. */
  repeatIncidentNumbers?: readonly string[];
  weapons: boolean;
  domesticViolence: boolean;
  severeMentalDisorder: boolean;
  /** When the grievance began (`YYYY-MM-DD`), if known. */
  grievanceStartedOn: string | null;
  peopleInvolved: number;
}

export interface RiskSettings {
  redRepeatIncidents: number;
  redGrievanceYears: number;
  redPeopleInvolved: number;
  /** The window, in days, within which incidents count towards `repeatIncidents`. */
  repeatWindowDays: number;
  watchIncidents: number;
  watchGrievanceMonths: number;
  watchPeopleInvolved: number;
  orangeScore: number;
  yellowScore: number;
}

export const DEFAULT_RISK_SETTINGS: Readonly<RiskSettings> = {
  redRepeatIncidents: 2,
  redGrievanceYears: 1,
  redPeopleInvolved: 10,
  repeatWindowDays: 180,
  watchIncidents: 1,
  watchGrievanceMonths: 6,
  watchPeopleInvolved: 5,
  orangeScore: 2,
  yellowScore: 1,
};

export const RED_FLAG_CODES = [
  'THREATS',
  'REPEAT_INCIDENTS',
  'WEAPONS',
  'DOMESTIC_VIOLENCE',
  'SEVERE_MENTAL_DISORDER',
  'GRIEVANCE',
  'GROUP_DISPUTE',
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

export const WARNING_SIGN_CODES = ['INCIDENT_REPORTED', 'GRIEVANCE_BUILDING', 'SEVERAL_PEOPLE'] as const;
export type WarningSignCode = (typeof WARNING_SIGN_CODES)[number];

export interface RiskReason {
  code: RedFlagCode | WarningSignCode;
  zh: string;
  en: string;
}

export interface RiskAssessment {
  grade: RiskGrade;
  /** Red flags first, then warning signs, in the order of the code lists. */
  reasons: RiskReason[];
  /** Completed years since the grievance began, or null when its start is unknown. */
  grievanceYears: number | null;
}

/** Grades a dispute from its facts as of `now` (the grievance's age is counted on the Shanghai calendar). */
export function evaluateRisk(
  facts: RiskFacts,
  now: Instant = new Date(),
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): RiskAssessment {
  const today = shanghaiDate(now);
  const started = facts.grievanceStartedOn;
  const grievanceYears = started === null ? null : fullYearsBetween(started, today);
  const grievanceMonths = started === null ? null : fullMonthsBetween(started, today);

  const red: RiskReason[] = [];
  if (facts.threats) red.push({ code: 'THREATS', zh: '扬言报复或“以命相拼”', en: 'Threats of revenge or violence' });
  const numbers = facts.repeatIncidentNumbers ?? [];
  const listedZh = numbers.length > 0 ? `：${numbers.join('、')}` : '';
  const listedEn = numbers.length > 0 ? `: ${numbers.join(', ')}` : '';
  if (facts.repeatIncidents >= settings.redRepeatIncidents) {
    red.push({
      code: 'REPEAT_INCIDENTS',
      zh: `反复警情${facts.repeatIncidents}次${listedZh}`,
      en: `${facts.repeatIncidents} incidents about the same parties or address${listedEn}`,
    });
  }
  if (facts.weapons) red.push({ code: 'WEAPONS', zh: '涉及凶器', en: 'Weapons involved' });
  if (facts.domesticViolence) red.push({ code: 'DOMESTIC_VIOLENCE', zh: '家庭暴力', en: 'Domestic violence' });
  if (facts.severeMentalDisorder) {
    red.push({
      code: 'SEVERE_MENTAL_DISORDER',
      zh: '当事人有严重精神障碍',
      en: 'A party has a severe mental disorder',
    });
  }
  if (grievanceYears !== null && grievanceYears >= settings.redGrievanceYears) {
    red.push({
      code: 'GRIEVANCE',
      zh: `积怨${grievanceYears}年`,
      en: `Grievance of ${plural(grievanceYears, 'year')}`,
    });
  }
  if (facts.peopleInvolved >= settings.redPeopleInvolved) {
    red.push({
      code: 'GROUP_DISPUTE',
      zh: `群体性纠纷（${facts.peopleInvolved}人）`,
      en: `Group dispute (${facts.peopleInvolved} people)`,
    });
  }

  const warnings: RiskReason[] = [];
  if (facts.repeatIncidents >= settings.watchIncidents && facts.repeatIncidents < settings.redRepeatIncidents) {
    warnings.push({
      code: 'INCIDENT_REPORTED',
      zh: `已有警情${facts.repeatIncidents}次${listedZh}`,
      en: `${plural(facts.repeatIncidents, 'police incident')} already${listedEn}`,
    });
  }
  if (
    grievanceMonths !== null &&
    grievanceYears !== null &&
    grievanceMonths >= settings.watchGrievanceMonths &&
    grievanceYears < settings.redGrievanceYears
  ) {
    warnings.push({
      code: 'GRIEVANCE_BUILDING',
      zh: `积怨${grievanceMonths}个月`,
      en: `Grievance of ${plural(grievanceMonths, 'month')}`,
    });
  }
  if (facts.peopleInvolved >= settings.watchPeopleInvolved && facts.peopleInvolved < settings.redPeopleInvolved) {
    warnings.push({
      code: 'SEVERAL_PEOPLE',
      zh: `涉及${facts.peopleInvolved}人`,
      en: `${facts.peopleInvolved} people involved`,
    });
  }

  const reasons = [...red, ...warnings];
  if (red.length > 0) return { grade: 'red', reasons, grievanceYears };
  const score = warnings.length;
  const grade: RiskGrade =
    score >= settings.orangeScore ? 'orange' : score >= settings.yellowScore ? 'yellow' : 'green';
  return { grade, reasons, grievanceYears };
}

/**
 * How many incidents fall within the repeat window ending at `now` (later than `now - repeatWindowDays` days and
 * not after `now`): the `repeatIncidents` fact.
 */
export function countRecentIncidents(
  incidentTimes: readonly Instant[],
  now: Instant = new Date(),
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): number {
  return incidentTimes.filter((time) => withinRepeatWindow(time, now, settings)).length;
}

/** Whether one incident counts towards `repeatIncidents` as of `now` (see `countRecentIncidents`). */
export function withinRepeatWindow(
  incidentTime: Instant,
  now: Instant = new Date(),
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): boolean {
  const end = toDate(now).getTime();
  const start = end - settings.repeatWindowDays * 24 * 60 * 60 * 1000;
  const at = toDate(incidentTime).getTime();
  return at > start && at <= end;
}

/** A case that turns red must alert the chief and the governance office at once, but only when it turns. */
export function riskAlertNeeded(previous: RiskGrade | null, next: RiskGrade): boolean {
  return next === 'red' && previous !== 'red';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
