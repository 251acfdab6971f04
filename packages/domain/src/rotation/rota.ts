/**
 * The security-director rota (domain.md §5): each month a number of slots (4) of consecutive working days (3) at
 * the station, one village's security director per slot. Villages take turns in cycles: none serves twice before
 * every village has had its turn, and a cycle left open at the end of one year goes on into the next. Within a cycle
 * the village served least this year goes first, so over a year the most and least served villages differ by at
 * most one; a village already on duty this month waits when another may go. Ties are broken by a seeded random
 * order, so the same seed gives the same rota.
 */

import type { ErrorCode } from '../shared/errors';
import { type CalendarDay, indexCalendar, workingDaysOfMonth } from './holiday-calendar';

export const ROTA_PROBLEMS = ['ROTA_TOO_FEW_VILLAGES', 'ROTA_MONTH_TOO_SHORT'] as const satisfies readonly ErrorCode[];
export type RotaProblem = (typeof ROTA_PROBLEMS)[number];

export const DEFAULT_SLOTS_PER_MONTH = 4;
export const DEFAULT_DAYS_PER_SLOT = 3;

/** One turn at the station: a month's slot (0-based, in date order) and its working days. */
export interface RotaSlot {
  month: number;
  index: number;
  villageId: string;
  days: string[];
}

export interface RotaRequest {
  year: number;
  /** Village ids; order does not matter (the seed decides). */
  villages: readonly string[];
  slotsPerMonth: number;
  daysPerSlot: number;
  calendar: readonly CalendarDay[];
  seed: number;
  /** Villages of the slots before this year (the previous year's rota), oldest first: the open cycle goes on. */
  history?: readonly string[];
  /** Regenerating: the slots of this year that stand (months before `fromMonth`), which count as served. */
  kept?: readonly RotaSlot[];
  /** The first month to generate (1–12); earlier months are `kept`. */
  fromMonth?: number;
}

export type RotaResult = { ok: true; slots: RotaSlot[] } | { ok: false; code: RotaProblem; month?: number };

/** A small, fast seeded generator (mulberry32): the same seed gives the same sequence on every engine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The villages already served in the cycle still open after `sequence` (villages served, oldest first). */
export function openCycle(villages: readonly string[], sequence: readonly string[]): Set<string> {
  const known = new Set(villages);
  let served = new Set<string>();
  for (const village of sequence) {
    if (!known.has(village)) continue;
    // A village met again before the cycle closed (a swap the chief approved, a village added) starts a new cycle.
    if (served.size === known.size || served.has(village)) served = new Set();
    served.add(village);
  }
  return served.size === known.size ? new Set() : served;
}

/** The working days of each month's slots: the month's working days cut into equal parts, one slot in each. */
function placeSlots(days: readonly string[], slots: number, length: number, random: () => number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < slots; i += 1) {
    const from = Math.floor((i * days.length) / slots);
    const to = Math.floor(((i + 1) * days.length) / slots);
    const offset = Math.floor(random() * (to - from - length + 1));
    out.push(days.slice(from + offset, from + offset + length));
  }
  return out;
}

export function buildRota(request: RotaRequest): RotaResult {
  const villages = [...new Set(request.villages)];
  const { year, slotsPerMonth, daysPerSlot } = request;
  const fromMonth = request.fromMonth ?? 1;
  if (villages.length < slotsPerMonth) return { ok: false, code: 'ROTA_TOO_FEW_VILLAGES' };
  const calendar = indexCalendar(request.calendar);
  const monthDays: string[][] = [];
  for (let month = fromMonth; month <= 12; month += 1) {
    const days = workingDaysOfMonth(year, month, calendar);
    if (days.length < slotsPerMonth * daysPerSlot) return { ok: false, code: 'ROTA_MONTH_TOO_SHORT', month };
    monthDays.push(days);
  }

  const random = seededRandom(request.seed);
  const kept = [...(request.kept ?? [])].sort((a, b) => a.month - b.month || a.index - b.index);
  const served = openCycle(villages, [...(request.history ?? []), ...kept.map((slot) => slot.villageId)]);
  const servedThisYear = new Map(villages.map((village) => [village, 0]));
  for (const slot of kept) {
    const count = servedThisYear.get(slot.villageId);
    if (count !== undefined) servedThisYear.set(slot.villageId, count + 1);
  }
  let tieBreak = new Map(villages.map((village) => [village, random()]));

  const slots: RotaSlot[] = [];
  monthDays.forEach((days, offset) => {
    const month = fromMonth + offset;
    const onDutyThisMonth = new Set<string>();
    placeSlots(days, slotsPerMonth, daysPerSlot, random).forEach((slotDays, index) => {
      if (served.size === villages.length) {
        served.clear();
        tieBreak = new Map(villages.map((village) => [village, random()]));
      }
      const rank = (village: string) => [
        servedThisYear.get(village) ?? 0,
        onDutyThisMonth.has(village) ? 1 : 0,
        tieBreak.get(village) ?? 0,
      ];
      let best: string | undefined;
      for (const village of villages) {
        if (served.has(village)) continue;
        if (best === undefined || compareRanks(rank(village), rank(best)) < 0) best = village;
      }
      // The open cycle always has a village left: it is cleared above once every village has served.
      if (best === undefined) throw new Error('rota: the open cycle has no village left');
      const villageId = best;
      served.add(villageId);
      onDutyThisMonth.add(villageId);
      servedThisYear.set(villageId, (servedThisYear.get(villageId) ?? 0) + 1);
      slots.push({ month, index, villageId, days: slotDays });
    });
  });
  return { ok: true, slots: [...kept, ...slots] };
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
