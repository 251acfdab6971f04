import type { Readable } from 'node:stream';
import {
  addDays,
  type CreateDutyLog,
  DUTY_TYPES,
  type DutyCalendar,
  type DutyCalendarQuery,
  type DutyLinkKind,
  type DutyLog,
  type DutyLogListQuery,
  type DutyLogPhoto,
  type DutyOfficer,
  type DutyOfficersQuery,
  dutyLogTimeProblems,
  monthSpan,
  type Page,
  shanghaiDate,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { findUserById } from '../../platform/auth/accounts.repository';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { groupBy } from '../../platform/group-by';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findSignoffRow, lockOfficer } from '../assessments/assessments.repository';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import type { DisputesService } from '../disputes/disputes.service';
import {
  dutyActionsChecker,
  dutyLogScope,
  dutyReadScope,
  ownDutyVillageId,
  requireDutyPhoto,
  requireDutyRead,
  requireLogVillage,
} from './duty-logs.policy';
import {
  countDutyCalendar,
  type DutyLinkRow,
  type DutyLogRow,
  type DutyLogView,
  type DutyPhotoRow,
  findDutyLogView,
  findDutyPhotoRow,
  insertDutyLinkRows,
  insertDutyLogRows,
  insertDutyPhotoRow,
  listDutyLinkRows,
  listDutyLogViews,
  listDutyOfficers,
  listDutyPhotoIds,
} from './duty-logs.repository';
import { linkedRecordNumber, linkedRecordReadability } from './linked-records';

/** Photos are photos: a duty entry takes jpg and png only (documents belong on the dispute or incident). */
const PHOTO_TYPES = ['jpg', 'png'] as const;

/**
 * The duty log (警治联勤, domain.md §5): an officer records a duty done in a village, with the incidents or disputes
 * it was about and photos. An entry is evidence for the monthly assessment: it is written once, never edited.
 */
export class DutyLogsService {
  private readonly files: FileStore;

  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {
    this.files = new FileStore(deps.config.dataDir);
  }

