import {
  KEY_PERSON_GROUP_LABELS,
  KEY_PERSON_GROUPS,
  type KeyPersonGroup,
  type ReportFigure,
  type ReportNote,
  shanghaiDate,
} from '@fengqiao/domain';
import type { ReportSectionContext, ReportSectionSource } from '../reports/report-sections';
import { keyPersonGroupScopes } from './key-persons.policy';
import { countKeyPersonFigures } from './key-persons.repository';

/**
 * 四、重点人员管控 of the monthly report: per category group, the key persons under control, the visits done in the
 * month and those overdue now. A group is counted only for a reader whose permission for that group reaches the whole
 * town: an officer who sees his district's key persons does not learn the town's totals of a group, and a reader of
 * the governance group alone learns nothing about the police group, not even a zero.
 */
export const keyPersonsSection: ReportSectionSource = {
  async build(context: ReportSectionContext) {
    const { exec, ctx, townId, period } = context;
    const scopes = await keyPersonGroupScopes(exec, ctx);
    const readable = KEY_PERSON_GROUPS.filter((group) => scopes[group]?.townIds.has(townId) ?? false);
    const asOfDay = shanghaiDate(context.asOf);
    const figures: ReportFigure[] = [];
    const notes: ReportNote[] = [];
    for (const group of readable) {
      const counts = await countKeyPersonFigures(exec, townId, group, {
        fromDay: period.firstDay,
        toDay: period.lastDay,
        asOfDay,
      });
      figures.push(
        value(group, 'active', '在管', 'under control', counts.active, '人', 'persons'),
        value(group, 'visits', '本月走访', 'visits this month', counts.visits, '次', 'visits'),
        value(group, 'overdue', '走访逾期', 'overdue for a visit', counts.overdue, '人', 'persons'),
      );
      if (counts.overdue > 0) {
        notes.push({
          level: 'warning',
          textZh: `${KEY_PERSON_GROUP_LABELS[group].zh}中有${counts.overdue}人走访逾期，请督促责任民警、辅警按计划走访。`,
          textEn: `${counts.overdue} of the ${KEY_PERSON_GROUP_LABELS[group].en.toLowerCase()} are overdue for a visit.`,
        });
      }
    }
    if (readable.length === 0) {
      notes.push({
        level: 'info',
        textZh: '重点人员统计仅向有全镇相应类别查看权限的人员显示。',
        textEn: 'Key-person figures are shown only to readers of a category group across the whole town.',
      });
    }
    return { available: true, figures, tables: [], notes };
  },
};

function value(
  group: KeyPersonGroup,
  measure: string,
  labelZh: string,
  labelEn: string,
  count: number,
  unitZh: string,
  unitEn: string,
): ReportFigure {
  return {
    kind: 'value',
    key: `key_persons.${group}.${measure}`,
    labelZh: `${KEY_PERSON_GROUP_LABELS[group].zh}${labelZh}`,
    labelEn: `${KEY_PERSON_GROUP_LABELS[group].en}: ${labelEn}`,
    value: count,
    unitZh,
    unitEn,
    drill: null,
  };
}
