import type { TodayBadge, TodayGroup, TodayLink, TodayModule } from '@fengqiao/domain';

/** A group's list link as a router path with its query, e.g. `/disputes?mine=true&open=true&overdue=true`. */
export function todayHref(link: TodayLink): string {
  const query = new URLSearchParams(Object.entries(link.query)).toString();
  return query ? `${link.path}?${query}` : link.path;
}

/** The groups with something in them (shown as cards) and the ones checked and clear (named in one quiet line). */
export function splitTodayGroups(groups: readonly TodayGroup[]): { busy: TodayGroup[]; clear: TodayGroup[] } {
  return { busy: groups.filter((g) => g.total > 0), clear: groups.filter((g) => g.total === 0) };
}

/** How many records the group holds beyond those shown: the "查看全部" link appears only then. */
export function hiddenCount(group: TodayGroup): number {
  return Math.max(0, group.total - group.items.length);
}

/** What an item's instant (`at`) means in each module; a deadline's last day (`dueOn`) is always 期限. */
export const TODAY_TIME_KEYS = {
  tasks: 'home.at',
  disputes: 'home.at',
  incidents: 'home.arriveBy',
  meetings: 'home.startsAt',
  hazards: 'home.at',
  key_persons: 'home.at',
  video_patrols: 'home.at',
} as const satisfies Record<TodayModule, string>;

/** Tag colours: red for what is already late or dangerous, orange for what is about to be. */
export const TODAY_BADGE_COLORS: Record<TodayBadge, string> = {
  overdue: 'red',
  due_soon: 'orange',
  red_alert: 'magenta',
  unacknowledged: 'blue',
  late_arrival: 'volcano',
  this_week: 'green',
  awaiting_outcome: 'gold',
};
