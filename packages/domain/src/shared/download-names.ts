import { beijingDateStamp } from './beijing-format';
import type { Instant } from './shanghai-time';

/** `矛盾纠纷台账_马良镇_20261129.xlsx`; without a single town (a county-wide export) the place is left out. */
export function disputeLedgerFileName(place: string | null, at: Instant): string {
  return `${['矛盾纠纷台账', place, beijingDateStamp(at)]
    .filter((part) => part)
    .map(safePart)
    .join('_')}.xlsx`;
}

/** `人民调解协议书_（2026）马人调字第12号.docx`; a draft without a number is `…_草稿.docx`. */
export function agreementFileName(title: string, number: string | null): string {
  return `${safePart(title)}_${safePart(number ?? '草稿')}.docx`;
}

/** The ASCII name for clients that cannot read `filename*`: `disputes-20261129.xlsx`. */
export function disputeLedgerAsciiName(at: Instant): string {
  return `disputes-${beijingDateStamp(at)}.xlsx`;
}

/** `驻村辅警月度考核_马良镇_2026-10.xlsx`: the ranking and scorecards of a month (`YYYY-MM`). */
export function assessmentFileName(place: string | null, month: string): string {
  return `${['驻村辅警月度考核', place, month]
    .filter((part) => part)
    .map(safePart)
    .join('_')}.xlsx`;
}

/** The ASCII name of the same file: `assessments-2026-10.xlsx`. */
export function assessmentAsciiName(month: string): string {
  return `assessments-${safePart(month)}.xlsx`;
}

/** `警治会商纪要_马良镇_2026-11.docx`: the minutes of the meeting reviewing a month (`YYYY-MM`). */
export function meetingMinutesFileName(place: string | null, month: string): string {
  return `${['警治会商纪要', place, month]
    .filter((part) => part)
    .map(safePart)
    .join('_')}.docx`;
}

/** The ASCII name of the same file: `meeting-minutes-2026-11.docx`. */
export function meetingMinutesAsciiName(month: string): string {
  return `meeting-minutes-${safePart(month)}.docx`;
}

/** `月度工作报告_马良镇_2026-10.docx` (or .xlsx): the monthly report of a town (`YYYY-MM`). */
export function monthlyReportFileName(town: string, month: string, ext: 'docx' | 'xlsx'): string {
  return `${['月度工作报告', town, month].map(safePart).join('_')}.${ext}`;
}

/** The ASCII name of the same file: `monthly-report-2026-10.docx`. */
export function monthlyReportAsciiName(month: string, ext: 'docx' | 'xlsx'): string {
  return `monthly-report-${safePart(month)}.${ext}`;
}

/**
 * The export of a register (台账) of the safety-network modules: `安全隐患台账_马良镇_20261130.xlsx`; without a single
 * town the place is left out.
 */
export function registerFileName(title: string, place: string | null, at: Instant): string {
  return `${[title, place, beijingDateStamp(at)]
    .filter((part) => part)
    .map(safePart)
    .join('_')}.xlsx`;
}

/** The ASCII name of the same file: `hazards-20261130.xlsx` (`slug` is ASCII). */
export function registerAsciiName(slug: string, at: Instant): string {
  return `${safePart(slug)}-${beijingDateStamp(at)}.xlsx`;
}

/** Characters a file system refuses are replaced, so a number or place name never breaks the saved file. */
function safePart(part: string | null): string {
  return (part ?? '').replace(/[\p{Cc}<>:"/\\|?*]/gu, '_').trim();
}
