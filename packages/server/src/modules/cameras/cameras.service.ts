import {
  type AddCameraConsent,
  type Camera,
  type CameraConsent,
  type CameraDetail,
  type CameraListQuery,
  type CameraOwnerInput,
  type CreateCamera,
  consentWindow,
  type Page,
  type StreamSource,
  townDivisionCode,
  type UpdateCamera,
  validateDeviceId,
} from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { CamerasTable } from '../../db/schema';
import { inScope } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction, type JurisdictionRow } from '../directory/jurisdictions.repository';
import { findPersonRow, insertPersonRow } from '../directory/people.repository';
import { newPersonRow } from '../directory/person-pii';
import {
  consentSummary,
  decryptSource,
  encryptSource,
  mergeSource,
  presentCamera,
  presentConsent,
  sourceView,
} from './camera-presenter';
import {
  cameraActions,
  cameraScope,
  groupTowns,
  requireCameraList,
  requireCameraManage,
  requireCameraRead,
} from './cameras.policy';
import {
  type CameraRow,
  type CameraView,
  findCameraView,
  findConsentRow,
  insertCameraRows,
  insertConsents,
  listCameraViews,
  listConsentsOfCameras,
  listGroupsOfCamera,
  listTakenDeviceIds,
  revokeConsentRows,
  updateCameraRow,
} from './cameras.repository';

const CAMERA_PLACES = ['village', 'community'] as const;

/**
 * The camera registry (平台联建, domain.md §9): cameras with their GB/T 28181 device id checked against their town,
 * household owners as directory people, stream sources encrypted, and the consents of household and venue cameras
 * (revoked ones kept as history). Every change is one unit of work with its audit row.
 */
