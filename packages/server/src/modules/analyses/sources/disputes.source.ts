import { type AnalysisSection, RISK_GRADE_LABELS, RISK_GRADES, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, countedFigure, statsFigures } from '../analysis-sources';
import { countRedAlerts } from './disputes-source.repository';

/**
 * 矛盾纠纷: disputes registered in the period (with 环比) by risk grade, the incidents of the period referred to
 * people's mediation and the open disputes overdue at its end (or now, while it runs): the statistics' own measures
 * (`disputes.registered`, `incidents.referred`, `disputes.overdue`), so an analysis and the dashboard never disagree;
 * then what the statistics do not count: the red alerts raised in the period (a dispute graded red at registration
 * or on a re-grading).
 */
export const disputesAnalysisSource: AnalysisSource = {
  module: 'disputes',
  async section(exec, input) {
    const base = { scope: input.scope, period: input.period, now: input.asOf };
    const [registered, referred, overdue] = await statsFigures(exec, input, [
      {
        measure: 'disputes.registered',
        key: 'registered',
        label: { zh: '新增纠纷', en: 'New disputes' },
        unitZh: '起',
        compare: true,
      },
      {
        measure: 'incidents.referred',
        key: 'referred',
        label: { zh: '警情转调解', en: 'Referred from incidents' },
        unitZh: '起',
        compare: true,
      },
      {
        measure: 'disputes.overdue',
        key: 'overdue',
        label: { zh: '逾期未结', en: 'Overdue' },
        unitZh: '起',
        compare: false,
      },
    ]);
    const byRisk = await input.stats.breakdown(exec, { ...base, measure: 'disputes.registered', dimension: 'risk' });
    const red = await countRedAlerts(exec, input);
    if (!registered || !overdue || !referred) throw new Error('the statistics answer one figure per measure');
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'disputes',
      titleZh: '矛盾纠纷',
      titleEn: 'Disputes',
      figures: [registered, countedFigure('red', { zh: '红色预警', en: 'Red alerts' }, red, '起'), referred, overdue],
      breakdowns: [
        {
          key: 'risk',
          titleZh: '风险等级',
          titleEn: 'By risk',
          rows: RISK_GRADES.map((grade) => ({
            key: grade,
            labelZh: RISK_GRADE_LABELS[grade].zh,
            labelEn: RISK_GRADE_LABELS[grade].en,
            count: byRisk.rows.find((row) => row.key === grade)?.count ?? 0,
          })),
        },
      ],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
