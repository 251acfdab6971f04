import { type AnalysisSection, sectionSummary, shanghaiDate } from '@fengqiao/domain';
import { type AnalysisSource, countedFigure } from '../analysis-sources';
import { countTaskFigures } from './tasks-source.repository';

/**
 * 交办任务: the consultation's tasks assigned and reported done in the period, and those still open past their last
 * day at its end (or today, while it runs), as the task list's `overdue` filter counts them. One query.
 */
export const tasksAnalysisSource: AnalysisSource = {
  module: 'tasks',
  async section(exec, input) {
    const row = await countTaskFigures(exec, { ...input, overdueBefore: shanghaiDate(input.asOf) });
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'tasks',
      titleZh: '交办任务',
      titleEn: 'Tasks',
      figures: [
        countedFigure('assigned', { zh: '新交办', en: 'Assigned' }, Number(row.assigned ?? 0), '项'),
        countedFigure('done', { zh: '报告办结', en: 'Reported done' }, Number(row.done ?? 0), '项'),
        countedFigure('overdue', { zh: '逾期未办结', en: 'Overdue' }, Number(row.overdue ?? 0), '项'),
      ],
      breakdowns: [],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
