import { antifraudStatsProvider } from '../antifraud/antifraud.stats';
import { disputesStatsProvider } from '../disputes/disputes.stats';
import { dutyStatsProvider } from '../duty/duty.stats';
import { hazardsStatsProvider } from '../hazards/hazards.stats';
import { incidentsStatsProvider } from '../incidents/incidents.stats';
import { patrolsStatsProvider } from '../patrols/patrols.stats';
import { videoPatrolsStatsProvider } from '../video-patrols/video-patrols.stats';
import type { StatsProvider } from './stats-provider';

/**
 * Every module's statistics provider. A later module (safety network, video…) writes its provider beside its own
 * code (`modules/<module>/<module>.stats.ts`) and adds one line here; nothing else changes (docs/architecture.md).
 */
export const STATS_PROVIDERS: readonly StatsProvider[] = [
  incidentsStatsProvider,
  disputesStatsProvider,
  dutyStatsProvider,
  hazardsStatsProvider,
  antifraudStatsProvider,
  patrolsStatsProvider,
  videoPatrolsStatsProvider,
];