  /**
   * Only the type is required: now and the caller's own village fill in the rest. A time in the future, a village
   * the caller may not log for and a link to a record they may not read are refused before anything is written.
   */
  async create(ctx: RequestContext, input: CreateDutyLog): Promise<DutyLog> {
    const actor = requireActor(ctx);
    const now = new Date();
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : nowIso(now);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await dutyLogScope(tx, ctx);
      const [timeProblem, ...more] = dutyLogTimeProblems(occurredAt, now, this.deps.config.backdateDays);
      if (timeProblem) throw new AppError(timeProblem.code, { problems: [timeProblem, ...more] });
      const villageId = input.villageId ?? ownDutyVillageId(actor);
      if (!villageId) throw new AppError('DUTY_VILLAGE_REQUIRED');
      const village = await findJurisdiction(tx, villageId);
      requireLogVillage(scope, village);
      const user = await findUserById(tx, actor.userId);
      if (user?.person_id) await refuseSignedMonth(tx, user.person_id, occurredAt);
      const row: DutyLogRow = {
        id: newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        type: input.type,
        occurred_at: occurredAt,
        occurred_on: shanghaiDate(occurredAt),
        officer_user_id: actor.userId,
        officer_person_id: user?.person_id ?? null,
        officer_name: actor.displayName,
        place: input.place || null,
        note: input.note || null,
        created_at: nowIso(now),
      };
      const links = await this.resolveLinks(tx, ctx, row, input.links ?? []);
      await insertDutyLogRows(tx, [row]);
      await insertDutyLinkRows(tx, links);
      await uow.audit({
        action: 'duty_log.create',
        targetType: 'duty_log',
        targetId: row.id,
        detail: {
          type: row.type,
          villageId: row.jurisdiction_id,
          occurredAt: row.occurred_at,
          links: links.map((link) => ({ kind: link.kind, id: link.target_id })),
        },
      });
      const [entry] = await this.present(tx, ctx, [{ ...row, village_name: village.name }]);
      if (!entry) throw notFound();
      return entry;
    });
  }

  /** Entries the caller may read, newest first, in a fixed number of queries whatever the page size. */
  async list(ctx: RequestContext, query: DutyLogListQuery): Promise<Page<DutyLog>> {
    const { db } = this.deps;
    const scope = await dutyReadScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listDutyLogViews(db, scope, {
      villageId: query.villageId,
      officerUserId: query.officerId,
      type: query.type,
      fromDay: query.day ?? query.from,
      toDay: query.day ?? query.to,
      after: cursor ? { occurredAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.occurred_at, row.id],
    );
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<DutyLog> {
    const { db } = this.deps;
    const row = await findDutyLogView(db, id);
    await requireDutyRead(db, ctx, row);
    if (!row) throw notFound();
    const [entry] = await this.present(db, ctx, [row]);
    if (!entry) throw notFound();
    return entry;
  }

  /** An officer's month in Shanghai days: entries per day and type, within what the caller may read. */
  async calendar(ctx: RequestContext, query: DutyCalendarQuery): Promise<DutyCalendar> {
    const { db } = this.deps;
    const scope = await dutyReadScope(db, ctx);
    const officerId = query.officerId ?? requireActor(ctx).userId;
    const span = monthSpan(query.month);
    const counts = await countDutyCalendar(db, scope, officerId, { from: span.from, until: span.until });
    const days = new Map<string, Map<string, number>>();
    for (const { occurred_on, type, count } of counts) {
      const day = days.get(occurred_on) ?? new Map<string, number>();
      day.set(type, count);
      days.set(occurred_on, day);
    }
    return {
      officerId,
      month: query.month,
      days: [...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, byType]) => {
          const typeCounts = DUTY_TYPES.filter((type) => byType.has(type)).map((type) => ({
            type,
            count: byType.get(type) ?? 0,
          }));
          return { day, total: typeCounts.reduce((sum, c) => sum + c.count, 0), counts: typeCounts };
        }),
    };
  }

  /** The officers whose entries the caller may read, for picking whose calendar to open. */
  async officers(ctx: RequestContext, query: DutyOfficersQuery): Promise<DutyOfficer[]> {
    const { db } = this.deps;
    const scope = await dutyReadScope(db, ctx);
    const since = query.since ?? addDays(shanghaiDate(new Date()), -365);
    return (await listDutyOfficers(db, scope, since)).map((row) => ({
      userId: row.officer_user_id,
      name: row.officer_name,
      villageName: row.village_name,
      count: row.count,
    }));
  }

  /**
   * A photo of the caller's own entry. Access is checked before the body is read (a refusal costs no upload); the
   * attachment store streams the bytes within the size limit, keeps images only, and removes a refused file.
   */
  async uploadPhoto(ctx: RequestContext, dutyLogId: string, file: () => Promise<FilePart>): Promise<DutyLogPhoto> {
    const { db } = this.deps;
    const entry = await this.photoTarget(db, ctx, dutyLogId);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      entry,
      await file(),
      PHOTO_TYPES,
      async (uow, columns) => {
        const added: DutyPhotoRow = { ...columns, duty_log_id: dutyLogId };
        await this.photoTarget(uow.tx, ctx, dutyLogId);
        await insertDutyPhotoRow(uow.tx, added);
        await uow.audit({
          action: 'duty_log.photo.create',
          targetType: 'duty_log',
          targetId: dutyLogId,
          detail: uploadAuditDetail('photoId', columns),
        });
        return added;
      },
    );
    return presentPhoto(row);
  }

  /** A photo after the same access check as its entry; audited, as a failure when the file is missing from disk. */
  async downloadPhoto(
    ctx: RequestContext,
    photoId: string,
  ): Promise<{ row: DutyPhotoRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findDutyPhotoRow(uow.tx, photoId);
        await requireDutyRead(uow.tx, ctx, found);
        if (!found) throw notFound();
        return found;
      },
      (found) => ({
        action: 'duty_log.photo.download',
        targetType: 'duty_log',
        targetId: found.duty_log_id,
        detail: { photoId },
      }),
    );
  }

  private async photoTarget(db: Executor, ctx: RequestContext, dutyLogId: string): Promise<DutyLogView> {
    const entry = await findDutyLogView(db, dutyLogId);
    await requireDutyRead(db, ctx, entry);
    if (!entry) throw notFound();
    await requireDutyPhoto(db, ctx, entry);
    return entry;
  }

  /**
   * Each link must name a record the caller may read, else DUTY_LINK_NOT_FOUND (the same for a missing one). The
   * label is the record's number, copied now: numbers never change.
   */
  private async resolveLinks(
    tx: Executor,
    ctx: RequestContext,
    entry: DutyLogRow,
    links: readonly { kind: DutyLinkKind; id: string }[],
  ): Promise<DutyLinkRow[]> {
    const rows = new Map<string, DutyLinkRow>();
    for (const [index, link] of links.entries()) {
      const label = await linkedRecordNumber(tx, ctx, this.disputes, link);
      if (label === null) throw new AppError('DUTY_LINK_NOT_FOUND', { index, kind: link.kind, id: link.id });
      rows.set(`${link.kind}:${link.id}`, {
        duty_log_id: entry.id,
        kind: link.kind,
        target_id: link.id,
        label,
        town_id: entry.town_id,
        jurisdiction_id: entry.jurisdiction_id,
      });
    }
    return [...rows.values()];
  }

  /**
   * Entries with their links and photo ids: one query per kind for the whole page. A link shows its record's number
   * only to a reader the incidents or disputes policy lets read that record; to others it is inaccessible.
   */
  private async present(db: Executor, ctx: RequestContext, rows: readonly DutyLogView[]): Promise<DutyLog[]> {
    const ids = rows.map((row) => row.id);
    const linkRows = await listDutyLinkRows(db, ids);
    const links = groupBy(linkRows, (link) => link.duty_log_id);
    const readable = await linkedRecordReadability(db, ctx, linkRows);
    const photos = groupBy(await listDutyPhotoIds(db, ids), (photo) => photo.duty_log_id);
    const actionsOf = await dutyActionsChecker(db, ctx);
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      type: row.type,
      occurredAt: row.occurred_at,
      occurredOn: row.occurred_on,
      villageId: row.jurisdiction_id,
      villageName: row.village_name,
      officerUserId: row.officer_user_id,
      officerPersonId: row.officer_person_id,
      officerName: row.officer_name,
      place: row.place,
      note: row.note,
      links: (links.get(row.id) ?? []).map((link) =>
        readable(link)
          ? { kind: link.kind, id: link.target_id, label: link.label }
          : { kind: link.kind, id: null, label: null },
      ),
      photos: (photos.get(row.id) ?? []).map((photo) => photo.id),
      createdAt: row.created_at,
      actions: actionsOf(row),
    }));
  }
}

function presentPhoto(row: DutyPhotoRow): DutyLogPhoto {
  return {
    id: row.id,
    dutyLogId: row.duty_log_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

/**
 * A signed month is a frozen snapshot (domain.md §5): an entry dated into it would be evidence the signed card never
 * counts. The officer's row is locked as the sign-off locks it, so the two cannot pass each other.
 */
async function refuseSignedMonth(tx: Executor, personId: string, occurredAt: string): Promise<void> {
  await lockOfficer(tx, personId);
  if (await findSignoffRow(tx, personId, shanghaiDate(occurredAt).slice(0, 7))) throw new AppError('ASSESSMENT_SIGNED');
}
