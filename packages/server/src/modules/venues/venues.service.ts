import type { Readable } from 'node:stream';
import {
  AGREEMENT_STATE_LABELS,
  type AttachVenueCameras,
  agreementInForce,
  agreementState,
  type CreateVenue,
  type CreateVenueAgreement,
  consentWindow,
  currentAgreement,
  formatBeijingDate,
  type Page,
  type RevokeVenueAgreement,
  registerAsciiName,
  registerFileName,
  type UpdateVenue,
  VENUE_KIND_LABELS,
  type Venue,
  type VenueAgreement,
  type VenueAgreementDocument,
  type VenueCamera,
  type VenueDetail,
  type VenueListQuery,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { groupBy } from '../../platform/group-by';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { attachCamerasToVenue, recordAgreementConsents, revokeAgreementConsents } from '../cameras/camera-consents';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import { closeViewsOfCameras } from '../video-views/view-closer';
import {
  agreementActionsChecker,
  contactUnmaskChecker,
  requireAction,
  requireVenueRead,
  requireVenueVillage,
  venueActionsChecker,
  venueManageScope,
  venueReadScope,
} from './venues.policy';
import {
  type AgreementDocumentRow,
  type AgreementRow,
  findAgreementDocumentRow,
  findAgreementRow,
  findContactPerson,
  findVenueView,
  insertAgreementCameraRows,
  insertAgreementDocumentRow,
  insertAgreementRow,
  insertVenueRow,
  listAgreementCameraRows,
  listAgreementDocumentRows,
  listAgreementRows,
  listCamerasByIds,
  listVenueCameraRows,
  listVenueContactRows,
  listVenueViews,
  revokeAgreementRow,
  updateVenueRow,
  type VenueRow,
  type VenueView,
} from './venues.repository';

/** The signed paper: a scan (PDF) or a photo of it. */
const DOCUMENT_TYPES = ['pdf', 'jpg', 'png'] as const;
const EXPORT_LIMIT = 5000;

/**
 * Venues (场所) and their camera-sharing agreements (issue #11 §2). An agreement writes the registry's consents for
 * its cameras in its own unit of work, and a revocation revokes them in the revocation's, so the registry's
 * visibility rule hides the cameras from the instant either commits; viewers already watching are closed by the
 * live module's sweep (within a minute).
 */
export class VenuesService {
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
  }

  async list(ctx: RequestContext, query: VenueListQuery): Promise<Page<Venue>> {
    const { db } = this.deps;
    const scope = await venueReadScope(db, ctx);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listVenueViews(db, scope, {
      villageId: query.villageId,
      kind: query.kind,
      q: query.q,
      after: key ? [String(key[0]), String(key[1])] : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.name, row.id],
    );
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<VenueDetail> {
    return this.detail(this.deps.db, ctx, id);
  }

  /** A village out of reach, or a contact who is not a person of the venue's town, is refused before any write. */
  async create(ctx: RequestContext, input: CreateVenue): Promise<VenueDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await venueManageScope(tx, ctx);
      const village = await findJurisdiction(tx, input.villageId);
      requireVenueVillage(scope, village);
      if (input.contactPersonId) await this.requireContact(tx, village.town_id, input.contactPersonId);
      const now = nowIso();
      const row: VenueRow = {
        id: newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        name: input.name,
        kind: input.kind,
        address: input.address || null,
        contact_person_id: input.contactPersonId ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await insertVenueRow(tx, row);
      await uow.audit({
        action: 'venue.create',
        targetType: 'venue',
        targetId: row.id,
        detail: { kind: row.kind, jurisdictionId: row.jurisdiction_id },
      });
      return this.detail(tx, ctx, row.id);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateVenue): Promise<VenueDetail> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const venue = await this.readable(tx, ctx, id);
      requireAction((await venueActionsChecker(tx, ctx))(venue), 'edit');
      if (input.contactPersonId) await this.requireContact(tx, venue.town_id, input.contactPersonId);
      const patch = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.address !== undefined ? { address: input.address || null } : {}),
        ...(input.contactPersonId !== undefined ? { contact_person_id: input.contactPersonId } : {}),
      };
      await updateVenueRow(tx, id, { ...patch, updated_at: nowIso() });
      await uow.audit({
        action: 'venue.update',
        targetType: 'venue',
        targetId: id,
        detail: { fields: Object.keys(patch) },
      });
      return this.detail(tx, ctx, id);
    });
  }

  /**
   * Adds registered venue cameras to the venue: each must be a `venue` camera of the venue's town, not another
   * venue's; otherwise 400 VENUE_CAMERA_NOT_ATTACHABLE for the whole request (cameras out of reach read as missing).
   */
  async attachCameras(ctx: RequestContext, id: string, input: AttachVenueCameras): Promise<VenueDetail> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const venue = await this.readable(tx, ctx, id);
      requireAction((await venueActionsChecker(tx, ctx))(venue), 'cameras');
      const ids = [...new Set(input.cameraIds)];
      const cameras = await listCamerasByIds(tx, ids);
      const refused = ids.filter((cameraId) => {
        const camera = cameras.find((c) => c.id === cameraId);
        return (
          !camera ||
          camera.town_id !== venue.town_id ||
          camera.kind !== 'venue' ||
          (camera.venue_id !== null && camera.venue_id !== venue.id)
        );
      });
      if (refused.length > 0) throw new AppError('VENUE_CAMERA_NOT_ATTACHABLE', { cameraIds: refused });
      await attachCamerasToVenue(uow, venue.id, ids);
      await uow.audit({
        action: 'venue.cameras.attach',
        targetType: 'venue',
        targetId: venue.id,
        detail: { count: ids.length },
      });
      return this.detail(tx, ctx, id);
    });
  }

  /**
   * An agreement over some of the venue's cameras, and the registry's consents for them in the same unit of work.
   * A last day before the first, or a camera that is not this venue's (another town's, another venue's, missing),
   * is refused with nothing written.
   */
  async createAgreement(ctx: RequestContext, venueId: string, input: CreateVenueAgreement): Promise<VenueAgreement> {
    const actor = requireActor(ctx);
    const consent = consentWindow(input.firstDay, input.lastDay);
    if (!consent.ok) throw new AppError('VENUE_AGREEMENT_ENDS_BEFORE_START');
    const { window } = consent;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const venue = await this.readable(tx, ctx, venueId);
      requireAction((await venueActionsChecker(tx, ctx))(venue), 'agreement');
      const cameraIds = [...new Set(input.cameraIds)];
      const cameras = await listCamerasByIds(tx, cameraIds);
      const refused = cameraIds.filter((cameraId) => {
        const camera = cameras.find((c) => c.id === cameraId);
        return !camera || camera.town_id !== venue.town_id || camera.venue_id !== venue.id;
      });
      if (refused.length > 0) throw new AppError('VENUE_CAMERA_NOT_OF_VENUE', { cameraIds: refused });
      const roles = [...new Set(input.roles)];
      const purposes = [...new Set(input.purposes)];
      const row: AgreementRow = {
        id: newId(),
        venue_id: venue.id,
        town_id: venue.town_id,
        jurisdiction_id: venue.jurisdiction_id,
        first_day: input.firstDay,
        last_day: input.lastDay,
        starts_at: window.startsAt,
        expires_at: window.expiresAt,
        roles,
        purposes,
        allows_playback: input.allowsPlayback ? 1 : 0,
        note: input.note || null,
        revoked_at: null,
        revoked_by: null,
        revoked_by_name: null,
        revoke_reason: null,
        created_by: actor.userId,
        created_by_name: actor.displayName,
        created_at: nowIso(),
      };
      await insertAgreementRow(tx, row);
      await insertAgreementCameraRows(
        tx,
        cameraIds.map((cameraId) => ({ agreement_id: row.id, camera_id: cameraId })),
      );
      await recordAgreementConsents(uow, {
        agreementId: row.id,
        cameraIds,
        roles,
        purposes,
        allowsPlayback: input.allowsPlayback,
        startsOn: input.firstDay,
        lastDay: input.lastDay,
      });
      await uow.audit({
        action: 'venue.agreement.create',
        targetType: 'venue_agreement',
        targetId: row.id,
        detail: {
          venueId: venue.id,
          count: cameraIds.length,
          roles,
          purposes,
          from: input.firstDay,
          to: input.lastDay,
        },
      });
      return this.agreement(tx, ctx, row.id);
    });
  }

  /**
   * Revokes an agreement and its consents in one unit of work: from the commit on, the registry's visibility rule
   * hides its cameras from every new view. Viewers already watching those cameras are closed right after the commit
   * (those another consent or grant still covers go on); the live sweep is the net if this process dies in between.
   */
  async revokeAgreement(ctx: RequestContext, id: string, input: RevokeVenueAgreement): Promise<VenueAgreement> {
    const { agreement, cameraIds } = await this.revokeWithConsents(ctx, id, input);
    await closeViewsOfCameras(this.deps, cameraIds, 'consent_revoked');
    return agreement;
  }

  /** The revocation's unit of work: the agreement as revoked, and the cameras whose consents it ended. */
  private async revokeWithConsents(
    ctx: RequestContext,
    id: string,
    input: RevokeVenueAgreement,
  ): Promise<{ agreement: VenueAgreement; cameraIds: string[] }> {
    const actor = requireActor(ctx);
    const reason = input.reason.trim();
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const found = await this.readableAgreement(tx, ctx, id);
      requireAction((await venueActionsChecker(tx, ctx))(found), 'agreement');
      if (found.revoked_at !== null) throw new AppError('VENUE_AGREEMENT_REVOKED');
      if (reason === '') throw new AppError('REASON_REQUIRED');
      const revoked = await revokeAgreementRow(tx, id, {
        at: nowIso(),
        by: actor.userId,
        byName: actor.displayName,
        reason,
      });
      if (!revoked) throw new AppError('VENUE_AGREEMENT_REVOKED');
      const cameraIds = await revokeAgreementConsents(uow, id);
      await uow.audit({
        action: 'venue.agreement.revoke',
        targetType: 'venue_agreement',
        targetId: id,
        detail: { venueId: found.venue_id, reason, count: cameraIds.length },
      });
      return { agreement: await this.agreement(tx, ctx, id), cameraIds };
    });
  }

  /**
   * The signed document of an agreement the caller may manage: PDF, JPEG or PNG by content, within the upload size
   * limit. Access is checked before the body is read and again with the row; a refused file is removed.
   */
  async uploadDocument(
    ctx: RequestContext,
    agreementId: string,
    file: () => Promise<FilePart>,
  ): Promise<VenueAgreementDocument> {
    const target = await this.documentTarget(this.deps.db, ctx, agreementId);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      target,
      await file(),
      DOCUMENT_TYPES,
      async (uow, columns) => {
        await this.documentTarget(uow.tx, ctx, agreementId);
        const added: AgreementDocumentRow = { ...columns, agreement_id: agreementId };
        await insertAgreementDocumentRow(uow.tx, added);
        await uow.audit({
          action: 'venue.agreement.document',
          targetType: 'venue_agreement',
          targetId: agreementId,
          detail: uploadAuditDetail('documentId', columns),
        });
        return added;
      },
    );
    return presentDocument(row);
  }

  /** A signed document after the same read check as its venue; audited, as a failure when the file is missing. */
  async downloadDocument(
    ctx: RequestContext,
    documentId: string,
  ): Promise<{ row: AgreementDocumentRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findAgreementDocumentRow(uow.tx, documentId);
        await requireVenueRead(uow.tx, ctx, found);
        if (!found) throw notFound();
        return found;
      },
      (found) => ({
        action: 'venue.agreement.document.download',
        targetType: 'venue_agreement',
        targetId: found.agreement_id,
        detail: { documentId },
      }),
    );
  }

  /**
   * The list's filters as a workbook. Contact phones are masked, and clear only where the caller holds
   * person.unmask over the contact; one audit row with the count, the filters and how many clear values it carried.
   */
  async export(ctx: RequestContext, query: Omit<VenueListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await venueReadScope(tx, ctx);
      const rows = await listVenueViews(tx, scope, { ...query, limit: EXPORT_LIMIT });
      const ids = rows.map((row) => row.id);
      const agreements = groupBy(await listAgreementRows(tx, ids), (row) => row.venue_id);
      const cameras = groupBy(await listVenueCameraRows(tx, ids), (row) => row.venue_id ?? '');
      const contacts = new Map((await listVenueContactRows(tx, ids)).map((row) => [row.venue_id, row]));
      const mayUnmask = await contactUnmaskChecker(tx, ctx);
      const now = new Date();
      let clear = 0;
      const lines = rows.map((row) => {
        const contact = contacts.get(row.id);
        let phone = row.contact_phone_masked ?? '';
        if (
          contact?.phone_enc &&
          mayUnmask({ town_id: contact.person_town_id, jurisdiction_id: contact.person_jurisdiction_id })
        ) {
          phone = this.deps.cipher.decrypt(contact.phone_enc);
          clear += 1;
        }
        const current = currentAgreement((agreements.get(row.id) ?? []).map(agreementWindow), now);
        return [
          row.name,
          VENUE_KIND_LABELS[row.kind].zh,
          row.village_name,
          row.address ?? '',
          row.contact_name ?? '',
          phone,
          String(cameras.get(row.id)?.length ?? 0),
          current ? AGREEMENT_STATE_LABELS[current.state].zh : '无协议',
          current ? current.agreement.lastDay : '',
          formatBeijingDate(row.created_at),
        ];
      });
      await uow.audit({
        action: 'venue.export',
        targetType: 'venue',
        detail: { count: lines.length, filters: query, clear },
      });
      const body = await listWorkbookBody(
        '视频共享场所',
        [
          '场所名称',
          '类型',
          '所在村（社区）',
          '地址',
          '联系人',
          '联系电话',
          '摄像机数',
          '协议状态',
          '协议截止日',
          '登记日期',
        ],
        lines,
      );
      return {
        body,
        fileName: registerFileName('视频共享场所台账', '', now),
        asciiName: registerAsciiName('venues', now),
      };
    });
  }

  private async requireContact(db: Executor, townId: string, personId: string): Promise<void> {
    const person = await findContactPerson(db, personId);
    if (!person || person.town_id !== townId) throw new AppError('VENUE_CONTACT_NOT_FOUND');
  }

  private async documentTarget(db: Executor, ctx: RequestContext, agreementId: string): Promise<AgreementRow> {
    const found = await this.readableAgreement(db, ctx, agreementId);
    requireAction((await agreementActionsChecker(db, ctx))(found), 'document');
    return found;
  }

  private async readable(db: Executor, ctx: RequestContext, id: string): Promise<VenueView> {
    const found = await findVenueView(db, id);
    await requireVenueRead(db, ctx, found);
    if (!found) throw notFound();
    return found;
  }

  private async readableAgreement(db: Executor, ctx: RequestContext, id: string): Promise<AgreementRow> {
    const found = await findAgreementRow(db, id);
    await requireVenueRead(db, ctx, found);
    if (!found) throw notFound();
    return found;
  }

  private async agreement(db: Executor, ctx: RequestContext, id: string): Promise<VenueAgreement> {
    const found = await this.readableAgreement(db, ctx, id);
    const [presented] = await this.presentAgreements(db, ctx, [found], new Date());
    if (!presented) throw notFound();
    return presented;
  }

  private async detail(db: Executor, ctx: RequestContext, id: string): Promise<VenueDetail> {
    const venue = await this.readable(db, ctx, id);
    const now = new Date();
    const agreementRows = await listAgreementRows(db, [venue.id]);
    const agreements = await this.presentAgreements(db, ctx, agreementRows, now);
    const shared = new Set(agreements.filter((a) => agreementInForce(a.state)).flatMap((a) => a.cameraIds));
    const cameras: VenueCamera[] = (await listVenueCameraRows(db, [venue.id])).map((camera) => ({
      id: camera.id,
      name: camera.name,
      deviceId: camera.device_id,
      status: camera.status === 'online' ? 'online' : 'offline',
      lastSeenAt: camera.last_seen_at,
      shared: shared.has(camera.id),
    }));
    const actionsOf = await venueActionsChecker(db, ctx);
    return { ...presentVenue(venue, agreementRows, cameras.length, actionsOf(venue), now), cameras, agreements };
  }

  /** A page of venues: their agreements and cameras in one query each, whatever the page size. */
  private async present(db: Executor, ctx: RequestContext, rows: readonly VenueView[]): Promise<Venue[]> {
    const ids = rows.map((row) => row.id);
    const agreements = groupBy(await listAgreementRows(db, ids), (row) => row.venue_id);
    const cameras = groupBy(await listVenueCameraRows(db, ids), (row) => row.venue_id ?? '');
    const actionsOf = await venueActionsChecker(db, ctx);
    const now = new Date();
    return rows.map((row) =>
      presentVenue(row, agreements.get(row.id) ?? [], cameras.get(row.id)?.length ?? 0, actionsOf(row), now),
    );
  }

  /** Agreements with their cameras and latest document: one query each for any number of agreements. */
  private async presentAgreements(
    db: Executor,
    ctx: RequestContext,
    rows: readonly AgreementRow[],
    now: Date,
  ): Promise<VenueAgreement[]> {
    const ids = rows.map((row) => row.id);
    const cameras = groupBy(await listAgreementCameraRows(db, ids), (row) => row.agreement_id);
    const documents = groupBy(await listAgreementDocumentRows(db, ids), (row) => row.agreement_id);
    const actionsOf = await agreementActionsChecker(db, ctx);
    return rows.map((row) => {
      const document = documents.get(row.id)?.[0];
      return {
        id: row.id,
        venueId: row.venue_id,
        cameraIds: (cameras.get(row.id) ?? []).map((camera) => camera.camera_id),
        roles: row.roles,
        purposes: row.purposes,
        allowsPlayback: row.allows_playback === 1,
        firstDay: row.first_day,
        lastDay: row.last_day,
        startsAt: row.starts_at,
        expiresAt: row.expires_at,
        state: agreementState(agreementWindow(row), now),
        note: row.note,
        document: document ? presentDocument(document) : null,
        revokedAt: row.revoked_at,
        revokedByName: row.revoked_by_name,
        revokeReason: row.revoke_reason,
        createdByName: row.created_by_name,
        createdAt: row.created_at,
        actions: actionsOf(row),
      };
    });
  }
}

function agreementWindow(row: AgreementRow) {
  return {
    startsAt: row.starts_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
    lastDay: row.last_day,
  };
}

function presentVenue(
  row: VenueView,
  agreements: readonly AgreementRow[],
  cameraCount: number,
  actions: string[],
  now: Date,
): Venue {
  const current = currentAgreement(agreements.map(agreementWindow), now);
  return {
    id: row.id,
    townId: row.town_id,
    villageId: row.jurisdiction_id,
    villageName: row.village_name,
    name: row.name,
    kind: row.kind,
    address: row.address,
    contactPersonId: row.contact_person_id,
    contactName: row.contact_name,
    contactPhoneMasked: row.contact_phone_masked,
    cameraCount,
    agreementState: current?.state ?? null,
    agreementLastDay: current?.agreement.lastDay ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions,
  };
}

function presentDocument(row: AgreementDocumentRow): VenueAgreementDocument {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}
