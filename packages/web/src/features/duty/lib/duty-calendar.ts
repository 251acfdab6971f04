import type { DutyCalendar, DutyType } from '@fengqiao/domain';

export interface DutyDay {
  total: number;
  counts: { type: DutyType; count: number }[];
}

/** The calendar's days by `YYYY-MM-DD`, for looking up a cell as antd's Calendar renders it. */
export function dutyDaysByDate(calendar: DutyCalendar | undefined): Map<string, DutyDay> {
  return new Map((calendar?.days ?? []).map((day) => [day.day, { total: day.total, counts: day.counts }]));
}

/** The month's entries in total and per type, for the line above the calendar. */
export function dutyMonthTotals(calendar: DutyCalendar | undefined): DutyDay {
  const byType = new Map<DutyType, number>();
  let total = 0;
  for (const day of calendar?.days ?? []) {
    total += day.total;
    for (const { type, count } of day.counts) byType.set(type, (byType.get(type) ?? 0) + count);
  }
  return { total, counts: [...byType.entries()].map(([type, count]) => ({ type, count })) };
}
