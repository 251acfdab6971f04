import { type AnalysisSection, DUTY_TYPE_LABELS, DUTY_TYPES, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, countedFigure } from '../analysis-sources';
import { countDutyEntriesByType } from './duty-source.repository';

/** 警治联勤: duty log entries of the period, by type (the eight duties in their fixed order). One query. */
export const dutyAnalysisSource: AnalysisSource = {
  module: 'duty',
  async section(exec, input) {
    const byType = await countDutyEntriesByType(exec, input);
    const count = (type: string) => Number(byType.find((row) => row.type === type)?.n ?? 0);
    const rows = DUTY_TYPES.map((type) => ({
      key: type,
      labelZh: DUTY_TYPE_LABELS[type].zh,
      labelEn: DUTY_TYPE_LABELS[type].en,
      count: count(type),
    })).sort((a, b) => b.count - a.count);
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'duty',
      titleZh: '警治联勤',
      titleEn: 'Joint duty',
      figures: [
        countedFigure(
          'entries',
          { zh: '勤务记录', en: 'Duty entries' },
          rows.reduce((sum, row) => sum + row.count, 0),
          '条',
        ),
      ],
      breakdowns: [{ key: 'type', titleZh: '勤务类型', titleEn: 'By type', rows }],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
