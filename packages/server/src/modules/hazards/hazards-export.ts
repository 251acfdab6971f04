import {
  formatBeijingDate,
  formatBeijingDateTimeOrBlank,
  HAZARD_SOURCE_LABELS,
  HAZARD_STATE_LABELS,
  type HazardListFilters,
  hazardDeadlineStatus,
  maskName,
  registerAsciiName,
  registerFileName,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { hazardFilterOf } from './hazard-filters';
import { listHazardViews } from './hazards.repository';

const MAX_ROWS = 10_000;

const HEADER = [
  '隐患',
  '村（社区）',
  '来源',
  '状态',
  '地点',
  '发现时间',
  '报告人',
  '反映群众',
  '联系电话',
  '责任民警',
  '整改单位',
  '整改期限',
  '逾期',
  '整改时间',
  '验收时间',
  '验收人',
] as const;

/**
 * The Excel export of the filtered hazard list (安全隐患台账). The public reporter's name and phone are always masked:
 * no role unmasks them, so the village that rectifies never learns who complained. One audit row with the count
 * and the filters.
 */
export class HazardsExport {
  constructor(private readonly deps: Deps) {}

  async export(ctx: RequestContext, filters: HazardListFilters): Promise<ListWorkbook> {
    const now = new Date();
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { visibility, filter } = await hazardFilterOf(tx, ctx, filters, now);
      const rows = await listHazardViews(tx, visibility, { ...filter, after: null, limit: MAX_ROWS });
      const body = await listWorkbookBody(
        '安全隐患',
        HEADER,
        rows.map((row) => {
          const deadline = hazardDeadlineStatus({ state: row.state, dueOn: row.due_on }, now);
          return [
            row.title,
            row.village_name,
            HAZARD_SOURCE_LABELS[row.source].zh,
            HAZARD_STATE_LABELS[row.state].zh,
            row.location ?? '',
            formatBeijingDateTimeOrBlank(row.reported_at),
            row.reported_by_name ?? '',
            maskName(row.reporter_name) ?? '',
            row.phone_masked ?? '',
            row.responsible_name ?? '',
            row.assignee_name ?? '',
            row.due_on ? formatBeijingDate(`${row.due_on}T12:00:00+08:00`) : '',
            deadline.kind === 'overdue' ? `逾期${deadline.days}天` : '',
            formatBeijingDateTimeOrBlank(row.rectified_at),
            formatBeijingDateTimeOrBlank(row.verified_at),
            row.verified_by_name ?? '',
          ];
        }),
      );
      await uow.audit({
        action: 'hazard.export',
        targetType: 'hazard',
        detail: { count: rows.length, unmaskedValues: 0, filters },
      });
      const towns = [...visibility.scope.townIds];
      const town = towns.length === 1 && towns[0] ? await findJurisdiction(tx, towns[0]) : undefined;
      return {
        body,
        fileName: registerFileName('安全隐患台账', town?.name ?? null, now),
        asciiName: registerAsciiName('hazards', now),
      };
    });
  }
}
