import { type TodayBadge, type TodayGroup, todayTitle } from '@fengqiao/domain';

/** The home page's line for a record with a last day (a task, a hazard), opening the record's page under `path`. */
export function dueItem(
  row: { id: string; title: string; village_name: string | null; due_on: string | null },
  badge: TodayBadge,
  path: string,
): TodayGroup['items'][number] {
  return {
    id: row.id,
    number: null,
    title: todayTitle(row.title),
    place: row.village_name,
    dueOn: row.due_on,
    at: null,
    badges: [badge],
    link: `${path}/${row.id}`,
  };
}

/** The list page's query for a group made of true-or-absent filters (`overdue`, `dueSoon`, `mine`). */
export function flagsQuery(filters: object): Record<string, string> {
  return Object.fromEntries(Object.keys(filters).map((k) => [k, 'true']));
}

/**
 * A module's groups as the home page shows them: to its readers always, empty or not; to a caller who only owns
 * or reported records there (without the read permission) only when one of the groups holds something.
 */
export function shownGroups(reader: boolean, groups: TodayGroup[]): TodayGroup[] {
  return reader || groups.some((group) => group.total > 0) ? groups : [];
}
