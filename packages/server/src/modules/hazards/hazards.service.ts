import type { Readable } from 'node:stream';
import {
  type AssignHazard,
  formatBeijingDate,
  type Hazard,
  type HazardAction,
  type HazardDetail,
  type HazardEventKind,
  type HazardListQuery,
  type HazardNotificationKind,
  type HazardPhoto,
  type HazardPhotoKind,
  type HazardState,
  hazardDeadlineProblem,
  hazardDeadlineStatus,
  hazardStep,
  hazardVerifierSide,
  maskName,
  type Page,
  type RectifyHazard,
  type ReportHazard,
  rectificationProblem,
  type SendBackHazard,
  shanghaiDate,
  type VerifyHazard,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { responsibleOfficerFor } from '../coverage/district-officer';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findOrganization } from '../directory/organizations.repository';
import { type PiiColumns, piiColumns } from '../directory/person-pii';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import { hazardFilterOf } from './hazard-filters';
import {
  type HazardPolicy,
  hazardPolicy,
  requireHazardRead,
  requireHazardReport,
  requireReportPhotoRight,
} from './hazards.policy';
import {
  countHazardPhotos,
  findHazardPhotoRow,
  findHazardView,
  type HazardPhotoRow,
  type HazardRow,
  type HazardView,
  insertHazardEventRows,
  insertHazardPhotoRows,
  insertHazardRows,
  listHazardEventRows,
  listHazardPhotoRows,
  listHazardViews,
  updateHazardRow,
} from './hazards.repository';
import { rectifierUsers, verifierUsers } from './hazards-recipients';

/** Hazard photos are photos: jpg and png only. */
const PHOTO_TYPES = ['jpg', 'png'] as const;
const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/**
 * Safety hazards (安全隐患, domain.md §8): reported from a patrol, the video patrol, an inspection or the public desk;
 * assigned to the village or a town department with a deadline; rectified with at least one photo; verified by the
 * reporter's side or sent back. Overdue hazards are reminded daily (hazard-reminders.ts).
 */
