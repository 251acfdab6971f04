import { addMonths, type DrillLink, MONTH_PATTERN, shanghaiDate } from '@fengqiao/domain';

/** The month a report opens on: the last one that has ended (Shanghai time), the one a meeting reviews. */
export function defaultReportMonth(now: Date = new Date()): string {
  return addMonths(`${shanghaiDate(now).slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The month in the address (`?month=2026-10`), or the default when it is missing or not a month. */
export function reportMonthFromQuery(value: string | null, now: Date = new Date()): string {
  return value && MONTH_PATTERN.test(value) ? value : defaultReportMonth(now);
}

/** The query string of the report's downloads and print page. */
export function reportQuery(month: string, townId: string | null): string {
  const query = new URLSearchParams({ month });
  if (townId) query.set('townId', townId);
  return query.toString();
}

/** Where a figure's number leads: the filtered list of exactly the records it counts. */
export function drillHref(drill: DrillLink): string {
  const query = new URLSearchParams(drill.query).toString();
  return query ? `${drill.path}?${query}` : drill.path;
}
