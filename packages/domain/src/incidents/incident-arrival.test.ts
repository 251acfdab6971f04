import { describe, expect, it } from 'vitest';
import { arrivalDeadline, arrivalOf } from './incident-arrival';

describe('arrival against the target', () => {
  const receivedAt = '2026-11-29T15:50:00Z';

  it('is on time up to the target minute and late after it', () => {
    expect(arrivalOf({ receivedAt, arrivedAt: '2026-11-29T16:20:00Z', arrivalTargetMinutes: 30 })).toEqual({
      status: 'on_time',
      minutes: 30,
      late: false,
    });
    expect(arrivalOf({ receivedAt, arrivedAt: '2026-11-29T16:21:00Z', arrivalTargetMinutes: 30 })).toEqual({
      status: 'late',
      minutes: 31,
      late: true,
    });
  });

  it('counts an incident nobody reached yet as late once the target passed', () => {
    const facts = { receivedAt, arrivedAt: null, arrivalTargetMinutes: 30 };
    expect(arrivalOf(facts, new Date('2026-11-29T16:10:00Z')).status).toBe('awaiting');
    expect(arrivalOf(facts, new Date('2026-11-29T16:40:00Z'))).toEqual({ status: 'overdue', minutes: 50, late: true });
    expect(arrivalOf({ ...facts, closedWithoutArrival: true }).status).toBe('not_required');
  });

  it('gives the instant a list compares with: the first at which arrivalOf counts an incident not reached as late', () => {
    const deadline = arrivalDeadline(receivedAt, 45);
    expect(deadline).toBe('2026-11-29T16:36:00.000Z');
    const justBefore = new Date(Date.parse(deadline) - 1);
    expect(arrivalOf({ receivedAt, arrivedAt: null, arrivalTargetMinutes: 45 }, justBefore).late).toBe(false);
    expect(arrivalOf({ receivedAt, arrivedAt: null, arrivalTargetMinutes: 45 }, deadline).late).toBe(true);
  });
});
