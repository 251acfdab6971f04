/**
 * Validators for resident ID numbers (GB 11643) and mainland mobile numbers (domain.md §11).
 * Pure functions: no I/O; "today" can be passed in for tests.
 */

export type IdNumberCheck =
  | { ok: true; normalized: string; birthDate: string /* YYYY-MM-DD */; sex: 'male' | 'female'; warnings: string[] }
  | { ok: false; reason: 'format' | 'date' | 'checksum' };

/** GB/T 2260 province-level codes: the first two digits of a division code. */
export const PROVINCE_CODES: readonly string[] =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' ');
const PROVINCES = new Set(PROVINCE_CODES);

/** Warning: the first two digits are not a GB/T 2260 province code. */
export const ID_WARNING_UNKNOWN_REGION = 'UNKNOWN_REGION';
/**
 * Warning: born 1800-01-01 … 1899-12-31. GB 11643's own example (`440524188001010014`, born 1880) is valid, so
 * such dates pass, but for a living resident they almost always mean a typing mistake.
 */
export const ID_WARNING_BIRTH_BEFORE_1900 = 'BIRTH_BEFORE_1900';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1800-01-01';
const WARN_BEFORE = '1900-01-01';
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The check character for the first 17 digits of an 18-digit ID number. Throws on anything but 17 digits. */
export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Checks a resident ID number. Accepts 18 characters (`^\d{17}[\dX]$`, lower-case x allowed) or a legacy
 * 15-digit number (converted by inserting `19` after digit 6 and adding the check character). Whitespace and
 * full-width characters are tolerated. The birth date must be a real calendar date not after `today` (taken as
 * a calendar day in Asia/Shanghai).
 */
export function checkIdNumber(input: string, today: Date = new Date()): IdNumberCheck {
  const value = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  let first17: string;
  let given: string | null;
  if (/^\d{15}$/.test(value)) {
    first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    given = null;
  } else if (/^\d{17}[\dX]$/.test(value)) {
    first17 = value.slice(0, 17);
    given = value[17]!;
  } else {
    return { ok: false, reason: 'format' };
  }

  const birthDate = toIsoDate(first17.slice(6, 14));
  if (birthDate === null || birthDate < EARLIEST_BIRTH_DATE || birthDate > shanghaiDay(today)) {
    return { ok: false, reason: 'date' };
  }

  const check = computeIdCheckChar(first17);
  if (given !== null && given !== check) return { ok: false, reason: 'checksum' };

  const warnings: string[] = [];
  if (!PROVINCES.has(first17.slice(0, 2))) warnings.push(ID_WARNING_UNKNOWN_REGION);
  if (birthDate < WARN_BEFORE) warnings.push(ID_WARNING_BIRTH_BEFORE_1900);
  return {
    ok: true,
    normalized: first17 + check,
    birthDate,
    sex: Number(first17[16]) % 2 === 1 ? 'male' : 'female',
    warnings,
  };
}

/**
 * Normalises a mainland mobile number: strips spaces and dashes and a leading `+86` or `86` (only when 11 digits
 * remain), then requires `^1[3-9]\d{9}$`. Returns the 11 digits, or null.
 */
export function normalizeMobile(input: string): string | null {
  let value = input.normalize('NFKC').replace(/[\s\-\u2010-\u2015]/g, '');
  if (/^\+86\d{11}$/.test(value)) value = value.slice(3);
  else if (/^86\d{11}$/.test(value)) value = value.slice(2);
  return /^1[3-9]\d{9}$/.test(value) ? value : null;
}

/** `YYYYMMDD` → `YYYY-MM-DD` if it is a real calendar date, else null. */
function toIsoDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day of an instant in Asia/Shanghai (UTC+8, no daylight saving), as `YYYY-MM-DD`. */
function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