export class CamerasService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, query: CameraListQuery): Promise<Page<Camera>> {
    const { db } = this.deps;
    const scope = await requireCameraList(db, ctx);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listCameraViews(db, scope, {
      villageId: query.villageId,
      kind: query.kind,
      status: query.status,
      q: query.q,
      after: key ? { name: String(key[0]), id: String(key[1]) } : null,
      limit: query.limit + 1,
    });
    const present = await this.presenter(db, ctx, rows.slice(0, query.limit));
    return toPage(rows, query.limit, present, (row) => [row.name, row.id]);
  }

  async get(ctx: RequestContext, id: string, exec: Executor = this.deps.db): Promise<CameraDetail> {
    const row = await requireCameraRead(exec, ctx, await findCameraView(exec, id));
    const camera = (await this.presenter(exec, ctx, [row]))(row);
    // Group names are read where the groups are (groups.list's rule), so the page needs no other list.
    const groups = (await groupTowns(exec, ctx)).has(row.town_id) ? await listGroupsOfCamera(exec, id) : [];
    return { ...camera, groups };
  }

  async create(ctx: RequestContext, input: CreateCamera): Promise<CameraDetail> {
    const { db, cipher } = this.deps;
    const { village, town } = await this.placeFor(db, ctx, input.villageId);
    await this.checkDeviceId(db, input.deviceId, town);
    if (input.kind === 'household' && !input.owner) throw new AppError('CAMERA_OWNER_REQUIRED');
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const owner = input.kind === 'household' && input.owner ? await this.ownerFor(uow, village, input.owner) : null;
      const now = nowIso();
      const row: CameraRow = {
        id: newId(),
        town_id: town.id,
        village_id: village.id,
        device_id: input.deviceId,
        name: input.name,
        kind: input.kind,
        address: input.address || null,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        owner_person_id: owner?.id ?? null,
        venue_id: null,
        source_kind: input.source.kind,
        source_enc: encryptSource(cipher, input.source),
        status: 'offline',
        last_seen_at: null,
        status_checked_at: null,
        active: 1,
        created_at: now,
        updated_at: now,
      };
      await refuseDuplicate(insertCameraRows(uow.tx, [row]), 'CAMERA_DEVICE_ID_TAKEN');
      await uow.audit({
        action: 'camera.create',
        targetType: 'camera',
        targetId: row.id,
        detail: {
          kind: row.kind,
          deviceId: row.device_id,
          source: row.source_kind,
          ownerCreated: owner?.created ?? false,
        },
      });
      return this.get(ctx, row.id, uow.tx);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateCamera): Promise<CameraDetail> {
    const { db, cipher } = this.deps;
    const camera = await requireCameraManage(db, ctx, await findCameraView(db, id));
    const place =
      input.villageId && input.villageId !== camera.village_id ? await this.placeFor(db, ctx, input.villageId) : null;
    const town = place?.town ?? (await findJurisdiction(db, camera.town_id));
    const deviceId = input.deviceId ?? camera.device_id;
    if (deviceId !== camera.device_id || place) {
      if (!town) throw new AppError('CAMERA_NOT_FOUND');
      await this.checkDeviceId(db, deviceId, town, camera.id);
    }
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const found = place?.village ?? (await findJurisdiction(uow.tx, camera.village_id));
      if (!found) throw new AppError('CAMERA_NOT_FOUND');
      const village = { ...found, town_id: place?.town.id ?? camera.town_id };
      const owner =
        camera.kind === 'household' && input.owner ? await this.ownerFor(uow, village, input.owner) : undefined;
      const patch: Updateable<CamerasTable> = { updated_at: nowIso() };
      const changed: string[] = [];
      const set = <K extends keyof CamerasTable>(field: K, value: CamerasTable[K] | undefined, name: string) => {
        if (value === undefined || value === camera[field as keyof CameraView]) return;
        patch[field] = value as Updateable<CamerasTable>[K];
        changed.push(name);
      };
      if (place) {
        set('village_id', place.village.id, 'village');
        set('town_id', place.town.id, 'town');
      }
      set('device_id', input.deviceId, 'deviceId');
      set('name', input.name, 'name');
      set('address', input.address === undefined ? undefined : input.address || null, 'address');
      set('lat', input.lat, 'lat');
      set('lng', input.lng, 'lng');
      set('active', input.active === undefined ? undefined : input.active ? 1 : 0, 'active');
      if (owner) set('owner_person_id', owner.id, 'owner');
      if (input.source) {
        const stored = decryptSource(cipher, camera.source_enc);
        const next: StreamSource = mergeSource(stored, input.source);
        if (JSON.stringify(next) !== JSON.stringify(stored)) {
          patch.source_enc = encryptSource(cipher, next);
          patch.source_kind = next.kind;
          changed.push('source');
        }
      }
      if (changed.length > 0) {
        await refuseDuplicate(updateCameraRow(uow.tx, id, patch), 'CAMERA_DEVICE_ID_TAKEN');
        await uow.audit({ action: 'camera.update', targetType: 'camera', targetId: id, detail: { fields: changed } });
      }
      return this.get(ctx, id, uow.tx);
    });
  }

  async consents(ctx: RequestContext, id: string): Promise<{ items: CameraConsent[] }> {
    const { db } = this.deps;
    const camera = await requireCameraRead(db, ctx, await findCameraView(db, id));
    const manages = inScope(await cameraScope(db, ctx, 'camera.manage'), {
      townId: camera.town_id,
      jurisdictionId: camera.village_id,
    });
    const at = nowIso();
    const rows = await listConsentsOfCameras(db, [id]);
    return { items: rows.map((row) => presentConsent(row, at, manages ? ['revoke'] : [])) };
  }

  async addConsent(ctx: RequestContext, id: string, input: AddCameraConsent): Promise<CameraConsent> {
    const { db } = this.deps;
    const camera = await requireCameraManage(db, ctx, await findCameraView(db, id));
    if (camera.kind === 'public') throw new AppError('CAMERA_CONSENT_NOT_NEEDED');
    const window = consentWindow(input.startsOn, input.lastDay);
    if (!window.ok) throw new AppError(window.code);
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const consentId = newId();
      await insertConsents(uow.tx, [
        {
          row: {
            id: consentId,
            camera_id: id,
            agreement_id: null,
            allows_playback: input.allowsPlayback ? 1 : 0,
            purposes: [...new Set(input.purposes)],
            starts_at: window.window.startsAt,
            expires_at: window.window.expiresAt,
            revoked_at: null,
            revoked_by: null,
            created_by: actor.userId,
            created_at: nowIso(),
          },
          roles: [...new Set(input.roles)],
        },
      ]);
      await uow.audit({
        action: 'camera.consent.add',
        targetType: 'camera',
        targetId: id,
        detail: {
          consentId,
          startsOn: input.startsOn,
          lastDay: input.lastDay,
          roles: input.roles,
          purposes: input.purposes,
        },
      });
      return this.consentView(uow.tx, id, consentId);
    });
  }

  async revokeConsent(ctx: RequestContext, id: string, consentId: string): Promise<CameraConsent> {
    const { db } = this.deps;
    await requireCameraManage(db, ctx, await findCameraView(db, id));
    const consent = await findConsentRow(db, consentId);
    if (!consent || consent.camera_id !== id) throw new AppError('CAMERA_CONSENT_NOT_FOUND');
    if (consent.revoked_at !== null) throw new AppError('CAMERA_CONSENT_REVOKED');
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const revoked = await revokeConsentRows(uow.tx, { id: consentId }, nowIso(), actor.userId);
      if (revoked.length === 0) throw new AppError('CAMERA_CONSENT_REVOKED');
      await uow.audit({ action: 'camera.consent.revoke', targetType: 'camera', targetId: id, detail: { consentId } });
      return this.consentView(uow.tx, id, consentId);
    });
  }

  private async consentView(exec: Executor, cameraId: string, consentId: string): Promise<CameraConsent> {
    const rows = await listConsentsOfCameras(exec, [cameraId]);
    const row = rows.find((r) => r.id === consentId);
    if (!row) throw new AppError('CAMERA_CONSENT_NOT_FOUND');
    return presentConsent(row, nowIso(), ['revoke']);
  }

  /** The presenter of a page: consents, actions and (managers) sources in a fixed number of queries. */
  private async presenter(exec: Executor, ctx: RequestContext, rows: readonly CameraView[]) {
    const at = nowIso();
    const consents = await listConsentsOfCameras(
      exec,
      rows.filter((row) => row.kind !== 'public').map((row) => row.id),
    );
    const actionsOf = await cameraActions(exec, ctx);
    const { cipher } = this.deps;
    return (row: CameraView): Camera => {
      const actions = actionsOf(row);
      return presentCamera(row, {
        source: actions.includes('update') ? sourceView(decryptSource(cipher, row.source_enc)) : null,
        consent: consentSummary(
          consents.filter((c) => c.camera_id === row.id),
          at,
        ),
        actions,
      });
    };
  }

  /** A village or community in the caller's camera.manage scope, with its town; CAMERA_VILLAGE_UNKNOWN otherwise. */
  async placeFor(
    exec: Executor,
    ctx: RequestContext,
    villageId: string,
  ): Promise<{ village: JurisdictionRow & { town_id: string }; town: JurisdictionRow }> {
    const scope = await cameraScope(exec, ctx, 'camera.manage');
    if (scope.townIds.size === 0 && scope.jurisdictionIds.size === 0) throw new AppError('FORBIDDEN');
    const village = await findJurisdiction(exec, villageId);
    const townId = village?.town_id;
    if (
      !village ||
      !townId ||
      !(CAMERA_PLACES as readonly string[]).includes(village.level) ||
      !inScope(scope, { townId, jurisdictionId: village.id })
    ) {
      throw new AppError('CAMERA_VILLAGE_UNKNOWN');
    }
    const town = await findJurisdiction(exec, townId);
    if (!town) throw new AppError('CAMERA_VILLAGE_UNKNOWN');
    return { village: { ...village, town_id: townId }, town };
  }

  private async checkDeviceId(exec: Executor, deviceId: string, town: JurisdictionRow, self?: string): Promise<void> {
    const problem = validateDeviceId(deviceId, townDivisionCode(town.code));
    if (problem) throw new AppError(problem);
    if ((await listTakenDeviceIds(exec, [deviceId])).size > 0) {
      const own = self ? await findCameraView(exec, self) : undefined;
      if (own?.device_id !== deviceId) throw new AppError('CAMERA_DEVICE_ID_TAKEN');
    }
  }

  /** The owner: a person of the camera's town, or a new resident of its village (recorded in the same change). */
  private async ownerFor(
    uow: UnitOfWork,
    village: JurisdictionRow & { town_id: string },
    owner: CameraOwnerInput,
  ): Promise<{ id: string; created: boolean }> {
    if ('personId' in owner) {
      const person = await findPersonRow(uow.tx, owner.personId);
      if (!person || person.town_id !== village.town_id) throw new AppError('CAMERA_OWNER_UNKNOWN');
      return { id: person.id, created: false };
    }
    const row = newPersonRow(this.deps.cipher, {
      townId: village.town_id,
      jurisdictionId: village.id,
      name: owner.name,
      kind: 'resident',
      phone: owner.phone ?? null,
      address: owner.address ?? null,
    });
    await insertPersonRow(uow.tx, row);
    await uow.audit({ action: 'person.create', targetType: 'person', targetId: row.id, detail: { via: 'camera' } });
    return { id: row.id, created: true };
  }
}
