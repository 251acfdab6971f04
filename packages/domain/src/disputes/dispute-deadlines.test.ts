import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../shared/shanghai-time';
import {
  DEADLINE_RUNNING_STATES,
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  deadlineDays,
  deadlineFor,
  dueReminder,
  isDeadlineRunning,
  isOverdue,
  overdueFlag,
  reminderTimes,
} from './dispute-deadlines';
import { DISPUTE_COMPLEXITIES, DISPUTE_TIERS } from './dispute-dictionaries';
import { DISPUTE_STATES } from './dispute-states';

describe('deadlineDays', () => {
  it('defaults to simple 1, general 7, complex 20 days at every tier', () => {
    for (const tier of DISPUTE_TIERS) {
      expect(deadlineDays(tier, 'simple')).toBe(1);
      expect(deadlineDays(tier, 'general')).toBe(7);
      expect(deadlineDays(tier, 'complex')).toBe(20);
    }
  });

  it('reads the settings, per tier', () => {
    const settings: DeadlineSettings = {
      days: { ...DEFAULT_DEADLINE_SETTINGS.days, taskforce: { simple: 3, general: 10, complex: 30 } },
    };
    expect(deadlineDays('taskforce', 'complex', settings)).toBe(30);
    expect(deadlineDays('village', 'complex', settings)).toBe(20);
  });

  it('rejects settings that are not whole days', () => {
    const bad = (days: number): DeadlineSettings => ({
      days: { ...DEFAULT_DEADLINE_SETTINGS.days, village: { simple: days, general: 7, complex: 20 } },
    });
    expect(() => deadlineDays('village', 'simple', bad(-1))).toThrow(RangeError);
    expect(() => deadlineDays('village', 'simple', bad(1.5))).toThrow(RangeError);
    expect(() => deadlineDays('village', 'simple', bad(Number.NaN))).toThrow(RangeError);
  });
});

describe('deadlineFor', () => {
  it('ends at 24:00 Shanghai time on the N-th day after the day the case entered the tier', () => {
    // 10:00 on 10 March in Shanghai.
    expect(deadlineFor('2026-03-10T02:00:00Z', 'village', 'simple')).toBe('2026-03-11T16:00:00.000Z');
    expect(deadlineFor('2026-03-10T02:00:00Z', 'town', 'general')).toBe('2026-03-17T16:00:00.000Z');
    expect(deadlineFor('2026-03-10T02:00:00Z', 'taskforce', 'complex')).toBe('2026-03-30T16:00:00.000Z');
  });

  it('counts the day in Shanghai, not in UTC', () => {
    // 23:30 UTC on 9 March is 07:30 on 10 March in Shanghai: the same day as above.
    expect(deadlineFor('2026-03-09T23:30:00Z', 'village', 'simple')).toBe('2026-03-11T16:00:00.000Z');
    // 15:59 UTC on 10 March is 23:59 in Shanghai, still the 10th; one minute later it is the 11th.
    expect(deadlineFor('2026-03-10T15:59:00Z', 'village', 'simple')).toBe('2026-03-11T16:00:00.000Z');
    expect(deadlineFor('2026-03-10T16:00:00Z', 'village', 'simple')).toBe('2026-03-12T16:00:00.000Z');
  });

  it('accepts instants with an offset and Dates', () => {
    expect(deadlineFor('2026-03-10T10:00:00+08:00', 'village', 'simple')).toBe('2026-03-11T16:00:00.000Z');
    expect(deadlineFor(new Date('2026-03-10T02:00:00Z'), 'village', 'simple')).toBe('2026-03-11T16:00:00.000Z');
  });

  it('crosses months and leap days', () => {
    expect(deadlineFor('2028-02-20T02:00:00Z', 'village', 'general')).toBe('2028-02-27T16:00:00.000Z');
    expect(deadlineFor('2028-02-25T02:00:00Z', 'village', 'general')).toBe('2028-03-03T16:00:00.000Z');
    expect(deadlineFor('2026-12-30T02:00:00Z', 'village', 'general')).toBe('2027-01-06T16:00:00.000Z');
  });

  it('with 0 days, is the end of the same day', () => {
    const settings: DeadlineSettings = {
      days: { ...DEFAULT_DEADLINE_SETTINGS.days, village: { simple: 0, general: 7, complex: 20 } },
    };
    expect(deadlineFor('2026-03-10T02:00:00Z', 'village', 'simple', settings)).toBe('2026-03-10T16:00:00.000Z');
  });

  it('property: always a Shanghai midnight, between N and N + 1 days after entering', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...DISPUTE_TIERS),
        fc.constantFrom(...DISPUTE_COMPLEXITIES),
        (entered, tier, complexity) => {
          const deadline = new Date(deadlineFor(entered, tier, complexity));
          expect(deadline.toISOString().slice(11)).toBe('16:00:00.000Z');
          const days = deadlineDays(tier, complexity);
          const elapsed = (deadline.getTime() - entered.getTime()) / 86_400_000;
          expect(elapsed).toBeGreaterThan(days);
          expect(elapsed).toBeLessThanOrEqual(days + 1);
        },
      ),
    );
  });
});

