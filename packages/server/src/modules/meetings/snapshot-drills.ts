import type { Permission, StatsSnapshot } from '@fengqiao/domain';
import type { MayDrill } from '../statistics/stats.service';
import { STATS_PROVIDERS } from '../statistics/stats-providers';

/** The list each measure and rate opens, by key: a rate's records are its numerator's and denominator's. */
const LIST_PERMISSIONS: ReadonlyMap<string, Permission> = new Map(
  STATS_PROVIDERS.flatMap((provider) => {
    const measures = provider.measures.map((measure) => [measure.key, measure.listPermission] as const);
    const byKey = new Map(measures);
    const rates = (provider.rates ?? []).flatMap((rate) => {
      const permission = byKey.get(rate.numerator) ?? byKey.get(rate.denominator);
      return permission ? [[rate.key, permission] as const] : [];
    });
    return [...measures, ...rates];
  }),
);

/**
 * A frozen snapshot as one reader sees it. Its drill links were worked out for whoever held the meeting, but every
 * meeting reader opens it: a link stays only where this reader may open that list over the whole town, as the
 * dashboard decides for its own figures (a measure no provider names any more keeps no link).
 */
export function snapshotForReader(snapshot: StatsSnapshot, mayDrill: MayDrill): StatsSnapshot {
  const may = (measure: string) => {
    const permission = LIST_PERMISSIONS.get(measure);
    return permission !== undefined && mayDrill(permission);
  };
  return {
    ...snapshot,
    figures: snapshot.figures.map((figure) =>
      may(figure.measure) ? figure : { ...figure, drill: null, lastYearDrill: null, previousDrill: null },
    ),
    rates: snapshot.rates.map((rate) => (may(rate.measure) ? rate : { ...rate, drill: null, denominatorDrill: null })),
    breakdowns: snapshot.breakdowns.map((breakdown) =>
      may(breakdown.measure)
        ? breakdown
        : { ...breakdown, rows: breakdown.rows.map((row) => ({ ...row, drill: null })) },
    ),
  };
}
