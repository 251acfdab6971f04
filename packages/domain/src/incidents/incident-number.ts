/**
 * The incident number, `（2026）马警字第15号`: the year the call was received in full-width parentheses, the town's
 * short name, 警字, and the sequence within that town and year (the same per-town, per-year sequence table as the
 * dispute and agreement numbers, so it is safe under concurrent intake on both engines).
 */
import { shanghaiDate } from '../shared/shanghai-time';

export interface IncidentNumber {
  year: number;
  townShortName: string;
  seq: number;
}

/** The sequence kind of incident numbers in the per-town, per-year sequence table. */
export const INCIDENT_SEQUENCE_KIND = 'incident';

const TOWN_SHORT_NAME = /^\p{Script=Han}{1,6}$/u;

export function formatIncidentNumber(year: number, townShortName: string, seq: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError('The year has four digits');
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > 999_999_999) throw new RangeError('The sequence is 1 or more');
  if (!TOWN_SHORT_NAME.test(townShortName)) throw new RangeError('The town short name is 1–6 Chinese characters');
  return `（${year}）${townShortName}警字第${seq}号`;
}

/** Reads an incident number back; half-width parentheses and stray spaces (as typed on a phone) are accepted. */
export function parseIncidentNumber(text: string): IncidentNumber | null {
  const value = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /^\((\d{4})\)(\p{Script=Han}{1,6}?)警字第(\d{1,9})号$/u.exec(value);
  if (match === null) return null;
  const seq = Number(match[3]);
  if (seq < 1) return null;
  return { year: Number(match[1]), townShortName: match[2] ?? '', seq };
}

/** 马良镇 → 马: the town name's first Chinese character; 镇 when the name has none. */
export function townShortNameOf(name: string | null | undefined): string {
  const first = name ? [...name][0] : undefined;
  return first && /\p{Script=Han}/u.test(first) ? first : '镇';
}

/** The numbering year of an incident: the Shanghai year it was received in (a late write-up keeps the call's year). */
export function incidentNumberYear(receivedAt: string): number {
  return Number(shanghaiDate(receivedAt).slice(0, 4));
}
