import type { AnalysisSection } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import { disputesAnalysisSource } from './sources/disputes.source';
import { dutyAnalysisSource } from './sources/duty.source';
import { incidentsAnalysisSource } from './sources/incidents.source';

/** What a source counts over: one town, its scope, the period's bounds and the instant it is assembled at. */
export interface AnalysisSourceInput {
  townId: string;
  /** The town as a scope, so a source filters with the same predicate as every list. */
  scope: Scope;
  /** UTC instants of the period's Shanghai midnights: [from, to). */
  from: string;
  to: string;
  /** The end of the period, or now while it is still running: states ("overdue") are taken as of this instant. */
  asOf: string;
}

/** One module's contribution to a daily analysis or weekly judgement: a section computed from its records. */
export interface AnalysisSource {
  module: string;
  section(exec: Executor, input: AnalysisSourceInput): Promise<AnalysisSection>;
}

/**
 * The sources, in the order their sections appear. A later module (meetings' tasks, patrols, video, key persons)
 * adds its source with one line here; nothing else changes.
 */
export const ANALYSIS_SOURCES: readonly AnalysisSource[] = [
  incidentsAnalysisSource,
  disputesAnalysisSource,
  dutyAnalysisSource,
];
