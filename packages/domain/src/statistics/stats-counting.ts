/**
 * The counting rules of statistics without a database: which period a record falls in and under which group. The
 * server's providers count the same in SQL; its tests hold the two against each other.
 */
import { type Instant, SHANGHAI_OFFSET_MS, shanghaiDate, toDate } from '../shared/shanghai-time';
import type { StatsDimension } from './stats.schema';
import { keyOfDay, type StatsPeriod, statsPeriodOf } from './stats-periods';

/** A record as statistics sees it: when it happened and the groups it belongs to. */
export interface CountedRecord {
  at: Instant;
  classCode?: string | null | undefined;
  category?: string | null | undefined;
  risk?: string | null | undefined;
  /** The village or community of its place (a group's village); null when it is not in one. */
  villageId?: string | null | undefined;
  districtId?: string | null | undefined;
}

/** The group of records in no village or district. */
export const NO_GROUP = 'none';

/** The hour of the day (0–23) of an instant in Beijing time. */
export function beijingHour(instant: Instant): number {
  return new Date(toDate(instant).getTime() + SHANGHAI_OFFSET_MS).getUTCHours();
}

/** Whether an instant lies in a period: from its first Shanghai midnight (inclusive) to the one after (exclusive). */
export function inPeriod(instant: Instant, period: Pick<StatsPeriod, 'from' | 'to'>): boolean {
  const time = toDate(instant).getTime();
  return time >= Date.parse(period.from) && time < Date.parse(period.to);
}

/** The records in a period, in total (key `''`) or per group of a dimension; a group without records is absent. */
export function countRecords(
  records: readonly CountedRecord[],
  period: Pick<StatsPeriod, 'from' | 'to'>,
  dimension?: StatsDimension,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!inPeriod(record.at, period)) continue;
    const key = dimension ? groupOf(record, dimension) : '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function groupOf(record: CountedRecord, dimension: StatsDimension): string {
  switch (dimension) {
    case 'class':
      return record.classCode ?? NO_GROUP;
    case 'category':
      return record.category ?? NO_GROUP;
    case 'risk':
      return record.risk ?? NO_GROUP;
    case 'village':
      return record.villageId ?? NO_GROUP;
    case 'district':
      return record.districtId ?? NO_GROUP;
    case 'hour':
      return String(beijingHour(record.at));
    case 'month':
      return keyOfDay('month', new Date(toDate(record.at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10));
  }
}

/**
 * The total of a grouped count: every counted record falls in exactly one group (a record without one in `NO_GROUP`),
 * so the groups of a dimension add up to the count of the same records ungrouped.
 */
export function totalOfGroups(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/**
 * The count of a range from the same records counted by month over a wider span: only when the range is exactly one
 * Shanghai month lying wholly inside the span (its bucket then holds every record of the range and no other); else
 * undefined, and the range must be counted on its own.
 */
export function countOfMonth(
  byMonth: ReadonlyMap<string, number>,
  span: Pick<StatsPeriod, 'from' | 'to'>,
  range: Pick<StatsPeriod, 'from' | 'to'>,
): number | undefined {
  const month = statsPeriodOf('month', keyOfDay('month', shanghaiDate(range.from)));
  if (!month || month.from !== range.from || month.to !== range.to) return undefined;
  if (Date.parse(month.from) < Date.parse(span.from) || Date.parse(month.to) > Date.parse(span.to)) return undefined;
  return byMonth.get(month.key) ?? 0;
}

/**
 * One grouping of a count grouped by a pair (keys `first|second`): each group of that side is the sum over the other,
 * as every record falls in exactly one pair.
 */
export function groupsOfPairs(pairs: ReadonlyMap<string, number>, side: 'first' | 'second'): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, count] of pairs) {
    const cut = key.indexOf('|');
    const group = side === 'first' ? key.slice(0, cut) : key.slice(cut + 1);
    out.set(group, (out.get(group) ?? 0) + count);
  }
  return out;
}