export class HazardsService {
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
  }

  /**
   * A new hazard in a village the caller may report in (hazard.report over it, else 404 as for a missing village).
   * Joins the caller's unit of work when one is given: a patrol finding creates its hazard in the patrol log's
   * transaction. The verifying side is fixed now from the source and the reporter's roles over the village.
   */
  async report(ctx: RequestContext, body: ReportHazard, uow?: UnitOfWork): Promise<Hazard> {
    const actor = requireActor(ctx);
    const now = new Date();
    return inUnitOfWork(
      this.deps,
      ctx,
      async (work) => {
        const { tx } = work;
        const found = await findJurisdiction(tx, body.villageId);
        // An unknown id answers as a place out of reach (404), so the answer tells nothing about other towns; only a
        // place the caller may report in is told that it is not a village.
        if (!found) throw notFound();
        await requireHazardReport(tx, ctx, { townId: found.town_id ?? found.id, jurisdictionId: found.id });
        if (!found.town_id || !VILLAGE_LEVELS.includes(found.level)) throw new AppError('HAZARD_VILLAGE_UNKNOWN');
        const village = { ...found, town_id: found.town_id };
        const place = { townId: village.town_id, jurisdictionId: village.id };
        if (body.deadline) {
          const problem = hazardDeadlineProblem(body.deadline, shanghaiDate(now));
          if (problem) throw new AppError(problem);
        }
        const reporterRoles = await rolesOver(tx, ctx, 'hazard.report', place);
        // A new record in a village answers to its district's officer (domain.md §8, "1+1+N").
        const responsible = await responsibleOfficerFor(tx, village.id, shanghaiDate(now));
        const at = nowIso(now);
        const row: HazardRow = {
          id: newId(),
          town_id: village.town_id,
          jurisdiction_id: village.id,
          source: body.source,
          source_ref_kind: body.sourceRef?.kind ?? null,
          source_ref_id: body.sourceRef?.id ?? null,
          title: body.title,
          description: body.description,
          location: body.location || null,
          state: 'reported',
          verifier_side: hazardVerifierSide(body.source, reporterRoles),
          reported_by: actor.userId,
          reported_by_name: actor.displayName,
          reporter_name: body.reporterName || null,
          ...reporterPhone(piiColumns(this.deps.cipher, { phone: body.reporterPhone || null })),
          responsible_person_id: responsible?.personId ?? null,
          responsible_user_id: responsible?.userId ?? null,
          responsible_name: responsible?.name ?? null,
          assignee_kind: null,
          assignee_organization_id: null,
          assignee_name: null,
          due_on: body.deadline ?? null,
          round: 0,
          assigned_at: null,
          rectified_at: null,
          rectify_note: null,
          verified_at: null,
          verified_by: null,
          verified_by_name: null,
          reason: null,
          reported_at: at,
          created_at: at,
          updated_at: at,
        };
        await insertHazardRows(tx, [row]);
        await this.addEvent(work, row, 'reported', { note: null, at });
        // The side that will verify it also assigns it (the chief or the 综治办): they are told a hazard awaits.
        await this.notify(work, await verifierUsers(tx, row), 'hazard.reported', row, {
          title: `新报告安全隐患：${row.title}`,
          body: `${village.name}${row.location ? `，${row.location}` : ''}`,
        });
        await work.audit({
          action: 'hazard.report',
          targetType: 'hazard',
          targetId: row.id,
          detail: {
            source: row.source,
            sourceRef: body.sourceRef ?? null,
            villageId: row.jurisdiction_id,
            verifierSide: row.verifier_side,
            dueOn: row.due_on,
          },
        });
        return this.present(tx, ctx, (await findHazardView(tx, row.id)) ?? null);
      },
      uow,
    );
  }

  /** The hazards the caller may read, newest report first, in a fixed number of queries whatever the page size. */
  async list(ctx: RequestContext, query: HazardListQuery): Promise<Page<Hazard>> {
    const { db } = this.deps;
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const { visibility, filter } = await hazardFilterOf(db, ctx, query, new Date());
    const rows = await listHazardViews(db, visibility, {
      ...filter,
      after: cursor ? { reportedAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.reported_at, row.id],
    );
    return { items: await this.presentMany(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  /** One hazard with its history and photos. */
  async get(ctx: RequestContext, id: string): Promise<HazardDetail> {
    const { db } = this.deps;
    const { hazard } = await requireHazardRead(db, ctx, await findHazardView(db, id));
    return this.detail(db, ctx, hazard.id);
  }

  /**
   * Assigns (or re-assigns) the hazard to its village or a department of its town, with the last day. The assignee
   * side is told; the round starts at 1 on the first assignment.
   */
  async assign(ctx: RequestContext, id: string, body: AssignHazard): Promise<HazardDetail> {
    return this.step(ctx, id, 'assign', async (work, hazard) => {
      const problem = hazardDeadlineProblem(body.deadline, shanghaiDate(new Date()));
      if (problem) throw new AppError(problem);
      let organizationId: string | null = null;
      let name = hazard.village_name;
      if (body.assignee.kind === 'department') {
        const organization = await findOrganization(work.tx, body.assignee.organizationId);
        if (!organization || organization.town_id !== hazard.town_id || organization.kind !== 'department') {
          throw new AppError('HAZARD_DEPARTMENT_UNKNOWN');
        }
        organizationId = organization.id;
        name = organization.name;
      }
      // Moving the deadline keeps the round; handing the hazard to someone else starts a new one, so photos the
      // previous assignee took never count as the new assignee's rectification.
      const handedOver =
        hazard.state === 'assigned' &&
        (hazard.assignee_kind !== body.assignee.kind || hazard.assignee_organization_id !== organizationId);
      const patch = {
        assignee_kind: body.assignee.kind,
        assignee_organization_id: organizationId,
        assignee_name: name,
        due_on: body.deadline,
        round: handedOver ? hazard.round + 1 : Math.max(hazard.round, 1),
        assigned_at: nowIso(new Date()),
      };
      await this.addEvent(work, hazard, 'assigned', {
        note: body.note ?? null,
        assigneeName: name,
        deadline: body.deadline,
      });
      const assigned = { ...hazard, ...patch };
      await this.notify(work, await rectifierUsers(work.tx, assigned), 'hazard.assigned', hazard, {
        title: `安全隐患交办：${hazard.title}`,
        body: `${hazard.village_name}，整改期限 ${formatBeijingDate(`${body.deadline}T12:00:00+08:00`)}`,
      });
      return {
        patch,
        detail: { assigneeKind: body.assignee.kind, organizationId, dueOn: body.deadline },
      };
    });
  }

  /**
   * The assignee side closes its rectification with a note; at least one rectification photo of this round must
   * have been added (400 HAZARD_RECTIFY_PHOTO_REQUIRED, nothing written). The verifying side is told.
   */
  async rectify(ctx: RequestContext, id: string, body: RectifyHazard): Promise<HazardDetail> {
    return this.step(ctx, id, 'rectify', async (work, hazard) => {
      const photos = await countHazardPhotos(work.tx, hazard.id, 'rectification', hazard.round);
      const problem = rectificationProblem({ rectificationPhotos: photos, note: body.note });
      if (problem) throw new AppError(problem);
      const at = nowIso(new Date());
      await this.addEvent(work, hazard, 'rectified', { note: body.note, at });
      await this.notify(work, await verifierUsers(work.tx, hazard), 'hazard.rectified', hazard, {
        title: `安全隐患已整改，请验收：${hazard.title}`,
        body: `${hazard.assignee_name ?? hazard.village_name}`,
      });
      return { patch: { rectified_at: at, rectify_note: body.note, reason: null }, detail: { photos } };
    });
  }

  async verify(ctx: RequestContext, id: string, body: VerifyHazard): Promise<HazardDetail> {
    return this.step(ctx, id, 'verify', async (work, hazard) => {
      const actor = requireActor(ctx);
      await this.addEvent(work, hazard, 'verified', { note: body.note ?? null });
      await this.notify(work, await rectifierUsers(work.tx, hazard), 'hazard.verified', hazard, {
        title: `安全隐患已验收销号：${hazard.title}`,
        body: body.note ?? '',
      });
      return {
        patch: { verified_at: nowIso(new Date()), verified_by: actor.userId, verified_by_name: actor.displayName },
        detail: body.note ? { note: body.note } : {},
      };
    });
  }

  /** The verifying side sends the rectification back with the reason: a new round, new photos needed. */
  async sendBack(ctx: RequestContext, id: string, body: SendBackHazard): Promise<HazardDetail> {
    return this.step(ctx, id, 'sendBack', async (work, hazard) => {
      await this.addEvent(work, hazard, 'sent_back', { note: body.reason });
      await this.notify(work, await rectifierUsers(work.tx, hazard), 'hazard.sent_back', hazard, {
        title: `安全隐患整改未通过验收：${hazard.title}`,
        body: body.reason,
      });
      return {
        patch: { rectified_at: null, round: hazard.round + 1, reason: body.reason },
        detail: { reason: body.reason },
      };
    });
  }

  /**
   * A photo: of the report (`report`, by its reporter or whoever may report in its village, while it is not yet
   * verified — the reporter adds them right after reporting) or of the rectification (`rectification`, by the assignee side while assigned).
   * Access is checked before the body is read (a refusal costs no upload) and again in the unit of work.
   */
  async uploadPhoto(
    ctx: RequestContext,
    id: string,
    kind: HazardPhotoKind,
    file: () => Promise<FilePart>,
  ): Promise<HazardPhoto> {
    const { db } = this.deps;
    const hazard = await this.photoTarget(db, ctx, id, kind);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      hazard,
      await file(),
      PHOTO_TYPES,
      async (work, columns) => {
        const current = await this.photoTarget(work.tx, ctx, id, kind);
        const added: HazardPhotoRow = {
          ...columns,
          hazard_id: current.id,
          kind,
          round: kind === 'rectification' ? current.round : 0,
        };
        await insertHazardPhotoRows(work.tx, [added]);
        await work.audit({
          action: 'hazard.photo',
          targetType: 'hazard',
          targetId: current.id,
          detail: { kind, round: added.round, ...uploadAuditDetail('photoId', columns) },
        });
        return added;
      },
    );
    return presentPhoto(row);
  }

  /** A photo after the same read check as its hazard; audited, as a failure when missing from disk. */
  async downloadPhoto(
    ctx: RequestContext,
    photoId: string,
  ): Promise<{ row: HazardPhotoRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (work) => {
        const found = await findHazardPhotoRow(work.tx, photoId);
        await requireHazardRead(work.tx, ctx, found ? await findHazardView(work.tx, found.hazard_id) : null);
        if (!found) throw notFound();
        return found;
      },
      (found) => ({
        action: 'hazard.photo.download',
        targetType: 'hazard',
        targetId: found.hazard_id,
        detail: { photoId },
      }),
    );
  }

  /** Rows as list items in a fixed number of queries (the policy's scopes are resolved once). */
  async presentMany(db: Executor, ctx: RequestContext, rows: readonly HazardView[]): Promise<Hazard[]> {
    const policy = await hazardPolicy(db, ctx);
    return Promise.all(rows.map((row) => presentHazard(row, policy)));
  }

  private async present(db: Executor, ctx: RequestContext, row: HazardView | null): Promise<Hazard> {
    if (!row) throw notFound();
    return presentHazard(row, await hazardPolicy(db, ctx));
  }

  private async detail(db: Executor, ctx: RequestContext, id: string): Promise<HazardDetail> {
    const hazard = await this.present(db, ctx, (await findHazardView(db, id)) ?? null);
    const [events, photos] = await Promise.all([listHazardEventRows(db, id), listHazardPhotoRows(db, id)]);
    return {
      ...hazard,
      history: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        at: event.at,
        actorName: event.actor_name,
        note: event.note,
        assigneeName: event.assignee_name,
        deadline: event.deadline,
      })),
      photos: photos.map(presentPhoto),
    };
  }

  /**
   * One step of the hazard's life: read access (404), the right (403: HAZARD_WRONG_SIDE for a verifier of the other
   * side, HAZARD_NOT_RECTIFIER for a rectifier of another village or department, else FORBIDDEN) and the state (409
   * HAZARD_STATE_INVALID), then the change with its audit row in one unit of work. The row is updated only while
   * still in the state read, so two concurrent steps cannot both pass.
   */
  private async step(
    ctx: RequestContext,
    id: string,
    action: HazardAction,
    work: (
      uow: UnitOfWork,
      hazard: HazardView,
    ) => Promise<{ patch: Partial<Omit<HazardRow, 'id'>>; detail: Record<string, unknown> }>,
  ): Promise<HazardDetail> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { hazard, policy } = await requireHazardRead(tx, ctx, await findHazardView(tx, id));
      await refuseUnlessAllowed(policy, hazard, action);
      const result = hazardStep(hazard.state, action, await policy.rights(hazard));
      const to: HazardState = (result.ok ? result.to : null) ?? hazard.state;
      const { patch, detail } = await work(uow, hazard);
      const updated = await updateHazardRow(tx, hazard.id, hazard.state, {
        ...patch,
        state: to,
        updated_at: nowIso(new Date()),
      });
      if (!updated) throw new AppError('HAZARD_STATE_INVALID');
      await uow.audit({
        action: action === 'sendBack' ? 'hazard.send_back' : `hazard.${action}`,
        targetType: 'hazard',
        targetId: hazard.id,
        detail: { ...detail, ...(to !== hazard.state ? { from: hazard.state, to } : {}) },
      });
      return this.detail(tx, ctx, hazard.id);
    });
  }

  private async photoTarget(db: Executor, ctx: RequestContext, id: string, kind: HazardPhotoKind): Promise<HazardView> {
    const { hazard, policy } = await requireHazardRead(db, ctx, await findHazardView(db, id));
    if (kind === 'rectification') {
      await refuseUnlessAllowed(policy, hazard, 'photo');
    } else {
      await requireReportPhotoRight(db, ctx, hazard);
      if (hazard.state === 'verified') throw new AppError('HAZARD_STATE_INVALID');
    }
    return hazard;
  }

  private async addEvent(
    work: UnitOfWork,
    hazard: { id: string; town_id: string; jurisdiction_id: string },
    kind: HazardEventKind,
    event: { note: string | null; assigneeName?: string; deadline?: string; at?: string },
  ): Promise<void> {
    const actor = work.ctx.actor;
    await insertHazardEventRows(work.tx, [
      {
        id: newId(),
        hazard_id: hazard.id,
        town_id: hazard.town_id,
        jurisdiction_id: hazard.jurisdiction_id,
        kind,
        actor_id: actor?.userId ?? null,
        actor_name: actor?.displayName ?? null,
        note: event.note,
        assignee_name: event.assigneeName ?? null,
        deadline: event.deadline ?? null,
        at: event.at ?? nowIso(new Date()),
      },
    ]);
  }

  private async notify(
    work: UnitOfWork,
    userIds: readonly string[],
    kind: HazardNotificationKind,
    hazard: { id: string },
    text: { title: string; body: string },
  ): Promise<void> {
    const actorId = work.ctx.actor?.userId;
    const recipients = userIds.filter((userId) => userId !== actorId);
    if (recipients.length === 0) return;
    await work.notify({ userIds: recipients, kind, ...text, targetType: 'hazard', targetId: hazard.id });
  }
}

