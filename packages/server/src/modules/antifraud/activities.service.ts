import type { Readable } from 'node:stream';
import {
  ANTIFRAUD_ACTIVITY_TYPE_LABELS,
  type AntifraudActivity,
  type AntifraudActivityListQuery,
  type AntifraudPhoto,
  type CreateAntifraudActivity,
  formatBeijingDateTime,
  isInFuture,
  type Page,
  registerAsciiName,
  registerFileName,
  type UpdateAntifraudActivity,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { groupBy } from '../../platform/group-by';
import type { FilePart } from '../../platform/http/multipart';
import { decodeDayIdCursor, toDayIdPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import {
  activityActionsChecker,
  antifraudReadScope,
  antifraudRecordScope,
  requireAction,
  requireActivityPlace,
  requireAntifraudRead,
} from './antifraud.policy';
import {
  type ActivityPhotoRow,
  type ActivityRow,
  type ActivityView,
  deleteActivityRows,
  findActivityPhotoRow,
  findActivityView,
  insertActivityPhotoRows,
  insertActivityRows,
  listActivityPhotoIds,
  listActivityViews,
  updateActivityRow,
} from './antifraud.repository';
import { EXPORT_LIMIT, exportPlaceName } from './antifraud-export';

/** Photos are photos: an activity takes jpg and png only. */
const PHOTO_TYPES = ['jpg', 'png'] as const;

/**
 * Anti-fraud publicity activities (反诈宣传, domain.md §8): what kind, where, for how many, in a village or
 * town-wide, with photos through the shared upload path. Each change is one unit of work with its audit row.
 */
export class ActivitiesService {
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
  }

  /** A day after today, or a place out of reach, is refused before anything is written. */
  async create(ctx: RequestContext, input: CreateAntifraudActivity): Promise<AntifraudActivity> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await antifraudRecordScope(tx, ctx);
      if (isInFuture(input.day)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const place = requireActivityPlace(scope, await findJurisdiction(tx, input.jurisdictionId));
      const now = nowIso();
      const row: ActivityRow = {
        id: newId(),
        town_id: place.townId,
        jurisdiction_id: place.id,
        type: input.type,
        venue: input.venue,
        day: input.day,
        audience: input.audience,
        note: input.note || null,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
        created_at: now,
        updated_at: now,
      };
      await insertActivityRows(tx, [row]);
      await uow.audit({
        action: 'antifraud.activity.create',
        targetType: 'antifraud_activity',
        targetId: row.id,
        detail: { type: row.type, jurisdictionId: row.jurisdiction_id, day: row.day, audience: row.audience },
      });
      return this.one(tx, ctx, row.id);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateAntifraudActivity): Promise<AntifraudActivity> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const found = await this.readable(tx, ctx, id);
      requireAction((await activityActionsChecker(tx, ctx))(found), 'edit');
      if (input.day && isInFuture(input.day)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const patch = {
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.venue !== undefined ? { venue: input.venue } : {}),
        ...(input.day !== undefined ? { day: input.day } : {}),
        ...(input.audience !== undefined ? { audience: input.audience } : {}),
        ...(input.note !== undefined ? { note: input.note || null } : {}),
      };
      await updateActivityRow(tx, id, { ...patch, updated_at: nowIso() });
      await uow.audit({
        action: 'antifraud.activity.update',
        targetType: 'antifraud_activity',
        targetId: id,
        detail: { fields: Object.keys(patch) },
      });
      return this.one(tx, ctx, id);
    });
  }

  /** Deletes an activity with its photos; the photo files go once the deletion has committed. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    const stored = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const found = await this.readable(tx, ctx, id);
      requireAction((await activityActionsChecker(tx, ctx))(found), 'delete');
      const photos = await listActivityPhotoIds(tx, [id]);
      await deleteActivityRows(tx, id);
      await uow.audit({
        action: 'antifraud.activity.delete',
        targetType: 'antifraud_activity',
        targetId: id,
        detail: { type: found.type, jurisdictionId: found.jurisdiction_id, day: found.day, count: photos.length },
      });
      return photos.map((photo) => photo.stored_name);
    });
    for (const name of stored) await this.files.remove(name);
  }

  /** Activities the caller may read, newest first, in a fixed number of queries whatever the page size. */
  async list(ctx: RequestContext, query: AntifraudActivityListQuery): Promise<Page<AntifraudActivity>> {
    const { db } = this.deps;
    const scope = await antifraudReadScope(db, ctx);
    const rows = await listActivityViews(db, scope, {
      villageId: query.villageId,
      type: query.type,
      fromDay: query.from,
      toDay: query.to,
      after: decodeDayIdCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = toDayIdPage(rows, query.limit);
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<AntifraudActivity> {
    return this.one(this.deps.db, ctx, id);
  }

  /** The list's filters as a workbook: one audit row with the count and the filters (no personal data in it). */
  async export(
    ctx: RequestContext,
    query: Omit<AntifraudActivityListQuery, 'cursor' | 'limit'>,
  ): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await antifraudReadScope(tx, ctx);
      const rows = await listActivityViews(tx, scope, {
        villageId: query.villageId,
        type: query.type,
        fromDay: query.from,
        toDay: query.to,
        limit: EXPORT_LIMIT,
      });
      const photos = groupBy(
        await listActivityPhotoIds(
          tx,
          rows.map((row) => row.id),
        ),
        (photo) => photo.activity_id,
      );
      const body = await listWorkbookBody(
        '反诈宣传活动',
        ['日期', '地点（村/镇）', '活动类型', '活动场所', '受众人数', '照片数', '说明', '登记人', '登记时间'],
        rows.map((row) => [
          row.day,
          row.place_name,
          ANTIFRAUD_ACTIVITY_TYPE_LABELS[row.type].zh,
          row.venue,
          String(row.audience),
          String(photos.get(row.id)?.length ?? 0),
          row.note ?? '',
          row.recorded_by_name,
          formatBeijingDateTime(row.created_at),
        ]),
      );
      await uow.audit({
        action: 'antifraud.export',
        targetType: 'antifraud_activity',
        detail: { list: 'activities', count: rows.length, unmasked: 0, filters: query },
      });
      const now = new Date();
      return {
        body,
        fileName: registerFileName('反诈宣传活动台账', await exportPlaceName(tx, scope), now),
        asciiName: registerAsciiName('antifraud-activities', now),
      };
    });
  }

  /**
   * A photo of an activity the caller may record for. Access is checked before the body is read (a refusal costs
   * no upload); the attachment store keeps images only and removes a refused file.
   */
  async uploadPhoto(ctx: RequestContext, activityId: string, file: () => Promise<FilePart>): Promise<AntifraudPhoto> {
    const target = await this.photoTarget(this.deps.db, ctx, activityId);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      target,
      await file(),
      PHOTO_TYPES,
      async (uow, columns) => {
        await this.photoTarget(uow.tx, ctx, activityId);
        const added: ActivityPhotoRow = { ...columns, activity_id: activityId };
        await insertActivityPhotoRows(uow.tx, [added]);
        await uow.audit({
          action: 'antifraud.activity.photo.create',
          targetType: 'antifraud_activity',
          targetId: activityId,
          detail: uploadAuditDetail('photoId', columns),
        });
        return added;
      },
    );
    return {
      id: row.id,
      activityId: row.activity_id,
      fileName: row.file_name,
      mediaType: row.media_type,
      size: row.size,
      sha256: row.sha256,
      createdAt: row.created_at,
    };
  }

  /** A photo after the same access check as its activity; audited, as a failure when the file is missing. */
  async downloadPhoto(
    ctx: RequestContext,
    photoId: string,
  ): Promise<{ row: ActivityPhotoRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findActivityPhotoRow(uow.tx, photoId);
        await requireAntifraudRead(uow.tx, ctx, found);
        if (!found) throw notFound();
        return found;
      },
      (found) => ({
        action: 'antifraud.activity.photo.download',
        targetType: 'antifraud_activity',
        targetId: found.activity_id,
        detail: { photoId },
      }),
    );
  }

  private async photoTarget(db: Executor, ctx: RequestContext, activityId: string): Promise<ActivityView> {
    const found = await this.readable(db, ctx, activityId);
    requireAction((await activityActionsChecker(db, ctx))(found), 'photo');
    return found;
  }

  private async readable(db: Executor, ctx: RequestContext, id: string): Promise<ActivityView> {
    const found = await findActivityView(db, id);
    await requireAntifraudRead(db, ctx, found);
    if (!found) throw notFound();
    return found;
  }

  private async one(db: Executor, ctx: RequestContext, id: string): Promise<AntifraudActivity> {
    const [activity] = await this.present(db, ctx, [await this.readable(db, ctx, id)]);
    if (!activity) throw notFound();
    return activity;
  }

  /** Activities with their photo ids: one query for the whole page. */
  private async present(
    db: Executor,
    ctx: RequestContext,
    rows: readonly ActivityView[],
  ): Promise<AntifraudActivity[]> {
    const photos = groupBy(
      await listActivityPhotoIds(
        db,
        rows.map((row) => row.id),
      ),
      (photo) => photo.activity_id,
    );
    const actionsOf = await activityActionsChecker(db, ctx);
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      villageId: row.place_level === 'town' ? null : row.jurisdiction_id,
      placeName: row.place_name,
      type: row.type,
      venue: row.venue,
      day: row.day,
      audience: row.audience,
      note: row.note,
      photos: (photos.get(row.id) ?? []).map((photo) => photo.id),
      recordedByName: row.recorded_by_name,
      createdAt: row.created_at,
      actions: actionsOf(row),
    }));
  }
}
