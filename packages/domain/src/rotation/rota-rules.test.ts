import { describe, expect, it } from 'vitest';
import { checkInProblems, decisionProblems, type SlotFacts, swapProblems } from './rota-rules';

const slot = (id: string, month: number, villageId: string, first: string): SlotFacts => ({
  id,
  year: 2026,
  month,
  villageId,
  days: [first],
});
const a = slot('a', 12, 'v1', '2026-12-07');
const b = slot('b', 12, 'v2', '2026-12-14');
const c = slot('c', 11, 'v3', '2026-11-09');
const janD = slot('d', 1, 'v2', '2027-01-11');
const janE = slot('e', 1, 'v1', '2027-01-18');
const all = [a, b, c, janD, janE];
const villagesOfMonth = (year: number, month: number) =>
  all.filter((s) => s.year === year && s.month === month).map((s) => ({ slotId: s.id, villageId: s.villageId }));
const today = '2026-11-29';

describe('swap rules', () => {
  it('lets two future turns of a month exchange', () => {
    expect(swapProblems({ kind: 'exchange', slot: a, other: b, villagesOfMonth, today })).toEqual([]);
  });

  it('refuses a turn that has begun, the same turn twice or no other turn', () => {
    expect(swapProblems({ kind: 'exchange', slot: a, other: b, villagesOfMonth, today: '2026-12-07' })).toEqual([
      'ROTA_SLOT_STARTED',
    ]);
    expect(swapProblems({ kind: 'exchange', slot: a, other: a, villagesOfMonth, today })).toEqual([
      'ROTA_SWAP_SAME_SLOT',
    ]);
    expect(swapProblems({ kind: 'exchange', slot: a, villagesOfMonth, today })).toEqual([
      'ROTA_SWAP_OTHER_SLOT_REQUIRED',
    ]);
  });

  it('refuses an exchange across months that puts a village on duty twice in one of them', () => {
    const janOther = { ...janD, year: 2026, month: 12, id: 'x', villageId: 'v9' };
    expect(swapProblems({ kind: 'exchange', slot: a, other: janD, villagesOfMonth, today })).toEqual([
      'ROTA_SWAP_MONTH_CLASH',
    ]);
    expect(swapProblems({ kind: 'exchange', slot: b, other: janOther, villagesOfMonth, today })).toEqual([]);
  });

  it('needs the person standing in for a replacement, before the turn begins', () => {
    expect(swapProblems({ kind: 'replace', slot: a, villagesOfMonth, today })).toEqual([
      'ROTA_SWAP_REPLACEMENT_REQUIRED',
    ]);
    expect(
      swapProblems({ kind: 'replace', slot: c, replacementPersonId: 'p', villagesOfMonth, today: '2026-11-09' }),
    ).toEqual(['ROTA_SLOT_STARTED']);
    expect(swapProblems({ kind: 'replace', slot: a, replacementPersonId: 'p', villagesOfMonth, today })).toEqual([]);
  });

  it('decides a request once', () => {
    expect(decisionProblems('pending')).toEqual([]);
    expect(decisionProblems('approved')).toEqual(['ROTA_SWAP_NOT_PENDING']);
    expect(decisionProblems('refused')).toEqual(['ROTA_SWAP_NOT_PENDING']);
  });
});

describe('check-in rules', () => {
  const days = ['2026-11-25', '2026-11-26', '2026-11-27'];
  it('records a day of the turn, not another day and not ahead of time', () => {
    expect(checkInProblems(days, '2026-11-26', today)).toEqual([]);
    expect(checkInProblems(days, '2026-11-24', today)).toEqual(['ROTA_CHECKIN_OUTSIDE_SLOT']);
    expect(checkInProblems(days, '2026-11-27', '2026-11-26')).toEqual(['TIME_IN_FUTURE']);
  });
});
