import { describe, expect, it } from 'vitest';
import { recordVideoPatrolResultSchema, videoPatrolScheduleSchema } from './video-patrol.schema';
import {
  isoWeekday,
  mayRetryReminder,
  reminderOutcomeStep,
  roundCompleteness,
  roundDayOf,
  roundsDueBetween,
  roundsDueOn,
  scheduledInstant,
  videoPatrolCounts,
} from './video-patrol-rules';

describe('video patrol schedule', () => {
  const daily = { id: 'daily', active: true, schedule: { kind: 'daily' as const, at: '09:00' } };
  const weekend = {
    id: 'weekend',
    active: true,
    schedule: { kind: 'weekdays' as const, weekdays: [6, 7], at: '20:00' },
  };
  const late = { id: 'late', active: true, schedule: { kind: 'daily' as const, at: '23:30' } };
  const off = { id: 'off', active: false, schedule: { kind: 'daily' as const, at: '08:00' } };

  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('gives daily plans every day and weekday plans only their weekdays; inactive plans never', () => {
    expect(roundsDueOn([daily, weekend, off], '2026-12-04').map((r) => r.planId)).toEqual(['daily']);
    expect(roundsDueOn([daily, weekend, off], '2026-12-05').map((r) => r.planId)).toEqual(['daily', 'weekend']);
    expect(roundsDueBetween([weekend], '2026-11-30', '2026-12-13')).toHaveLength(4);
  });

  it('puts a round at 23:30 Shanghai time on that Shanghai day', () => {
    const [round] = roundsDueOn([late], '2026-05-01');
    expect(round?.scheduledAt).toBe('2026-05-01T15:30:00.000Z');
    expect(roundDayOf(round?.scheduledAt ?? '')).toBe('2026-05-01');
    expect(scheduledInstant('2026-05-01', '00:10')).toBe('2026-04-30T16:10:00.000Z');
    expect(roundDayOf(scheduledInstant('2026-05-01', '00:10'))).toBe('2026-05-01');
  });

  it('refuses repeated weekdays and bad times', () => {
    expect(videoPatrolScheduleSchema.safeParse({ kind: 'weekdays', weekdays: [1, 1], at: '09:00' }).success).toBe(
      false,
    );
    expect(videoPatrolScheduleSchema.safeParse({ kind: 'daily', at: '24:00' }).success).toBe(false);
    expect(videoPatrolScheduleSchema.safeParse({ kind: 'weekdays', weekdays: [8], at: '09:00' }).success).toBe(false);
  });
});

describe('round completeness', () => {
  it('is complete when every camera has a result, ignoring other cameras', () => {
    expect(roundCompleteness(['a', 'b', 'c'], ['a', 'c'])).toEqual({
      total: 3,
      recorded: 2,
      missing: ['b'],
      complete: false,
    });
    expect(roundCompleteness(['a', 'b'], ['b', 'a', 'x']).complete).toBe(true);
    expect(roundCompleteness(['a'], ['x']).complete).toBe(false);
  });
});

describe('result body', () => {
  it('needs what a finding becomes and a note, and nothing of the kind for a normal result', () => {
    expect(recordVideoPatrolResultSchema.safeParse({ cameraId: 'c', kind: 'normal' }).success).toBe(true);
    expect(recordVideoPatrolResultSchema.safeParse({ cameraId: 'c', kind: 'finding', note: 'x' }).success).toBe(false);
    const finding = { kind: 'hazard', title: '电线老化' };
    expect(recordVideoPatrolResultSchema.safeParse({ cameraId: 'c', kind: 'finding', finding }).success).toBe(false);
    expect(
      recordVideoPatrolResultSchema.safeParse({ cameraId: 'c', kind: 'finding', note: '电线', finding }).success,
    ).toBe(true);
    expect(recordVideoPatrolResultSchema.safeParse({ cameraId: 'c', kind: 'normal', finding }).success).toBe(false);
  });
});

describe('reminder outcomes', () => {
  it('records an outcome once, from pending', () => {
    expect(reminderOutcomeStep('pending', 'resolved')).toEqual({ ok: true, state: 'resolved' });
    expect(reminderOutcomeStep('pending', 'no_answer')).toEqual({ ok: true, state: 'no_answer' });
    for (const state of ['resolved', 'no_answer', 'referred'] as const) {
      expect(reminderOutcomeStep(state, 'resolved')).toEqual({ ok: false, code: 'VIDEO_REMINDER_OUTCOME_RECORDED' });
    }
  });

  it('retries only a reminder without an answer, once', () => {
    expect(mayRetryReminder('no_answer', false)).toBe(true);
    expect(mayRetryReminder('no_answer', true)).toBe(false);
    expect(mayRetryReminder('pending', false)).toBe(false);
    expect(mayRetryReminder('resolved', false)).toBe(false);
    expect(mayRetryReminder('referred', false)).toBe(false);
  });
});

describe('daily and weekly counts', () => {
  const input = {
    rounds: [{ day: '2026-11-30' }, { day: '2026-11-30' }, { day: '2026-12-06' }, { day: '2026-12-07' }],
    findings: [{ day: '2026-11-30' }, { day: '2026-12-07' }],
    reminders: [
      { day: '2026-11-30', state: 'resolved' as const },
      { day: '2026-12-06', state: 'no_answer' as const },
      { day: '2026-12-07', state: 'pending' as const },
    ],
  };

  it('counts per Shanghai day', () => {
    const days = videoPatrolCounts(input, 'day');
    expect(days.map((d) => d.key)).toEqual(['2026-11-30', '2026-12-06', '2026-12-07']);
    expect(days[0]).toMatchObject({ rounds: 2, findings: 1, reminders: { resolved: 1, pending: 0 } });
  });

  it('counts per ISO week (Monday to Sunday)', () => {
    const weeks = videoPatrolCounts(input, 'week');
    expect(weeks.map((w) => w.key)).toEqual(['2026-W49', '2026-W50']);
    expect(weeks[0]).toMatchObject({ rounds: 3, findings: 1, reminders: { resolved: 1, no_answer: 1 } });
    expect(weeks[1]).toMatchObject({ rounds: 1, findings: 1, reminders: { pending: 1 } });
  });
});
