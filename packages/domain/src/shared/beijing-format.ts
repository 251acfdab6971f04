/**
 * How a person reads a date or a time: Beijing time, in Chinese (domain.md §11). Every date and time that is shown,
 * printed, exported or notified goes through these functions, on the server and in the web app alike, so no screen
 * or document ever shows a UTC instant such as `2025-07-07T16:00:00.000Z`.
 */
import { type Instant, SHANGHAI_OFFSET_MS, toCalendarDate, toDate } from './shanghai-time';

export type DisplayLanguage = 'zh' | 'en';

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** A calendar day or an instant's Beijing day: `2026年12月7日` (English: `2026-12-07`). */
export function formatBeijingDate(value: Instant, lang: DisplayLanguage = 'zh'): string {
  const day = toCalendarDate(value);
  if (lang === 'en') return day;
  const [year, month, date] = parts(day);
  return `${year}年${month}月${date}日`;
}

/** A day without its year, for dates in the current year: `12月7日` (English: `12-07`). */
export function formatBeijingMonthDay(value: Instant, lang: DisplayLanguage = 'zh'): string {
  const day = toCalendarDate(value);
  if (lang === 'en') return day.slice(5);
  const [, month, date] = parts(day);
  return `${month}月${date}日`;
}

/** An instant in Beijing time to the minute: `2026年12月7日 14:05` (English: `2026-12-07 14:05`). */
export function formatBeijingDateTime(value: Instant, lang: DisplayLanguage = 'zh'): string {
  const beijing = new Date(toDate(value).getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${formatBeijingDate(beijing.slice(0, 10), lang)} ${beijing.slice(11, 16)}`;
}

/** The same, or an empty string for a missing value (a table cell, an optional field of a document). */
export function formatBeijingDateTimeOrBlank(value: Instant | null | undefined, lang: DisplayLanguage = 'zh'): string {
  return value ? formatBeijingDateTime(value, lang) : '';
}

/** A compact stamp for file names: `20261129` (the Beijing day). */
export function beijingDateStamp(value: Instant): string {
  return toCalendarDate(value).replaceAll('-', '');
}
