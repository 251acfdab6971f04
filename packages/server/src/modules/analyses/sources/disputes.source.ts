import { type AnalysisSection, RISK_GRADE_LABELS, RISK_GRADES, sectionSummary } from '@fengqiao/domain';
import type { AnalysisSource } from '../analysis-sources';
import { countNewDisputesByRisk, countOverdueDisputes, countRedAlerts } from './disputes-source.repository';

/**
 * 矛盾纠纷: disputes registered in the period by risk grade, the red alerts raised in it, the referrals from incidents,
 * and the open disputes overdue at its end (or now, while it runs). Three queries.
 */
export const disputesAnalysisSource: AnalysisSource = {
  module: 'disputes',
  async section(exec, input) {
    const byRisk = await countNewDisputesByRisk(exec, input);
    const overdue = await countOverdueDisputes(exec, input);
    const red = await countRedAlerts(exec, input);
    const count = (grade: string) => Number(byRisk.find((row) => row.risk_grade === grade)?.n ?? 0);
    const registered = byRisk.reduce((sum, row) => sum + Number(row.n), 0);
    const referred = byRisk.reduce((sum, row) => sum + Number(row.from_incidents ?? 0), 0);
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'disputes',
      titleZh: '矛盾纠纷',
      titleEn: 'Disputes',
      figures: [
        { key: 'registered', labelZh: '新增纠纷', labelEn: 'New disputes', count: registered, unitZh: '起' },
        { key: 'red', labelZh: '红色预警', labelEn: 'Red alerts', count: red, unitZh: '起' },
        { key: 'referred', labelZh: '警情转调解', labelEn: 'Referred from incidents', count: referred, unitZh: '起' },
        { key: 'overdue', labelZh: '逾期未结', labelEn: 'Overdue', count: overdue, unitZh: '起' },
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
            count: count(grade),
          })),
        },
      ],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
