import {
  formatBeijingDateTimeOrBlank,
  registerAsciiName,
  registerFileName,
  VIEW_END_REASON_LABELS,
  VIEW_PURPOSE_LABELS,
  type VideoViewFilters,
} from '@fengqiao/domain';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { listVideoViewRows } from './video-views.repository';
import { viewLogFilter } from './video-views.service';

const MAX_ROWS = 10_000;

const HEADER = [
  '打开时间',
  '开始播放',
  '结束时间',
  '时长（秒）',
  '摄像头',
  '观看人',
  '观看目的',
  '说明',
  '结束原因',
  '截图数',
] as const;

/**
 * The Excel export of the view log (视频观看记录), with the list's filters, for video.audit holders; one audit row
 * with the count and the filters. The log names staff and cameras only, so nothing is masked.
 */
export class VideoViewsExport {
  constructor(private readonly deps: Deps) {}

  async export(ctx: RequestContext, filters: VideoViewFilters): Promise<ListWorkbook> {
    const now = new Date();
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await requireAccess(tx, ctx, 'video.audit');
      const rows = await listVideoViewRows(tx, scope, { ...viewLogFilter(filters), after: null, limit: MAX_ROWS });
      const body = await listWorkbookBody(
        '视频观看记录',
        HEADER,
        rows.map((row) => [
          formatBeijingDateTimeOrBlank(row.opened_at),
          formatBeijingDateTimeOrBlank(row.started_at),
          formatBeijingDateTimeOrBlank(row.ended_at),
          row.duration_seconds === null ? '' : String(row.duration_seconds),
          row.camera_name,
          row.account_name,
          VIEW_PURPOSE_LABELS[row.purpose].zh,
          row.note ?? '',
          row.end_reason ? VIEW_END_REASON_LABELS[row.end_reason].zh : '',
          String(row.snapshots),
        ]),
      );
      await uow.audit({
        action: 'video_view.export',
        targetType: 'video_view',
        detail: { count: rows.length, unmaskedValues: 0, filters },
      });
      const towns = [...scope.townIds];
      const town = towns.length === 1 && towns[0] ? await findJurisdiction(tx, towns[0]) : undefined;
      return {
        body,
        fileName: registerFileName('视频观看记录', town?.name ?? null, now),
        asciiName: registerAsciiName('video-views', now),
      };
    });
  }
}
