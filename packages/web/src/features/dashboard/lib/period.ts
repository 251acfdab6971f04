import {
  addDays,
  type KeyedPeriodKind,
  keyOfDay,
  type StatsPeriod,
  shanghaiDate,
  statsPeriodOf,
} from '@fengqiao/domain';

/** The kinds the period picker offers, in its order (a free range is for reports, not the dashboard). */
export const DASHBOARD_PERIOD_KINDS = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'ytd',
] as const satisfies readonly KeyedPeriodKind[];
export type DashboardPeriodKind = (typeof DASHBOARD_PERIOD_KINDS)[number];

/** What the dashboard shows: a period and, for a district or village view, the jurisdiction. Lives in the URL. */
export interface DashboardView {
  kind: DashboardPeriodKind;
  /** The period's key (`2026-11`, `2026-W48`…); absent: the one containing today, as the server resolves it. */
  key?: string;
  jurisdictionId?: string;
}

function isDashboardKind(value: string | null): value is DashboardPeriodKind {
  return (DASHBOARD_PERIOD_KINDS as readonly (string | null)[]).includes(value);
}

export function readDashboardView(params: URLSearchParams): DashboardView {
  const period = params.get('period');
  const kind = isDashboardKind(period) ? period : 'month';
  const view: DashboardView = { kind };
  const key = params.get('key');
  if (key && statsPeriodOf(kind, key)) view.key = key;
  const jurisdictionId = params.get('jurisdictionId')?.trim();
  if (jurisdictionId) view.jurisdictionId = jurisdictionId;
  return view;
}

export function writeDashboardView(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams({ period: view.kind });
  if (view.key) params.set('key', view.key);
  if (view.jurisdictionId) params.set('jurisdictionId', view.jurisdictionId);
  return params;
}

/** The query the server takes: the period kind, its key when one is chosen, the jurisdiction of the view. */
export function dashboardQuery(view: DashboardView): Record<string, string> {
  return Object.fromEntries(writeDashboardView(view));
}

/**
 * The key of the period before or after `period` of the same kind; null for a next period that has not begun
 * (the server refuses a period in the future). A year to date steps a whole year, to the same day.
 */
export function stepPeriodKey(period: StatsPeriod, kind: DashboardPeriodKind, step: -1 | 1, now: Date): string | null {
  const today = shanghaiDate(now);
  if (kind === 'ytd') {
    const year = Number(period.lastDay.slice(0, 4)) + step;
    const sameDay = `${year}${period.lastDay.slice(4)}`;
    const day = statsPeriodOf('day', sameDay) ? sameDay : `${year}-02-28`;
    if (day > today) return year === Number(today.slice(0, 4)) ? today : null;
    return day;
  }
  const day = step < 0 ? addDays(period.firstDay, -1) : addDays(period.lastDay, 1);
  if (day > today) return null;
  return keyOfDay(kind, day);
}
