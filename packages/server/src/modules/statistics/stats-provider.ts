import type { DrillLink, Permission, StatsCounterKey, StatsDimension, StatsPeriod } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';

/** The module a provider speaks for: `disputes`, `incidents`, `duty`, and each later module its own. */
export type StatsModule = string;

/** Where figures are counted: a view inside the caller's scope (a district or village), or all of it. */
export interface StatsPlace {
  level: 'district' | 'village';
  id: string;
  /** The jurisdiction's materialised path: the records at or under it. */
  path: string;
}

/** What a drill link narrows to: the period, the viewed place, and one group of a breakdown. */
export interface DrillGroup {
  dimension: StatsDimension;
  key: string;
}

export interface DrillTarget {
  period: StatsPeriod;
  place: StatsPlace | null;
  group?: DrillGroup | undefined;
  /** The second group of a pair (the heat table's hour within a village). */
  thenGroup?: DrillGroup | undefined;
}

export interface StatsMeasure {
  /** `module.measure`, e.g. `incidents.received`. */
  key: string;
  labelZh: string;
  labelEn: string;
  /** The list a drill opens: a caller without it (over the whole counted scope) gets `drill: null`. */
  listPermission: Permission;
  /** The groupings `count` supports for this measure. */
  dimensions: readonly StatsDimension[];
  /** The pairs of groupings `count` supports (`[groupBy, thenBy]`). */
  pairs?: readonly (readonly [StatsDimension, StatsDimension])[];
  /**
   * A stock counted as it stands at `now` (open cases, overdue cases), not a flow within the period: it has no
   * 同比/环比 and no trend.
   */
  stock?: boolean;
  /** The filtered list that shows exactly the records counted; null for a group no list filter can name. */
  drill(target: DrillTarget): DrillLink | null;
}

/** A rate of two of the provider's measures: numerator ÷ denominator, compared in 百分点. */
export interface StatsRateMeasure {
  key: string;
  labelZh: string;
  labelEn: string;
  numerator: string;
  denominator: string;
}

export interface StatsCountQuery {
  scope: Scope;
  /** The period's Shanghai midnights as UTC instants: [from, to). */
  from: string;
  to: string;
  /** The time stocks are taken at; also the limit of what counts ("as of"). */
  now: string;
  place: StatsPlace | null;
  groupBy?: StatsDimension | undefined;
  /**
   * A second grouping within the first (the heat table: `groupBy: 'village', thenBy: 'hour'`), keys `first|second`;
   * only for a measure that lists the pair in `pairs`.
   */
  thenBy?: StatsDimension | undefined;
}

export interface StatsCounterQuery {
  scope: Scope;
  place: StatsPlace | null;
  now: string;
}

export interface StatsCounterValue {
  value: number | null;
  drill: DrillLink | null;
  /** The list the drill opens: a caller without it gets `drill: null`. */
  listPermission: Permission;
}

export interface StatsLabel {
  zh: string;
  en: string;
}

export interface StatsProvider {
  module: StatsModule;
  measures: readonly StatsMeasure[];
  rates?: readonly StatsRateMeasure[];
  /**
   * One query: the measure's count in [from, to) within the scope and place, per group of `groupBy` (key `''` for
   * the total when not grouped). A group without records is absent.
   */
  count(exec: Executor, measureKey: string, query: StatsCountQuery): Promise<Map<string, number>>;
  /** The list permissions of the counters' drill links. */
  counterPermissions?: readonly Permission[];
  /** The counters this module owns; a counter no provider supplies is shown as null ("—"). */
  counters?(exec: Executor, query: StatsCounterQuery): Promise<Partial<Record<StatsCounterKey, StatsCounterValue>>>;
  /**
   * The names of the groups of the dimensions the provider owns (category, class, risk…); places, hours and months
   * are named by the service.
   */
  labels?(exec: Executor, dimension: StatsDimension, keys: readonly string[]): Promise<ReadonlyMap<string, StatsLabel>>;
}
