import { type AnalysisSection, RISK_GRADE_LABELS, RISK_GRADES, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, countedFigure, fromStatsFigure } from '../analysis-sources';
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
    const [registered, overdue, referred] = await input.stats.figures(exec, {
      ...base,
      measures: ['disputes.registered', 'disputes.overdue', 'incidents.referred'],
    });
    const byRisk = await input.stats.breakdown(exec, { ...base, measure: 'disputes.registered', dimension: 'risk' });
    const red = await countRedAlerts(exec, input);
    if (!registered || !overdue || !referred) throw new Error('the statistics answer one figure per measure');
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'disputes',
      titleZh: '矛盾纠纷',
      titleEn: 'Disputes',
      figures: [
        fromStatsFigure(registered, 'registered', { zh: '新增纠纷', en: 'New disputes' }, '起'),
        countedFigure('red', { zh: '红色预警', en: 'Red alerts' }, red, '起'),
        fromStatsFigure(referred, 'referred', { zh: '警情转调解', en: 'Referred from incidents' }, '起'),
        fromStatsFigure(overdue, 'overdue', { zh: '逾期未结', en: 'Overdue' }, '起'),
      ],
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