describe('isOverdue', () => {
  const deadline = '2026-03-11T16:00:00.000Z';

  it('is false up to and at the deadline, true after it', () => {
    expect(isOverdue(deadline, '2026-03-11T15:59:59.999Z')).toBe(false);
    expect(isOverdue(deadline, '2026-03-11T16:00:00.000Z')).toBe(false);
    expect(isOverdue(deadline, '2026-03-11T16:00:00.001Z')).toBe(true);
    expect(isOverdue(deadline, new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('is false without a deadline', () => {
    expect(isOverdue(null, '2026-03-11T16:00:00Z')).toBe(false);
    expect(isOverdue(undefined)).toBe(false);
  });

  it('defaults "now" to the current time', () => {
    expect(isOverdue('2000-01-01T00:00:00Z')).toBe(true);
    expect(isOverdue('2999-01-01T00:00:00Z')).toBe(false);
  });
});

describe('the clock and the overdue flag', () => {
  it('runs while a tier is working the case, and stops once it is resolved, diverted or with the county', () => {
    expect(DISPUTE_STATES.filter(isDeadlineRunning)).toEqual(DEADLINE_RUNNING_STATES);
    for (const state of ['RESOLVED', 'FOLLOW_UP', 'CLOSED', 'DIVERTED', 'ESCALATED_COUNTY'] as const) {
      expect(isDeadlineRunning(state)).toBe(false);
    }
  });

  it('raises the flag while the clock runs and keeps it after the clock stops', () => {
    const deadline = '2026-03-11T16:00:00.000Z';
    const late = '2026-03-12T00:00:00Z';
    expect(overdueFlag(false, 'VILLAGE_HANDLING', deadline, late)).toBe(true);
    expect(overdueFlag(false, 'VILLAGE_HANDLING', deadline, '2026-03-11T00:00:00Z')).toBe(false);
    expect(overdueFlag(false, 'FOLLOW_UP', deadline, late)).toBe(false);
    expect(overdueFlag(true, 'FOLLOW_UP', deadline, late)).toBe(true);
    expect(overdueFlag(false, 'ASSIGNED', null, late)).toBe(false);
  });
});

describe('reminderTimes', () => {
  const deadline = '2026-03-17T16:00:00.000Z';

  it('defaults to one day before and at the deadline', () => {
    expect(reminderTimes(deadline)).toEqual(['2026-03-16T16:00:00.000Z', '2026-03-17T16:00:00.000Z']);
  });

  it('takes any offsets in hours, sorts them and drops duplicates', () => {
    expect(reminderTimes(deadline, [0, 72, 2, 72])).toEqual([
      '2026-03-14T16:00:00.000Z',
      '2026-03-17T14:00:00.000Z',
      '2026-03-17T16:00:00.000Z',
    ]);
    expect(reminderTimes(deadline, [0.5])).toEqual(['2026-03-17T15:30:00.000Z']);
    expect(reminderTimes(deadline, [])).toEqual([]);
  });

  it('drops reminders that would fall before the case entered the tier', () => {
    const entered = '2026-03-17T01:00:00Z';
    expect(reminderTimes(deadline, [24, 0], entered)).toEqual(['2026-03-17T16:00:00.000Z']);
  });

  it('rejects negative or non-finite offsets', () => {
    expect(() => reminderTimes(deadline, [-1])).toThrow(RangeError);
    expect(() => reminderTimes(deadline, [Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('puts the 24-hour reminder at the start of the last day, Shanghai time', () => {
    const [before] = reminderTimes(deadlineFor('2026-03-10T02:00:00Z', 'village', 'general'));
    expect(shanghaiDate(before!)).toBe('2026-03-17');
  });
});

describe('dueReminder', () => {
  const deadline = '2026-03-17T16:00:00.000Z';

  it('is null before the first threshold', () => {
    expect(dueReminder(deadline, '2026-03-16T15:59:59Z')).toBeNull();
  });

  it('is the 24-hour reminder between the thresholds', () => {
    expect(dueReminder(deadline, '2026-03-16T20:00:00Z')).toBe('2026-03-16T16:00:00.000Z');
  });

  it('is only the latest threshold reached, however long ago the earlier ones passed', () => {
    expect(dueReminder(deadline, deadline)).toBe(deadline);
    expect(dueReminder(deadline, '2027-07-17T16:00:00Z')).toBe(deadline);
  });

  it('skips thresholds before the case entered the tier', () => {
    expect(dueReminder(deadline, '2026-03-17T10:00:00Z', [24, 0], '2026-03-17T01:00:00Z')).toBeNull();
  });
});
