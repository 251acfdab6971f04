import { type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, fromStatsBreakdown, statsFigures } from '../analysis-sources';

/** How many villages and hours a section names as hotspots. */
const HOTSPOTS = 5;

/**
 * 警情: incidents received in the period and those reached late (each with 环比), by class, with the hotspot villages
 * and Beijing hours: the statistics' own measures (`incidents.received`, `incidents.late`), so an analysis and the
 * dashboard never disagree.
 */
export const incidentsAnalysisSource: AnalysisSource = {
  module: 'incidents',
  async section(exec, input) {
    const base = { scope: input.scope, period: input.period, now: input.asOf };
    const by = (dimension: 'class' | 'village' | 'hour') =>
      input.stats.breakdown(exec, { ...base, measure: 'incidents.received', dimension });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'incidents',
      titleZh: '警情',
      titleEn: 'Incidents',
      figures: await statsFigures(exec, input, [
        {
          measure: 'incidents.received',
          key: 'received',
          label: { zh: '新增警情', en: 'New incidents' },
          unitZh: '起',
          compare: true,
        },
        {
          measure: 'incidents.late',
          key: 'late',
          label: { zh: '到场超时', en: 'Late arrivals' },
          unitZh: '起',
          compare: true,
        },
      ]),
      breakdowns: [
        fromStatsBreakdown(await by('class'), 'class', { zh: '警情类别', en: 'By class' }),
        fromStatsBreakdown(await by('village'), 'village', { zh: '高发村（社区）', en: 'Hotspot villages' }, HOTSPOTS),
        fromStatsBreakdown(await by('hour'), 'hour', { zh: '高发时段', en: 'Hotspot hours' }, HOTSPOTS),
      ],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
