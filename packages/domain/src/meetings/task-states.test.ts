import { describe, expect, it } from 'vitest';
import { TASK_ACTIONS, TASK_STATES, taskActions, taskDeadlineStatus, taskInputProblem, taskStep } from './task-states';

const OWNER = { owner: true, assigner: false };
const ASSIGNER = { owner: false, assigner: true };
const BOTH = { owner: true, assigner: true };
const NEITHER = { owner: false, assigner: false };

describe('the life of a task', () => {
  it('goes open → done by the owner → confirmed by the assigner', () => {
    expect(taskStep('open', 'done', OWNER)).toEqual({ ok: true, to: 'done' });
    expect(taskStep('done', 'confirm', ASSIGNER)).toEqual({ ok: true, to: 'confirmed' });
  });

  it('lets the assigner send a done task back, and cancel an open or done one', () => {
    expect(taskStep('done', 'reopen', ASSIGNER)).toEqual({ ok: true, to: 'open' });
    expect(taskStep('open', 'cancel', ASSIGNER)).toEqual({ ok: true, to: 'cancelled' });
    expect(taskStep('done', 'cancel', ASSIGNER)).toEqual({ ok: true, to: 'cancelled' });
    expect(taskStep('confirmed', 'cancel', ASSIGNER)).toEqual({ ok: false, code: 'TASK_STATE_INVALID' });
  });

  it('keeps feedback and done to the owner side, whatever the state', () => {
    expect(taskStep('open', 'feedback', ASSIGNER)).toEqual({ ok: false, code: 'TASK_NOT_OWNER' });
    expect(taskStep('confirmed', 'feedback', NEITHER)).toEqual({ ok: false, code: 'TASK_NOT_OWNER' });
    expect(taskStep('open', 'done', ASSIGNER)).toEqual({ ok: false, code: 'TASK_NOT_OWNER' });
    expect(taskStep('open', 'feedback', OWNER)).toEqual({ ok: true, to: null });
    expect(taskStep('done', 'feedback', OWNER)).toEqual({ ok: false, code: 'TASK_STATE_INVALID' });
  });

  it('keeps confirm, reopen, edit and cancel to the assigning side', () => {
    for (const action of ['confirm', 'reopen', 'edit', 'cancel'] as const) {
      expect(taskStep('done', action, OWNER)).toEqual({ ok: false, code: 'TASK_NOT_ASSIGNER' });
    }
  });

  it('offers exactly the actions a step would allow', () => {
    for (const state of TASK_STATES) {
      for (const sides of [OWNER, ASSIGNER, BOTH, NEITHER]) {
        const offered = taskActions(state, sides);
        for (const action of TASK_ACTIONS) expect(offered.includes(action)).toBe(taskStep(state, action, sides).ok);
      }
    }
    expect(taskActions('open', BOTH)).toEqual(['feedback', 'done', 'cancel', 'edit']);
    expect(taskActions('confirmed', BOTH)).toEqual([]);
  });
});

describe('a task deadline as the owner reads it', () => {
  it('is due today through 23:59 Beijing time of the last day and overdue from the next day', () => {
    const task = { state: 'open' as const, dueOn: '2026-12-07' };
    expect(taskDeadlineStatus(task, '2026-12-04T02:00:00Z')).toEqual({
      kind: 'remaining',
      days: 3,
      lastDay: '2026-12-07',
    });
    expect(taskDeadlineStatus(task, '2026-12-06T16:00:00Z')).toEqual({ kind: 'today', lastDay: '2026-12-07' });
    expect(taskDeadlineStatus(task, '2026-12-07T15:59:59Z')).toEqual({ kind: 'today', lastDay: '2026-12-07' });
    expect(taskDeadlineStatus(task, '2026-12-07T16:00:00Z')).toEqual({
      kind: 'overdue',
      days: 1,
      lastDay: '2026-12-07',
    });
    expect(taskDeadlineStatus(task, '2026-12-10T03:00:00Z')).toMatchObject({ kind: 'overdue', days: 3 });
  });

  it('has no status once the owner reported it done, or it was confirmed or cancelled', () => {
    for (const state of ['done', 'confirmed', 'cancelled'] as const) {
      expect(taskDeadlineStatus({ state, dueOn: '2026-01-01' }, '2026-12-10T03:00:00Z')).toEqual({ kind: 'none' });
    }
  });
});

describe('the input of a new task', () => {
  const meeting = { meetingDay: '2026-12-03', today: '2026-12-05' };
  const owner = { kind: 'user' as const, id: 'u1' };

  it('requires an owner and a deadline, in that order', () => {
    expect(taskInputProblem({}, meeting)).toBe('TASK_OWNER_REQUIRED');
    expect(taskInputProblem({ dueOn: '2026-12-10' }, meeting)).toBe('TASK_OWNER_REQUIRED');
    expect(taskInputProblem({ owner }, meeting)).toBe('TASK_DEADLINE_REQUIRED');
  });

  it('refuses a deadline before the meeting day, and without a meeting one before today', () => {
    expect(taskInputProblem({ owner, dueOn: '2026-12-02' }, meeting)).toBe('TASK_DEADLINE_BEFORE_MEETING');
    expect(taskInputProblem({ owner, dueOn: '2026-12-03' }, meeting)).toBeNull();
    // A meeting's task may carry a deadline already past when the minutes are written up late.
    expect(taskInputProblem({ owner, dueOn: '2026-12-04' }, meeting)).toBeNull();
    expect(taskInputProblem({ owner, dueOn: '2026-12-04' }, { meetingDay: null, today: '2026-12-05' })).toBe(
      'TASK_DEADLINE_PAST',
    );
    expect(taskInputProblem({ owner, dueOn: '2026-12-05' }, { meetingDay: null, today: '2026-12-05' })).toBeNull();
  });

  it('refuses a deadline more than a year and a day ahead, a mistyped year', () => {
    expect(taskInputProblem({ owner, dueOn: '2027-12-06' }, meeting)).toBeNull();
    expect(taskInputProblem({ owner, dueOn: '2027-12-07' }, meeting)).toBe('TASK_DEADLINE_TOO_FAR');
    expect(taskInputProblem({ owner, dueOn: '2062-12-05' }, { meetingDay: null, today: '2026-12-05' })).toBe(
      'TASK_DEADLINE_TOO_FAR',
    );
  });
});
