/**
 * How often a key person is visited: a plan per control level, a town setting (weekly, monthly, quarterly by
 * default), and the rules turning the last visit into the day the next one is due and a status. All days are
 * Shanghai calendar days (YYYY-MM-DD): a visit at 23:30 Beijing time counts for that day, not the next.
 */

import type { Label } from '../disputes/dispute-dictionaries';
import { addDays, addMonths, daysBetween } from '../shared/shanghai-time';
import type { KeyPersonLevel } from './key-person-categories';

export const VISIT_INTERVALS = ['weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly'] as const;
export type VisitInterval = (typeof VISIT_INTERVALS)[number];

export const VISIT_INTERVAL_LABELS: Record<VisitInterval, Label> = {
  weekly: { zh: '每周一次', en: 'Weekly' },
  biweekly: { zh: '每两周一次', en: 'Every two weeks' },
  monthly: { zh: '每月一次', en: 'Monthly' },
  bimonthly: { zh: '每两月一次', en: 'Every two months' },
  quarterly: { zh: '每季度一次', en: 'Quarterly' },
};

export type VisitPlans = Record<KeyPersonLevel, VisitInterval>;

/** The plan a town starts with, until someone holding keyperson.approve changes it. */
export const DEFAULT_VISIT_PLANS: VisitPlans = { high: 'weekly', medium: 'monthly', low: 'quarterly' };

/** The last day on which a visit is still on time, counted from `from` (a month is a calendar month). */
export function visitDeadline(from: string, interval: VisitInterval): string {
  switch (interval) {
    case 'weekly':
      return addDays(from, 7);
    case 'biweekly':
      return addDays(from, 14);
    case 'monthly':
      return addMonths(from, 1);
    case 'bimonthly':
      return addMonths(from, 2);
    case 'quarterly':
      return addMonths(from, 3);
  }
}

/**
 * The day the next visit is due. It counts from the last visit, but never from before `since` (the day the person
 * was placed under control or their level last changed): a person raised to level 1 is due a week after the change,
 * not at once because of an old visit under the quarterly plan.
 */
export function nextVisitDue(lastVisit: string | null, interval: VisitInterval, since: string): string {
  const from = lastVisit && lastVisit > since ? lastVisit : since;
  return visitDeadline(from, interval);
}

/** Days before the due day from which a visit shows as due soon. */
export const VISIT_DUE_SOON_DAYS = 3;

export const VISIT_STATUSES = ['on_schedule', 'due_soon', 'overdue'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_STATUS_LABELS: Record<VisitStatus, Label> = {
  on_schedule: { zh: '按期', en: 'On schedule' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '走访逾期', en: 'Visit overdue' },
};

/** Overdue once the due day has passed (the due day itself is still on time); due soon within the last days. */
export function visitStatus(due: string, today: string): VisitStatus {
  if (today > due) return 'overdue';
  return daysBetween(today, due) <= VISIT_DUE_SOON_DAYS ? 'due_soon' : 'on_schedule';
}

/** Whole days a visit is overdue (0 while it is not). */
export function visitDaysOverdue(due: string, today: string): number {
  return today > due ? daysBetween(due, today) : 0;
}
