import { addMonths, NO_GROUP, shanghaiDate, shanghaiDayStart } from '@fengqiao/domain';
import { type RawBuilder, sql } from 'kysely';

/** The alias a grouped statistics query selects its key as and groups by (PostgreSQL cannot match a repeated
 * parameterised expression in GROUP BY, so the queries group by the output column). */
export const GROUP_KEY = 'grp';

/**
 * Grouping expressions of the statistics queries, the same on both engines. A provider's repository joins the
 * record's place as `j`, its parent as `jp` and its grandparent as `jg` (`placeJoins`), and groups by one of these.
 * A record not under a village (or a district) falls in the group `NO_PLACE`.
 */
export const NO_PLACE = NO_GROUP;

/** The village or community of a place: itself, or the parent of a group. */
export function villageKeySql(): RawBuilder<string> {
  return sql<string>`(case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ${NO_PLACE} end)`;
}

/** The district (片区) a place lies in: itself, its parent or its grandparent. */
export function districtKeySql(): RawBuilder<string> {
  return sql<string>`(case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else ${NO_PLACE} end)`;
}

/**
 * The Beijing hour (0–23) of an ISO UTC instant stored as text (`…THH:…Z`): its UTC hour plus eight, as text so
 * every grouping key is a string.
 */
export function beijingHourSql(column: string): RawBuilder<string> {
  return sql<string>`cast((cast(substr(${sql.ref(column)}, 12, 2) as integer) + 8) % 24 as varchar(2))`;
}

/**
 * The Shanghai month (`YYYY-MM`) of an instant within [from, to): a ladder of the Shanghai month starts, which
 * both engines evaluate on the stored text and which leaves the range predicate on the column indexable.
 */
export function shanghaiMonthSql(column: string, from: string, to: string): RawBuilder<string> {
  const months = shanghaiMonthStarts(from, to);
  const key = (month: string) => sql`cast(${month} as varchar(7))`;
  const steps = months
    .slice(1)
    .map((month, index) => sql`when ${sql.ref(column)} < ${month.at} then ${key(months[index]?.key ?? month.key)}`);
  const last = key(months[months.length - 1]?.key ?? '');
  return steps.length ? sql<string>`(case ${sql.join(steps, sql` `)} else ${last} end)` : sql<string>`${last}`;
}

/** The Shanghai months that [from, to) touches, each with the UTC instant it starts at. */
export function shanghaiMonthStarts(from: string, to: string): { key: string; at: string }[] {
  const out: { key: string; at: string }[] = [];
  const lastDay = shanghaiDate(new Date(Date.parse(to) - 1));
  for (let day = `${shanghaiDate(from).slice(0, 7)}-01`; day <= lastDay; day = addMonths(day, 1)) {
    out.push({ key: day.slice(0, 7), at: shanghaiDayStart(day).toISOString() });
  }
  return out;
}
