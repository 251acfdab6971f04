import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIT_PLANS, nextVisitDue, visitDaysOverdue, visitStatus } from './visit-schedule';

describe('visit schedules per level', () => {
  it('defaults to weekly, monthly and quarterly for levels 1, 2 and 3', () => {
    expect(DEFAULT_VISIT_PLANS).toEqual({ high: 'weekly', medium: 'monthly', low: 'quarterly' });
  });

  it('counts the next visit from the last one, per plan', () => {
    expect(nextVisitDue('2026-11-02', 'weekly', '2026-01-01')).toBe('2026-11-09');
    expect(nextVisitDue('2026-11-02', 'monthly', '2026-01-01')).toBe('2026-12-02');
    expect(nextVisitDue('2026-11-02', 'quarterly', '2026-01-01')).toBe('2027-02-02');
    expect(nextVisitDue('2026-01-31', 'monthly', '2026-01-01')).toBe('2026-02-28');
  });

  it('counts from the day under control when nobody has visited yet, or when the level changed after the visit', () => {
    expect(nextVisitDue(null, 'weekly', '2026-11-20')).toBe('2026-11-27');
    expect(nextVisitDue('2026-08-01', 'weekly', '2026-11-20')).toBe('2026-11-27');
  });

  it('is overdue only after the due day, and due soon in its last three days', () => {
    expect(visitStatus('2026-11-30', '2026-11-30')).toBe('due_soon');
    expect(visitStatus('2026-11-30', '2026-12-01')).toBe('overdue');
    expect(visitStatus('2026-11-30', '2026-11-27')).toBe('due_soon');
    expect(visitStatus('2026-11-30', '2026-11-26')).toBe('on_schedule');
    expect(visitDaysOverdue('2026-11-30', '2026-12-03')).toBe(3);
    expect(visitDaysOverdue('2026-11-30', '2026-11-30')).toBe(0);
  });
});
