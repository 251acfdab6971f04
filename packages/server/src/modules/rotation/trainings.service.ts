import type { Readable } from 'node:stream';
import type { Page, TrainingInput, TrainingRecord } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { ATTACHMENT_TYPES, type AttachmentType } from '../disputes/attachment-types';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import { mayManage, requireTownManage, requireTownRead, townOf } from './rotation.policy';
import { listTownPeople } from './rotation.repository';
import {
  deleteMaterialRows,
  deleteTrainingRow,
  findMaterialRow,
  findTrainingRow,
  insertMaterialRow,
  insertTrainingRow,
  listMaterialRows,
  listTrainingRows,
  type MaterialRow,
  type TrainingRow,
  updateTrainingRow,
} from './trainings.repository';

/** Training materials: the dispute attachments' types (photos, PDF handouts, Word documents). */
const MATERIAL_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentType[];

/**
 * Training records (业务培训) for the monthly meeting of the security directors: topic, trainer, day, place, who
 * attended and the materials handed out. Materials go through the dispute attachments' checks (type by content,
 * size limit, sanitised name) into the same file store. The chief keeps the records; whoever reads the town's rota
 * reads them.
 */
export class TrainingsService {
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
  }

  async list(
    ctx: RequestContext,
    query: { townId?: string | undefined; cursor?: string | undefined; limit: number },
  ): Promise<Page<TrainingRecord>> {
    const { db } = this.deps;
    const townId = await townOf(db, ctx, query.townId);
    await requireTownRead(db, ctx, townId);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const after = key ? { heldOn: String(key[0]), id: String(key[1]) } : null;
    const rows = await listTrainingRows(db, townId, after, query.limit + 1);
    const records = await this.present(db, ctx, townId, rows);
    return toPage(
      records,
      query.limit,
      (record) => record,
      (record) => [record.heldOn, record.id],
    );
  }

  async get(ctx: RequestContext, id: string): Promise<TrainingRecord> {
    const { db } = this.deps;
    const row = await this.readable(db, ctx, id);
    const [record] = await this.present(db, ctx, row.town_id, [row]);
    if (!record) throw notFound();
    return record;
  }

  async create(ctx: RequestContext, input: TrainingInput): Promise<TrainingRecord> {
    const id = await inUnitOfWork(this.deps, ctx, async (uow) => {
      await requireTownManage(uow.tx, ctx, input.townId);
      const attendees = await knownAttendees(uow.tx, input.townId, input.attendeeIds);
      const now = nowIso();
      const row: TrainingRow = {
        id: newId(),
        town_id: input.townId,
        jurisdiction_id: input.townId,
        topic: input.topic,
        trainer: input.trainer,
        held_on: input.heldOn,
        place: input.place,
        attendee_ids: attendees,
        created_by: ctx.actor?.userId ?? null,
        created_at: now,
        updated_at: now,
      };
      await insertTrainingRow(uow.tx, row);
      await uow.audit({
        action: 'rotation.training.create',
        targetType: 'training',
        targetId: row.id,
        detail: { heldOn: row.held_on, attendees: attendees.length },
      });
      return row.id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: TrainingInput): Promise<TrainingRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const row = await this.readable(uow.tx, ctx, id);
      await requireTownManage(uow.tx, ctx, row.town_id, 'record');
      if (input.townId !== row.town_id) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: 'townId', message: 'a training stays in its town' }],
        });
      }
      const attendees = await knownAttendees(uow.tx, row.town_id, input.attendeeIds);
      await updateTrainingRow(uow.tx, id, {
        topic: input.topic,
        trainer: input.trainer,
        held_on: input.heldOn,
        place: input.place,
        attendee_ids: attendees,
        updated_at: nowIso(),
      });
      await uow.audit({
        action: 'rotation.training.update',
        targetType: 'training',
        targetId: id,
        detail: { heldOn: input.heldOn, attendees: attendees.length },
      });
    });
    return this.get(ctx, id);
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    const materials = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const row = await this.readable(uow.tx, ctx, id);
      await requireTownManage(uow.tx, ctx, row.town_id, 'record');
      const files = await listMaterialRows(uow.tx, [id]);
      await deleteMaterialRows(uow.tx, id);
      await deleteTrainingRow(uow.tx, id);
      await uow.audit({
        action: 'rotation.training.delete',
        targetType: 'training',
        targetId: id,
        detail: { materials: files.length },
      });
      return files;
    });
    // Only after the commit: a rolled-back delete must still find its files.
    for (const material of materials) await this.files.remove(material.stored_name);
  }

  /** The shared upload of the attachment store: access before the body, type by content, nothing half-written. */
  async upload(ctx: RequestContext, trainingId: string, file: () => Promise<FilePart>): Promise<TrainingRecord> {
    const { db } = this.deps;
    const training = await this.readable(db, ctx, trainingId);
    await requireTownManage(db, ctx, training.town_id, 'record');
    await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      training,
      await file(),
      MATERIAL_TYPES,
      async (uow, columns) => {
        await this.readable(uow.tx, ctx, trainingId);
        await insertMaterialRow(uow.tx, { ...columns, training_id: trainingId });
        await uow.audit({
          action: 'rotation.training.material.create',
          targetType: 'training',
          targetId: trainingId,
          detail: uploadAuditDetail('materialId', columns),
        });
      },
    );
    return this.get(ctx, trainingId);
  }

  async download(ctx: RequestContext, id: string): Promise<{ row: MaterialRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findMaterialRow(uow.tx, id);
        if (!found) throw notFound();
        await requireTownRead(uow.tx, ctx, found.town_id, 'record');
        return found;
      },
      (found) => ({
        action: 'rotation.training.material.download',
        targetType: 'training',
        targetId: found.training_id,
        detail: { materialId: id },
      }),
    );
  }

  private async readable(db: Executor, ctx: RequestContext, id: string): Promise<TrainingRow> {
    const row = await findTrainingRow(db, id);
    if (!row) throw notFound();
    await requireTownRead(db, ctx, row.town_id, 'record');
    return row;
  }

  private async present(
    db: Executor,
    ctx: RequestContext,
    townId: string,
    rows: TrainingRow[],
  ): Promise<TrainingRecord[]> {
    const people = await listTownPeople(db, townId, [...new Set(rows.flatMap((row) => row.attendee_ids))]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const materials = await listMaterialRows(
      db,
      rows.map((row) => row.id),
    );
    const actions = (await mayManage(db, ctx, townId)) ? ['edit', 'delete', 'upload'] : [];
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      topic: row.topic,
      trainer: row.trainer,
      heldOn: row.held_on,
      place: row.place,
      attendees: row.attendee_ids.map((personId) => ({ personId, name: names.get(personId) ?? '' })),
      materials: materials
        .filter((m) => m.training_id === row.id)
        .map((m) => ({
          id: m.id,
          fileName: m.file_name,
          mediaType: m.media_type,
          size: m.size,
          createdAt: m.created_at,
        })),
      createdAt: row.created_at,
      actions,
    }));
  }
}

/** The attendees, each a person of the town (PERSON_UNKNOWN otherwise), once each. */
async function knownAttendees(db: Executor, townId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await listTownPeople(db, townId, unique);
  if (found.length !== unique.length) throw new AppError('PERSON_UNKNOWN');
  return unique;
}
