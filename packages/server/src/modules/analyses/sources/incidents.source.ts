import { type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, fromStatsBreakdown, fromStatsFigure } from '../analysis-sources';

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
    const [received, late] = await input.stats.figures(exec, {
      ...base,
      measures: ['incidents.received', 'incidents.late'],
    });
    if (!received || !late) throw new Error('the statistics answer one figure per measure');
    const by = (dimension: 'class' | 'village' | 'hour') =>
      input.stats.breakdown(exec, { ...base, measure: 'incidents.received', dimension });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'incidents',
      titleZh: '警情',
      titleEn: 'Incidents',
      figures: [
        fromStatsFigure(received, 'received', { zh: '新增警情', en: 'New incidents' }, '起'),
        fromStatsFigure(late, 'late', { zh: '到场超时', en: 'Late arrivals' }, '起'),
      ],
      breakdowns: [
        fromStatsBreakdown(await by('class'), 'class', { zh: '警情类别', en: 'By class' }),
        fromStatsBreakdown(await by('village'), 'village', { zh: '高发村（社区）', en: 'Hotspot villages' }, HOTSPOTS),
        fromStatsBreakdown(await by('hour'), 'hour', { zh: '高发时段', en: 'Hotspot hours' }, HOTSPOTS),
      ],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
