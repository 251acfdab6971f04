import {
  addDays,
  type OpenedView,
  type Page,
  shanghaiDate,
  shanghaiDayStart,
  type Venue,
  type VenueAgreement,
  type VenueDetail,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleCamera } from '../src/modules/cameras/camera-visibility';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { newId, nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import type { FakeMediaServer } from './support/fake-media-server';
import {
  callerWith,
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { EXE, PDF } from './support/upload-files';
import { insertVenueCamera } from './support/venue-fixtures';

describe.each(testDialects())('venues on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillage: JurisdictionRow;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let chiefId: string;
  let contactId: string;
  const today = shanghaiDate(new Date());

  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const viewRow = (id: string) =>
    t.deps.db.selectFrom('video_views').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const audits = async (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

  /** A venue camera of a village, in a group the chief role is granted when `groupId` is given. */
  async function camera(village: JurisdictionRow, kind: 'venue' | 'public', groupId?: string): Promise<string> {
    const division = village.town_id === town.town.id ? '42062604' : '42062605';
    const id = await insertVenueCamera(t.deps, village, { kind, division });
    if (groupId)
      await t.deps.db.insertInto('camera_group_members').values({ group_id: groupId, camera_id: id }).execute();
    return id;
  }

  async function chiefGroup(): Promise<string> {
    const id = newId();
    await t.deps.db
      .insertInto('camera_groups')
      .values({ id, town_id: town.town.id, name: `场所视频${id.slice(-4)}`, created_at: nowIso() })
      .execute();
    await t.deps.db
      .insertInto('camera_grants')
      .values({ id: newId(), group_id: id, role: 'chief', account_id: null, created_by: null, created_at: nowIso() })
      .execute();
    return id;
  }

  async function venue(villageId = town.shuangping.id, name = '马良信用社'): Promise<VenueDetail> {
    const created = await send(chief, 'POST', '/api/v1/venues', {
      villageId,
      name,
      kind: 'bank',
      address: '马良镇街道1号',
      contactPersonId: contactId,
    });
    expect(created.statusCode).toBe(201);
    return created.json() as VenueDetail;
  }

  const agreementBody = (cameraIds: string[], firstDay = today, lastDay = addDays(today, 365)) => ({
    cameraIds,
    roles: ['chief', 'officer'],
    purposes: ['patrol', 'incident'],
    allowsPlayback: false,
    firstDay,
    lastDay,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    otherVillage = await seedOtherVillage(t.deps, await seedOtherTown(t.deps, town));
    chiefId = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.duanjiang.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    const contact = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '王行长',
      kind: 'resident',
      phone: '13800005678',
    });
    await insertPersonRow(t.deps.db, contact);
    contactId = contact.id;
  });
  afterAll(async () => t.close());

  it('registers a venue with its contact masked, and refuses a village out of reach or a contact of another town', async () => {
    const created = await venue();
    expect(created).toMatchObject({
      kind: 'bank',
      villageName: '双坪村',
      contactName: '王行长',
      contactPhoneMasked: '138****5678',
      agreementState: null,
      actions: ['edit', 'cameras', 'agreement'],
    });
    expect(JSON.stringify(created)).not.toContain('13800005678');
    const before = await countRows(t.deps, 'venues');
    const far = await send(chief, 'POST', '/api/v1/venues', {
      villageId: otherVillage.id,
      name: '外镇',
      kind: 'hotel',
    });
    expect(far.json().error.code).toBe('VENUE_VILLAGE_NOT_FOUND');
    const outsider = newPersonRow(t.deps.cipher, {
      townId: otherVillage.town_id ?? '',
      jurisdictionId: otherVillage.id,
      name: '外镇人',
      kind: 'resident',
    });
    await insertPersonRow(t.deps.db, outsider);
    const badContact = await send(chief, 'POST', '/api/v1/venues', {
      villageId: town.shuangping.id,
      name: '超市',
      kind: 'supermarket',
      contactPersonId: outsider.id,
    });
    expect(badContact.json().error.code).toBe('VENUE_CONTACT_NOT_FOUND');
    const byOfficer = await send(officer, 'POST', '/api/v1/venues', {
      villageId: town.shuangping.id,
      name: '学校',
      kind: 'school',
    });
    expect(byOfficer.statusCode).toBe(403);
    expect(await countRows(t.deps, 'venues')).toBe(before);
    expect(await audits('venue.create')).toHaveLength(1);
  });

  it('lists venues within camera.read reach: another village’s venue answers 404 like a missing one', async () => {
    const list = (await get(officer, '/api/v1/venues')).json() as Page<Venue>;
    expect(list.items.length).toBeGreaterThan(0);
    const [first] = list.items;
    expect(first?.actions).toEqual([]);
    expect((await get(aux, '/api/v1/venues')).json().items).toEqual([]);
    expect((await get(aux, `/api/v1/venues/${first?.id}`)).statusCode).toBe(404);
    expect((await get(aux, `/api/v1/venues/${newId()}`)).statusCode).toBe(404);
  });

  it('attaches only venue cameras of its town, refusing the whole request otherwise', async () => {
    const created = await venue(town.shuangping.id, '双坪小学');
    const own = await camera(town.shuangping, 'venue');
    const publicCamera = await camera(town.shuangping, 'public');
    const foreign = await camera(otherVillage, 'venue');
    for (const refused of [publicCamera, foreign, newId()]) {
      const response = await send(chief, 'POST', `/api/v1/venues/${created.id}/cameras`, { cameraIds: [own, refused] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('VENUE_CAMERA_NOT_ATTACHABLE');
    }
    const attached = await send(chief, 'POST', `/api/v1/venues/${created.id}/cameras`, { cameraIds: [own] });
    expect(attached.statusCode).toBe(200);
    expect((attached.json() as VenueDetail).cameras.map((c) => c.id)).toEqual([own]);
    expect(await audits('venue.cameras.attach')).toHaveLength(1);
  });

  it('refuses an agreement ending before it starts or over a camera that is not the venue’s, writing nothing', async () => {
    const group = await chiefGroup();
    const created = await venue(town.nanya.id, '南垭卫生院');
    const cam = await camera(town.nanya, 'venue', group);
    await t.deps.db.updateTable('cameras').set({ venue_id: created.id }).where('id', '=', cam).execute();
    const notAttached = await camera(town.nanya, 'venue', group);
    const foreign = await camera(otherVillage, 'venue');
    const before = {
      agreements: await countRows(t.deps, 'venue_agreements'),
      consents: await countRows(t.deps, 'camera_consents'),
    };
    const backwards = await send(
      chief,
      'POST',
      `/api/v1/venues/${created.id}/agreements`,
      agreementBody([cam], today, addDays(today, -1)),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('VENUE_AGREEMENT_ENDS_BEFORE_START');
    for (const other of [notAttached, foreign]) {
      const response = await send(
        chief,
        'POST',
        `/api/v1/venues/${created.id}/agreements`,
        agreementBody([cam, other]),
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('VENUE_CAMERA_NOT_OF_VENUE');
    }
    const byOfficer = await send(officer, 'POST', `/api/v1/venues/${created.id}/agreements`, agreementBody([cam]));
    expect(byOfficer.statusCode).toBe(403);
    expect(await countRows(t.deps, 'venue_agreements')).toBe(before.agreements);
    expect(await countRows(t.deps, 'camera_consents')).toBe(before.consents);
  });

  describe('an agreement and its revocation', () => {
    let venueId: string;
    let cameraId: string;
    let agreement: VenueAgreement;
    const chiefCtx = () => callerWith(chiefId, [{ role: 'chief', on: town.town }]);

    beforeAll(async () => {
      const group = await chiefGroup();
      venueId = (await venue(town.shuangping.id, '马良超市')).id;
      cameraId = await camera(town.shuangping, 'venue', group);
      await send(chief, 'POST', `/api/v1/venues/${venueId}/cameras`, { cameraIds: [cameraId] });
    });

    it('writes the consents with the agreement, so the venue’s camera becomes visible', async () => {
      expect(await visibleCamera(t.deps.db, chiefCtx(), cameraId, 'patrol', nowIso())).toBeNull();
      const response = await send(chief, 'POST', `/api/v1/venues/${venueId}/agreements`, agreementBody([cameraId]));
      expect(response.statusCode).toBe(201);
      agreement = response.json() as VenueAgreement;
      expect(agreement).toMatchObject({
        cameraIds: [cameraId],
        state: 'active',
        startsAt: shanghaiDayStart(today).toISOString(),
        expiresAt: shanghaiDayStart(addDays(today, 366)).toISOString(),
        actions: ['revoke', 'document'],
      });
      const consents = await t.deps.db
        .selectFrom('camera_consents')
        .selectAll()
        .where('agreement_id', '=', agreement.id)
        .execute();
      expect(consents.map((c) => c.camera_id)).toEqual([cameraId]);
      expect(await visibleCamera(t.deps.db, chiefCtx(), cameraId, 'patrol', nowIso())).not.toBeNull();
      const detail = (await get(chief, `/api/v1/venues/${venueId}`)).json() as VenueDetail;
      expect(detail.cameras).toMatchObject([{ id: cameraId, shared: true }]);
      expect(detail.agreementState).toBe('active');
    });

    it('takes the signed document as PDF, refuses a hostile file, and audits the download', async () => {
      const hostile = multipart(EXE, { filename: 'agreement.pdf' });
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/v1/venues/agreements/${agreement.id}/document`,
        headers: chief.headers(hostile.headers),
        payload: hostile.payload,
      });
      expect(refused.statusCode).toBe(415);
      expect(await countRows(t.deps, 'venue_agreement_documents')).toBe(0);
      const pdf = multipart(PDF, { filename: '共享协议.pdf' });
      const byOfficer = await t.app.inject({
        method: 'POST',
        url: `/api/v1/venues/agreements/${agreement.id}/document`,
        headers: officer.headers(pdf.headers),
        payload: pdf.payload,
      });
      expect(byOfficer.statusCode).toBe(403);
      const uploaded = await t.app.inject({
        method: 'POST',
        url: `/api/v1/venues/agreements/${agreement.id}/document`,
        headers: chief.headers(pdf.headers),
        payload: pdf.payload,
      });
      expect(uploaded.statusCode).toBe(201);
      const documentId = uploaded.json().id as string;
      const download = await get(officer, `/api/v1/venues/agreement-documents/${documentId}/download`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect((await get(aux, `/api/v1/venues/agreement-documents/${documentId}/download`)).statusCode).toBe(404);
      expect(await audits('venue.agreement.document.download')).toHaveLength(1);
      const detail = (await get(chief, `/api/v1/venues/${venueId}`)).json() as VenueDetail;
      expect(detail.agreements[0]?.document?.id).toBe(documentId);
    });

    it('revokes with a reason only, and the camera is hidden from visibleCamera at once', async () => {
      const url = `/api/v1/venues/agreements/${agreement.id}/revoke`;
      const blank = await send(chief, 'POST', url, { reason: '   ' });
      expect(blank.json().error.code).toBe('REASON_REQUIRED');
      expect((await send(officer, 'POST', url, { reason: '撤销' })).statusCode).toBe(403);
      expect(await visibleCamera(t.deps.db, chiefCtx(), cameraId, 'patrol', nowIso())).not.toBeNull();
      const revoked = await send(chief, 'POST', url, { reason: '场所申请终止共享' });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({
        state: 'revoked',
        revokeReason: '场所申请终止共享',
        actions: ['document'],
      });
      expect(await visibleCamera(t.deps.db, chiefCtx(), cameraId, 'patrol', nowIso())).toBeNull();
      const consents = await t.deps.db
        .selectFrom('camera_consents')
        .select('revoked_at')
        .where('agreement_id', '=', agreement.id)
        .execute();
      expect(consents.every((c) => c.revoked_at !== null)).toBe(true);
      const again = await send(chief, 'POST', url, { reason: '再次' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('VENUE_AGREEMENT_REVOKED');
      expect(await audits('venue.agreement.revoke')).toHaveLength(1);
      const detail = (await get(chief, `/api/v1/venues/${venueId}`)).json() as VenueDetail;
      expect(detail).toMatchObject({ agreementState: 'revoked', cameras: [{ id: cameraId, shared: false }] });
    });
  });

  it('ends a started view of the venue’s camera at once when the agreement is revoked; other views go on', async () => {
    const media = t.deps.media as FakeMediaServer;
    const group = await chiefGroup();
    const created = await venue(town.shuangping.id, '马良中学');
    const shared = await camera(town.shuangping, 'venue', group);
    const street = await camera(town.shuangping, 'public', group);
    // A test stream the fake media server can mount (a venue camera of the fixtures has no source).
    await t.deps.db
      .updateTable('cameras')
      .set({ source_kind: 'rtp', source_enc: t.deps.cipher.encrypt(JSON.stringify({ kind: 'rtp', codec: 'vp8' })) })
      .where('id', 'in', [shared, street])
      .execute();
    await send(chief, 'POST', `/api/v1/venues/${created.id}/cameras`, { cameraIds: [shared] });
    const agreed = await send(chief, 'POST', `/api/v1/venues/${created.id}/agreements`, agreementBody([shared]));
    expect(agreed.statusCode).toBe(201);
    const watch = async (cameraId: string) => {
      const opened = await send(chief, 'POST', '/api/v1/video/views', { cameraId, purpose: 'patrol' });
      expect(opened.statusCode, opened.body).toBe(201);
      const { viewId, token } = opened.json() as OpenedView;
      const started = await send(chief, 'POST', `/api/v1/video/views/${viewId}/start`, { token, cameraId });
      expect(started.statusCode, started.body).toBe(200);
      const row = await viewRow(viewId);
      const viewer = media.viewers.get(row.viewer_id ?? '');
      if (!viewer) throw new Error('a started view has its viewer at the media server');
      return { viewId, viewer };
    };
    const venueView = await watch(shared);
    const streetView = await watch(street);

    const revoked = await send(
      chief,
      'POST',
      `/api/v1/venues/agreements/${(agreed.json() as VenueAgreement).id}/revoke`,
      {
        reason: '学校申请终止共享',
      },
    );
    expect(revoked.statusCode).toBe(200);
    // No sweep has run: the revocation itself closed the view.
    expect(await viewRow(venueView.viewId)).toMatchObject({ end_reason: 'consent_revoked' });
    expect((await viewRow(venueView.viewId)).ended_at).not.toBeNull();
    expect(venueView.viewer.closed).toBe(true);
    expect(await viewRow(streetView.viewId)).toMatchObject({ ended_at: null, end_reason: null });
    expect(streetView.viewer.closed).toBe(false);
    expect(media.viewers.has(streetView.viewer.id)).toBe(true);
  });

  it('hides the cameras of an expired agreement at Shanghai midnight after its last day', async () => {
    const group = await chiefGroup();
    const created = await venue(town.shuangping.id, '马良宾馆');
    const cam = await camera(town.shuangping, 'venue', group);
    await send(chief, 'POST', `/api/v1/venues/${created.id}/cameras`, { cameraIds: [cam] });
    const response = await send(
      chief,
      'POST',
      `/api/v1/venues/${created.id}/agreements`,
      agreementBody([cam], today, today),
    );
    expect(response.json()).toMatchObject({ state: 'expiring', lastDay: today });
    const midnight = shanghaiDayStart(addDays(today, 1));
    const ctx = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
    const before = new Date(midnight.getTime() - 1).toISOString();
    expect(await visibleCamera(t.deps.db, ctx, cam, 'patrol', before)).not.toBeNull();
    expect(await visibleCamera(t.deps.db, ctx, cam, 'patrol', midnight.toISOString())).toBeNull();
  });

  it('exports venues masked unless the caller may unmask the contact, in one audit row each', async () => {
    await createAccount(t.deps, 'monitor', 'monitor', town.town.id);
    const monitor = await loginAs(t.app, 'monitor');
    for (const reader of [monitor, officer]) {
      const response = await get(reader, '/api/v1/venues/export.xlsx');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
    }
    const rows = await audits('venue.export');
    const venues = await countRows(t.deps, 'venues');
    // The monitoring centre holds no person.unmask; the officer holds it over his district, where every contact lives.
    expect(rows.map((row) => JSON.parse(row.detail ?? '{}'))).toMatchObject([
      { count: venues, clear: 0 },
      { count: venues, clear: venues },
    ]);
  });
});
