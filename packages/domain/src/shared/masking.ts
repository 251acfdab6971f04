/**
 * Masking of personal data on screen and in logs (domain.md §10). Every function works on characters (code
 * points), never reveals the whole of a value, and returns null for null, undefined or blank input.
 */
import { normalizeMobile } from './ids';

const MASK = '*';

/**
 * Keeps the first `keepStart` and last `keepEnd` characters and replaces the rest with `*`, one per character.
 * If the value is too short to hide anything that way, every character is masked.
 */
export function maskText(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  const start = wholeOrZero(keepStart);
  const end = wholeOrZero(keepEnd);
  if (chars.length <= start + end) return MASK.repeat(chars.length);
  return (
    chars.slice(0, start).join('') + MASK.repeat(chars.length - start - end) + chars.slice(chars.length - end).join('')
  );
}

/**
 * Resident ID: first 6 and last 4 characters (`420626********1234`). Anything that is not 15 or 18 characters
 * long is masked completely (at most 18 `*`).
 */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  const value = clean(idNumber);
  if (value === null) return null;
  const length = Array.from(value).length;
  if (length === 18 || length === 15) return maskText(value, 6, 4);
  return MASK.repeat(Math.min(length, 18));
}

/** Mobile number: first 3 and last 4 digits (`138****5678`); other numbers are masked as by `maskPhone`. */
export function maskMobile(mobile: string | null | undefined): string | null {
  return maskPhone(mobile);
}

/**
 * Any phone number: a mainland mobile (with or without +86, spaces, dashes) becomes `138****5678`; any other
 * number keeps its first 3 and last 2 characters (`071*******56`).
 */
export function maskPhone(phone: string | null | undefined): string | null {
  const value = clean(phone);
  if (value === null) return null;
  const mobile = normalizeMobile(value);
  if (mobile !== null) return maskText(mobile, 3, 4);
  return maskText(value.replace(/\s+/g, ''), 3, 2);
}

/**
 * Name: the first character, then one `*` for each other character (`张*`, `张**`, `J***`). A one-character
 * name becomes `*`.
 */
export function maskName(name: string | null | undefined): string | null {
  const value = clean(name);
  if (value === null) return null;
  return maskText(value, 1, 0);
}

/**
 * Address down to the village, community or group: keeps text up to and including the first `村` or `社区`
 * and a group number right after it (`马良镇双坪村3组15号` → `马良镇双坪村3组****`), or else up to the first `组`.
 * Without any marker, keeps the first 6 characters (at most half of a short address), then `****`.
 */
export function maskAddress(address: string | null | undefined): string | null {
  const value = clean(address);
  if (value === null) return null;
  const village = /^.*?(?:村|社区)(?:[0-9０-９一二三四五六七八九十百零〇两]+组)?/u.exec(value);
  const group = village ?? /^.*?组/u.exec(value);
  if (group !== null) {
    const kept = group[0];
    return kept.length === value.length ? kept : `${kept}****`;
  }
  const chars = Array.from(value);
  return `${chars.slice(0, Math.min(6, Math.floor(chars.length / 2))).join('')}****`;
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function wholeOrZero(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * A coordinate as screens see it: two decimals, about a kilometre, enough for a map of the town but not to find a
 * house; the exact point is personal data like the address it stands for and comes only with unmask.
 */
export function coarseCoordinate(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(value * 100) / 100;
}
