import { type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, fromStatsBreakdown, statsFigures } from '../analysis-sources';

/**
 * 安全隐患: hazards found and fixed in the period (with 环比) and those overdue as of its end, by source — the
 * statistics' `hazards.*` measures, so the analysis and the dashboard cannot disagree.
 */
export const hazardsAnalysisSource: AnalysisSource = {
  module: 'hazards',
  async section(exec, input) {
    const base = { scope: input.scope, period: input.period, now: input.asOf };
    const bySource = await input.stats.breakdown(exec, { ...base, measure: 'hazards.found', dimension: 'category' });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'hazards',
      titleZh: '安全隐患',
      titleEn: 'Safety hazards',
      figures: await statsFigures(exec, input, [
        { measure: 'hazards.found', key: 'found', label: { zh: '发现隐患', en: 'Found' }, unitZh: '处', compare: true },
        { measure: 'hazards.fixed', key: 'fixed', label: { zh: '整改销号', en: 'Fixed' }, unitZh: '处', compare: true },
        {
          measure: 'hazards.overdue',
          key: 'overdue',
          label: { zh: '逾期未整改', en: 'Overdue' },
          unitZh: '处',
          compare: false,
        },
      ]),
      breakdowns: [fromStatsBreakdown(bySource, 'source', { zh: '发现来源', en: 'By source' })],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