/** The stable refusal for a step the caller may not take, with the more precise codes of §8's two rules. */
async function refuseUnlessAllowed(policy: HazardPolicy, hazard: HazardView, action: HazardAction): Promise<void> {
  const result = hazardStep(hazard.state, action, await policy.rights(hazard));
  if (result.ok) return;
  if (result.code === 'FORBIDDEN') {
    if ((action === 'verify' || action === 'sendBack') && (await policy.holdsVerify(hazard))) {
      throw new AppError('HAZARD_WRONG_SIDE');
    }
    if ((action === 'rectify' || action === 'photo') && (await policy.holdsRectify(hazard))) {
      throw new AppError('HAZARD_NOT_RECTIFIER');
    }
  }
  throw new AppError(result.code);
}

export async function presentHazard(row: HazardView, policy: HazardPolicy, now: Date = new Date()): Promise<Hazard> {
  const deadline = hazardDeadlineStatus({ state: row.state, dueOn: row.due_on }, now);
  return {
    id: row.id,
    townId: row.town_id,
    villageId: row.jurisdiction_id,
    villageName: row.village_name,
    source: row.source,
    sourceRef: row.source_ref_kind && row.source_ref_id ? { kind: row.source_ref_kind, id: row.source_ref_id } : null,
    title: row.title,
    description: row.description,
    location: row.location,
    state: row.state,
    verifierSide: row.verifier_side,
    reportedAt: row.reported_at,
    reportedByName: row.reported_by_name,
    reporterName: maskName(row.reporter_name),
    reporterPhone: row.phone_masked,
    responsibleName: row.responsible_name,
    assigneeKind: row.assignee_kind,
    assigneeName: row.assignee_name,
    dueOn: row.due_on,
    deadline,
    overdue: deadline.kind === 'overdue',
    round: row.round,
    rectifiedAt: row.rectified_at,
    rectifyNote: row.rectify_note,
    verifiedAt: row.verified_at,
    verifiedByName: row.verified_by_name,
    reason: row.reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions: await policy.actions(row),
  };
}

/** The phone's three stored columns (a hazard keeps no ID number or address of its reporter). */
function reporterPhone(pii: Partial<PiiColumns>): Pick<HazardRow, 'phone_enc' | 'phone_bidx' | 'phone_masked'> {
  return {
    phone_enc: pii.phone_enc ?? null,
    phone_bidx: pii.phone_bidx ?? null,
    phone_masked: pii.phone_masked ?? null,
  };
}

function presentPhoto(row: HazardPhotoRow): HazardPhoto {
  return {
    id: row.id,
    hazardId: row.hazard_id,
    kind: row.kind,
    round: row.round,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}
