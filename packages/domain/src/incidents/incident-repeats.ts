/**
 * Repeat incidents (domain.md §4): the same party (by the blind index of their ID number or phone) or the same
 * address within a window of days (a setting) links two incidents, and a dispute linked to such an incident gets
 * the "repeated incidents" red flag. Addresses are compared by a normalised key so "双坪村3组 12号" and
 * "双坪村三组12号" meet.
 */
import { addDays, shanghaiDate, shanghaiDayStart } from '../shared/shanghai-time';

export const DEFAULT_REPEAT_WINDOW_DAYS = 30;

const CHINESE_DIGITS: Record<string, string> = {
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * The address as a comparison key: no spaces or punctuation, full-width digits and single Chinese digits as ASCII.
 * Null when nothing is left.
 */
export function addressKey(address: string | null | undefined): string | null {
  if (!address) return null;
  const key = address
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/[零一二三四五六七八九]/g, (digit) => CHINESE_DIGITS[digit] ?? digit)
    .toLowerCase();
  return key.length > 0 ? key : null;
}

/** The first instant of the window that ends at `receivedAt`: whole Shanghai days back from its day. */
export function repeatWindowStart(receivedAt: string, windowDays: number): string {
  return shanghaiDayStart(addDays(shanghaiDate(receivedAt), -windowDays)).toISOString();
}

/**
 * The end (exclusive) of the span of later incidents that count `receivedAt` as a repeat: the Shanghai midnight
 * after the day N days later. Together with `repeatWindowStart` the relation is symmetric by calendar day.
 */
export function repeatWindowEnd(receivedAt: string, windowDays: number): string {
  return shanghaiDayStart(addDays(shanghaiDate(receivedAt), windowDays + 1)).toISOString();
}
