/**
 * Anti-fraud rules without I/O (反诈, domain.md §8): which base and which install count stand on a day, the
 * coverage they give in % with its change in 百分点 (through the shared rate helpers, never a second formula),
 * the validation of install counts and case amounts, money in integer fen, and the days since the last case.
 */
import { daysBetween } from '../shared/shanghai-time';
import { type RateComparison, rateChangePoints } from '../shared/stats';
import { ratePercent } from '../statistics/stats-figures';

/** Largest amount in fen: 2^31 − 1, what an integer column holds on both engines (¥21,474,836.47). */
export const MAX_FEN = 2_147_483_647;

/** A dated value of a village's history: a base effective from `day`, or an install count taken on `day`. */
export interface Dated {
  day: string;
}

/** The entry standing on `day`: the latest whose day is on or before it (null before the first). */
export function standingOn<T extends Dated>(history: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const entry of history) {
    if (entry.day <= day && (!found || entry.day > found.day)) found = entry;
  }
  return found;
}

export interface CoverageFigure {
  installs: number;
  base: number;
  /** One decimal; null without a base. */
  percent: number | null;
}

/** installs ÷ base in % (one decimal, half up), as every rate of the statistics. */
export function coverageFigure(installs: number, base: number): CoverageFigure {
  return { installs, base, percent: ratePercent(installs, base) };
}

/** The change between two coverages in 百分点; null when either has no base (a rate over nothing is not 0 %). */
export function coverageChange(current: CoverageFigure, before: CoverageFigure): RateComparison | null {
  if (current.percent === null || before.percent === null) return null;
  return rateChangePoints(current.percent, before.percent);
}

export type AntifraudProblem =
  | 'ANTIFRAUD_INSTALLS_ABOVE_BASE'
  | 'ANTIFRAUD_BASE_MISSING'
  | 'ANTIFRAUD_BASE_BELOW_INSTALLS'
  | 'FRAUD_RECOVERED_ABOVE_LOST';

/** An install count must stand against a base and cannot exceed it. */
export function installsProblem(installs: number, base: number | null): AntifraudProblem | null {
  if (base === null) return 'ANTIFRAUD_BASE_MISSING';
  return installs > base ? 'ANTIFRAUD_INSTALLS_ABOVE_BASE' : null;
}

/** A new base cannot fall below the installs already counted while it stands. */
export function baseProblem(base: number, highestInstalls: number | null): AntifraudProblem | null {
  return highestInstalls !== null && highestInstalls > base ? 'ANTIFRAUD_BASE_BELOW_INSTALLS' : null;
}

/** More cannot be recovered than was lost. */
export function caseAmountsProblem(lostFen: number, recoveredFen: number): AntifraudProblem | null {
  return recoveredFen > lostFen ? 'FRAUD_RECOVERED_ABOVE_LOST' : null;
}

/**
 * Whole Shanghai days from the last case's day to today: a case today is 0, yesterday 1; null when no case was
 * ever recorded (never a made-up 0). A case dated after today counts as today's.
 */
export function daysSinceLastCase(lastCaseDay: string | null, today: string): number | null {
  if (lastCaseDay === null) return null;
  return Math.max(0, daysBetween(lastCaseDay, today));
}

/** `1234.5` or `1234.56` yuan as typed into a form, to integer fen, without floating point; null if not money. */
export function yuanToFen(text: string): number | null {
  const match = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen <= MAX_FEN ? fen : null;
}

/** Integer fen as yuan with two decimals: 123456 → `1234.56`. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
