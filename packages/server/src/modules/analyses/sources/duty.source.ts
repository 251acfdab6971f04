import { type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, fromStatsBreakdown, statsFigures } from '../analysis-sources';

/** 警治联勤: duty log entries of the period (with 环比) by type, the statistics' `duty.entries` measure. */
export const dutyAnalysisSource: AnalysisSource = {
  module: 'duty',
  async section(exec, input) {
    const base = { scope: input.scope, period: input.period, now: input.asOf };
    const byType = await input.stats.breakdown(exec, { ...base, measure: 'duty.entries', dimension: 'category' });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'duty',
      titleZh: '警治联勤',
      titleEn: 'Joint duty',
      figures: await statsFigures(exec, input, [
        {
          measure: 'duty.entries',
          key: 'entries',
          label: { zh: '勤务记录', en: 'Duty entries' },
          unitZh: '条',
          compare: true,
        },
      ]),
      breakdowns: [fromStatsBreakdown(byType, 'type', { zh: '勤务类型', en: 'By type' })],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
