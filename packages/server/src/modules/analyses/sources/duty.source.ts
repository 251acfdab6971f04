import { type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, fromStatsBreakdown, fromStatsFigure } from '../analysis-sources';

/** 警治联勤: duty log entries of the period (with 环比) by type, the statistics' `duty.entries` measure. */
export const dutyAnalysisSource: AnalysisSource = {
  module: 'duty',
  async section(exec, input) {
    const base = { scope: input.scope, period: input.period, now: input.asOf };
    const [entries] = await input.stats.figures(exec, { ...base, measures: ['duty.entries'] });
    if (!entries) throw new Error('the statistics answer one figure per measure');
    const byType = await input.stats.breakdown(exec, { ...base, measure: 'duty.entries', dimension: 'category' });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'duty',
      titleZh: '警治联勤',
      titleEn: 'Joint duty',
      figures: [fromStatsFigure(entries, 'entries', { zh: '勤务记录', en: 'Duty entries' }, '条')],
      breakdowns: [fromStatsBreakdown(byType, 'type', { zh: '勤务类型', en: 'By type' })],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
