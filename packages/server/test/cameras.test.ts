import {
  addDays,
  CAMERA_IMPORT_COLUMNS,
  type Camera,
  type CameraConsent,
  type CameraGroupDetail,
  consentWindow,
  type Page,
  shanghaiDate,
} from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCameraProbe } from '../src/modules/cameras/camera-probe';
import { viewsStillAllowed, visibleCamera } from '../src/modules/cameras/camera-visibility';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 马良镇 420626104000 → centre code 42062604; 歇马镇 420626105000 → 42062605. */
const id = (serial: number, type = '132') => `4206260400${type}0${String(serial).padStart(6, '0')}`;

async function sheetWith(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(CAMERA_IMPORT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(testDialects())('camera registry on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillageId: string;
  let otherTownId: string;
  let chief: Session;
  let monitor: Session;
  let officer: Session;
  let aux: Session;
  const ids: Record<string, string> = {};

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const create = async (s: Session, payload: object): Promise<Camera> => {
    const res = await send(s, 'POST', '/api/v1/cameras', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Camera;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    otherTownId = other.id;
    otherVillageId = (await seedOtherVillage(t.deps, other)).id;
    ids.chief = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ids.monitor = (await createAccount(t.deps, 'monitor', 'monitor', town.town.id)).id;
    ids.officer = (await createAccount(t.deps, 'officer', 'officer', town.town.id)).id;
    ids.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    chief = await loginAs(t.app, 'chief');
    monitor = await loginAs(t.app, 'monitor');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('registers a public camera and refuses bad device ids part by part, writing nothing', async () => {
      const before = await countRows(t.deps, 'cameras');
      const base = { villageId: town.shuangping.id, name: '双坪村委会', kind: 'public' };
      const cases: [string, string][] = [
        ['4206260400132000001', 'CAMERA_DEVICE_ID_FORMAT'],
        [id(1, '118'), 'CAMERA_DEVICE_ID_TYPE'],
        ['42062604001329000001', 'CAMERA_DEVICE_ID_NETWORK'],
        ['42062604001320000000', 'CAMERA_DEVICE_ID_SERIAL'],
        ['42062604951320000001', 'CAMERA_DEVICE_ID_INDUSTRY'],
        ['99062604001320000001', 'CAMERA_DEVICE_ID_DIVISION'],
        ['42062605001320000001', 'CAMERA_DEVICE_ID_OTHER_TOWN'],
      ];
      for (const [deviceId, code] of cases) {
        const res = await send(monitor, 'POST', '/api/v1/cameras', { ...base, deviceId });
        expect(res.statusCode, deviceId).toBe(400);
        expect(res.json().error.code).toBe(code);
      }
      const outside = await send(monitor, 'POST', '/api/v1/cameras', {
        ...base,
        villageId: otherVillageId,
        deviceId: '42062605001320000001',
      });
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.code).toBe('CAMERA_VILLAGE_UNKNOWN');
      expect(await countRows(t.deps, 'cameras')).toBe(before);

      const camera = await create(monitor, { ...base, deviceId: id(1), source: { kind: 'gb28181' } });
      ids.public = camera.id;
      expect(camera).toMatchObject({ deviceId: id(1), kind: 'public', status: 'offline', consent: null, owner: null });
      expect(camera.actions).toEqual(['update']);
      const dup = await send(monitor, 'POST', '/api/v1/cameras', { ...base, deviceId: id(1) });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('CAMERA_DEVICE_ID_TAKEN');
      expect(await countRows(t.deps, 'cameras')).toBe(before + 1);
      expect((await audits('camera.create')).length).toBe(1);
    });

    it('keeps RTSP credentials encrypted and never returns the password', async () => {
      const url = 'rtsp://admin:S3cret!pw@10.0.0.8:554/Streaming/Channels/101';
      const camera = await create(monitor, {
        villageId: town.nanya.id,
        deviceId: id(2),
        name: '南垭桥头',
        kind: 'public',
        source: { kind: 'rtsp', url },
      });
      ids.rtsp = camera.id;
      expect(camera.source).toEqual({
        kind: 'rtsp',
        url: 'rtsp://admin:***@10.0.0.8:554/Streaming/Channels/101',
        videoPort: null,
        codec: null,
      });
      const asOfficer = await get(officer, `/api/v1/cameras/${camera.id}`);
      expect(asOfficer.statusCode).toBe(200);
      expect(asOfficer.json().source).toBeNull();
      expect(asOfficer.body).not.toContain('S3cret');
      const row = await t.deps.db
        .selectFrom('cameras')
        .selectAll()
        .where('id', '=', camera.id)
        .executeTakeFirstOrThrow();
      expect(row.source_enc).not.toContain('S3cret');
      // Saving the form with the masked url keeps the stored password.
      const saved = await send(monitor, 'PATCH', `/api/v1/cameras/${camera.id}`, {
        name: '南垭桥头（东）',
        source: { kind: 'rtsp', url: 'rtsp://admin:***@10.0.0.8:554/Streaming/Channels/101' },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(
        t.deps.cipher.decrypt(
          (
            await t.deps.db
              .selectFrom('cameras')
              .select('source_enc')
              .where('id', '=', camera.id)
              .executeTakeFirstOrThrow()
          ).source_enc,
        ),
      ).toContain('S3cret!pw');
      expect(JSON.parse((await audits('camera.update')).at(-1)?.detail ?? '{}')).toEqual({ fields: ['name'] });
    });

    it('records a household camera’s owner as a directory person, phone masked', async () => {
      const missing = await send(monitor, 'POST', '/api/v1/cameras', {
        villageId: town.shuangping.id,
        deviceId: id(3),
        name: '张家门口',
        kind: 'household',
      });
      expect(missing.json().error.code).toBe('CAMERA_OWNER_REQUIRED');
      const camera = await create(monitor, {
        villageId: town.shuangping.id,
        deviceId: id(3),
        name: '张家门口',
        kind: 'household',
        owner: { name: '张大山', phone: '13812345678', address: '马良镇双坪村1组8号' },
        source: { kind: 'rtp', codec: 'vp8' },
      });
      ids.household = camera.id;
      expect(camera.owner).toMatchObject({ name: '张**', phone: '138****5678', masked: true });
      expect(camera.owner?.address).not.toContain('8号');
      expect(camera.consent).toBeNull();
      const person = await t.deps.db
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', camera.owner?.personId ?? '')
        .executeTakeFirstOrThrow();
      expect(person.jurisdiction_id).toBe(town.shuangping.id);
      expect(person.phone_enc).not.toContain('13812345678');
      const asChief = (await get(chief, `/api/v1/cameras/${camera.id}`)).json() as Camera;
      expect(asChief.actions).toContain('unmaskOwner');
      expect(asChief.owner?.name).toBe('张大山');
      const asAux = await get(aux, `/api/v1/cameras/${camera.id}`);
      expect(asAux.json().owner.name).toBe('张**');
      for (const s of [monitor, aux]) {
        const list = await get(s, '/api/v1/cameras?kind=household');
        expect(list.body).not.toContain('张大山');
        expect((list.json() as Page<Camera>).items.map((c) => c.owner?.name)).toContain('张**');
      }
    });

    it('answers CAMERA_NOT_FOUND alike for a missing camera and one outside the reader’s scope', async () => {
      const duan = await create(monitor, {
        villageId: town.duanjiang.id,
        deviceId: id(4),
        name: '段江码头',
        kind: 'public',
      });
      ids.duanjiang = duan.id;
      const outside = await get(aux, `/api/v1/cameras/${duan.id}`);
      const missing = await get(aux, '/api/v1/cameras/nope');
      expect(outside.statusCode).toBe(404);
      expect(outside.json()).toEqual(missing.json());
      expect(outside.json().error.code).toBe('CAMERA_NOT_FOUND');
      const own = await get(aux, `/api/v1/cameras/${ids.public}`);
      expect(own.statusCode).toBe(200);
      const edit = await send(aux, 'PATCH', `/api/v1/cameras/${ids.public}`, { name: 'x' });
      expect(edit.statusCode).toBe(403);
    });

    it('lists by name with filters, paged', async () => {
      const page = (await get(monitor, '/api/v1/cameras?limit=2')).json() as Page<Camera>;
      expect(page.items.length).toBe(2);
      expect(page.nextCursor).not.toBeNull();
      const rest = (await get(monitor, `/api/v1/cameras?limit=10&cursor=${page.nextCursor}`)).json() as Page<Camera>;
      expect([...page.items, ...rest.items].map((c) => c.name)).toEqual(
        [...page.items, ...rest.items].map((c) => c.name).sort(),
      );
      const village = (await get(monitor, `/api/v1/cameras?villageId=${town.shuangping.id}&kind=household`)).json();
      expect(village.items.map((c: Camera) => c.id)).toEqual([ids.household]);
      const q = (await get(monitor, `/api/v1/cameras?q=${encodeURIComponent('段江')}`)).json();
      expect(q.items.map((c: Camera) => c.id)).toEqual([ids.duanjiang]);
      const auxList = (await get(aux, '/api/v1/cameras')).json() as Page<Camera>;
      expect(auxList.items.every((c) => c.villageId === town.shuangping.id)).toBe(true);
    });
  });

  describe('consents', () => {
    it('refuses consents for public cameras and reversed windows, writing nothing', async () => {
      const before = await countRows(t.deps, 'camera_consents');
      const body = { roles: ['officer'], purposes: ['incident'], startsOn: '2026-12-01', lastDay: '2026-12-31' };
      const pub = await send(monitor, 'POST', `/api/v1/cameras/${ids.public}/consents`, body);
      expect(pub.json().error.code).toBe('CAMERA_CONSENT_NOT_NEEDED');
      const reversed = await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents`, {
        ...body,
        startsOn: '2026-12-31',
        lastDay: '2026-12-01',
      });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().error.code).toBe('CONSENT_WINDOW_INVALID');
      expect(await countRows(t.deps, 'camera_consents')).toBe(before);
    });

    it('adds, lists and revokes, keeping the history', async () => {
      const today = shanghaiDate(new Date());
      const res = await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents`, {
        roles: ['officer', 'monitor'],
        purposes: ['incident', 'emergency'],
        startsOn: addDays(today, -1),
        lastDay: addDays(today, 30),
      });
      expect(res.statusCode, res.body).toBe(201);
      const consent = res.json() as CameraConsent;
      expect(consent).toMatchObject({ state: 'active', lastDay: addDays(today, 30), actions: ['revoke'] });
      expect(consent.roles.sort()).toEqual(['monitor', 'officer']);
      const camera = (await get(monitor, `/api/v1/cameras/${ids.household}`)).json() as Camera;
      expect(camera.consent).toMatchObject({ state: 'active', lastDay: addDays(today, 30) });

      const revoked = await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents/${consent.id}/revoke`);
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(revoked.json()).toMatchObject({ state: 'revoked', revokedByName: 'monitor', actions: [] });
      const again = await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents/${consent.id}/revoke`);
      expect(again.statusCode).toBe(409);
      const wrong = await send(monitor, 'POST', `/api/v1/cameras/${ids.public}/consents/${consent.id}/revoke`);
      expect(wrong.json().error.code).toBe('CAMERA_CONSENT_NOT_FOUND');
      const list = (await get(officer, `/api/v1/cameras/${ids.household}/consents`)).json();
      expect(list.items.map((c: CameraConsent) => c.state)).toEqual(['revoked']);
      expect(list.items[0].actions).toEqual([]);
      expect((await audits('camera.consent.revoke')).length).toBe(1);
    });
  });

  describe('groups, grants and visibility', () => {
    it('lets only camera.grant keep groups and grants', async () => {
      const refused = await send(monitor, 'POST', '/api/v1/camera-groups', { name: '镇公共视频' });
      expect(refused.statusCode).toBe(403);
      const res = await send(chief, 'POST', '/api/v1/camera-groups', { name: '镇公共视频' });
      expect(res.statusCode, res.body).toBe(201);
      ids.group = (res.json() as CameraGroupDetail).id;
      const dupName = await send(chief, 'POST', '/api/v1/camera-groups', { name: '镇公共视频' });
      expect(dupName.statusCode).toBe(409);
      const members = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/members`, {
        add: [ids.public, ids.household, ids.duanjiang],
      });
      expect(members.statusCode, members.body).toBe(200);
      expect((members.json() as CameraGroupDetail).memberCount).toBe(3);
      const foreign = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/members`, { add: ['nope'] });
      expect(foreign.json().error.code).toBe('CAMERA_NOT_FOUND');
      const list = (await get(monitor, '/api/v1/camera-groups')).json();
      expect(list.items[0]).toMatchObject({ name: '镇公共视频', memberCount: 3, actions: [] });
      const second = (await send(chief, 'POST', '/api/v1/camera-groups', { name: '双坪村视频' })).json();
      await send(chief, 'POST', `/api/v1/camera-groups/${second.id}/members`, { add: [ids.public] });
      for (const s of [chief, monitor]) {
        const detail = (await get(s, `/api/v1/cameras/${ids.public}`)).json();
        expect(detail.groups).toEqual([
          { id: second.id, name: '双坪村视频' },
          { id: ids.group, name: '镇公共视频' },
        ]);
      }
      // The auxiliary officer reads the camera but not the town's groups.
      expect((await get(aux, `/api/v1/cameras/${ids.public}`)).json().groups).toEqual([]);
      await send(chief, 'POST', `/api/v1/camera-groups/${second.id}/members`, { remove: [ids.public] });
    });

    it('finds the town’s accounts for a grant with camera.grant alone: masked, by name, paged', async () => {
      const named = async (username: string, role: 'officer' | 'auxiliary', place: string, displayName: string) => {
        const account = await createAccount(t.deps, username, role, place);
        await t.deps.db.updateTable('users').set({ display_name: displayName }).where('id', '=', account.id).execute();
      };
      await named('waizhen', 'officer', otherTownId, '外镇民警');
      await named('zhangxf', 'auxiliary', town.nanya.id, '张巡防');
      const url = `/api/v1/camera-groups/${ids.group}/accounts`;
      const first = await get(chief, `${url}?limit=3`);
      expect(first.statusCode, first.body).toBe(200);
      const page = first.json() as Page<{ id: string; name: string; roles: string[] }>;
      expect(page.items).toHaveLength(3);
      const rest = (await get(chief, `${url}?limit=50&cursor=${page.nextCursor}`)).json() as typeof page;
      const all = [...page.items, ...rest.items];
      expect(all.map((a) => a.id).sort()).toEqual(
        [ids.chief, ids.monitor, ids.officer, ids.aux, all.find((a) => a.name === '张**')?.id].sort(),
      );
      expect(all.find((a) => a.id === ids.aux)).toEqual({ id: ids.aux, name: 'a**', roles: ['auxiliary'] });
      expect(JSON.stringify(all)).not.toContain('外镇');
      const found = (await get(chief, `${url}?q=${encodeURIComponent('张巡')}`)).json() as typeof page;
      expect(found.items).toEqual([{ id: expect.any(String), name: '张**', roles: ['auxiliary'] }]);
      expect((await get(monitor, url)).statusCode).toBe(403);
      expect((await get(aux, url)).json().error.code).toBe('CAMERA_GROUP_NOT_FOUND');
    });

    it('hides a camera without a grant exactly like a missing one', async () => {
      const at = new Date().toISOString();
      const asOfficer = callerWith(ids.officer ?? '', [{ role: 'officer', on: town.town }]);
      expect(await visibleCamera(t.deps.db, asOfficer, ids.public ?? '', 'patrol', at)).toBeNull();
      expect(await visibleCamera(t.deps.db, asOfficer, 'missing', 'patrol', at)).toBeNull();
      const grant = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, { role: 'officer' });
      expect(grant.statusCode, grant.body).toBe(201);
      ids.grant = grant.json().id;
      const seen = await visibleCamera(t.deps.db, asOfficer, ids.public ?? '', 'patrol', at);
      expect(seen).toMatchObject({ id: ids.public, deviceId: id(1), source: { kind: 'gb28181' } });
      // The grant names the officer role: a monitor still sees nothing.
      const asMonitor = callerWith(ids.monitor ?? '', [{ role: 'monitor', on: town.town }]);
      expect(await visibleCamera(t.deps.db, asMonitor, ids.public ?? '', 'patrol', at)).toBeNull();
      const personal = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, {
        accountId: ids.monitor,
      });
      expect(personal.statusCode, personal.body).toBe(201);
      expect(await visibleCamera(t.deps.db, asMonitor, ids.public ?? '', 'patrol', at)).not.toBeNull();
      const removed = await send(chief, 'DELETE', `/api/v1/camera-groups/${ids.group}/grants/${personal.json().id}`);
      expect(removed.statusCode).toBe(204);
      expect(await visibleCamera(t.deps.db, asMonitor, ids.public ?? '', 'patrol', at)).toBeNull();
    });

    it('needs a live consent for a household camera; revoked or expired at Shanghai midnight hides it', async () => {
      const asOfficer = callerWith(ids.officer ?? '', [{ role: 'officer', on: town.town }]);
      const now = new Date().toISOString();
      // Only a revoked consent so far.
      expect(await visibleCamera(t.deps.db, asOfficer, ids.household ?? '', 'incident', now)).toBeNull();
      const today = shanghaiDate(new Date());
      const res = await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents`, {
        roles: ['officer'],
        purposes: ['incident'],
        startsOn: addDays(today, -3),
        lastDay: today,
      });
      expect(res.statusCode, res.body).toBe(201);
      const window = consentWindow(addDays(today, -3), today);
      if (!window.ok) throw new Error('window');
      const expiry = new Date(window.window.expiresAt);
      const justBefore = new Date(expiry.getTime() - 1).toISOString();
      expect(window.window.expiresAt.endsWith('T16:00:00.000Z')).toBe(true);
      expect(await visibleCamera(t.deps.db, asOfficer, ids.household ?? '', 'incident', justBefore)).not.toBeNull();
      expect(await visibleCamera(t.deps.db, asOfficer, ids.household ?? '', 'patrol', justBefore)).toBeNull();
      expect(
        await visibleCamera(t.deps.db, asOfficer, ids.household ?? '', 'incident', expiry.toISOString()),
      ).toBeNull();

      const views = [
        { viewId: 'v1', accountId: ids.officer ?? '', cameraId: ids.household ?? '', purpose: 'incident' as const },
        { viewId: 'v2', accountId: ids.officer ?? '', cameraId: ids.public ?? '', purpose: 'patrol' as const },
        { viewId: 'v3', accountId: ids.aux ?? '', cameraId: ids.public ?? '', purpose: 'patrol' as const },
        { viewId: 'v4', accountId: ids.officer ?? '', cameraId: 'missing', purpose: 'patrol' as const },
      ];
      expect([...(await viewsStillAllowed(t.deps.db, views, justBefore))].sort()).toEqual(['v1', 'v2']);
      expect([...(await viewsStillAllowed(t.deps.db, views, expiry.toISOString()))]).toEqual(['v2']);

      await send(monitor, 'POST', `/api/v1/cameras/${ids.household}/consents/${res.json().id}/revoke`);
      expect(await visibleCamera(t.deps.db, asOfficer, ids.household ?? '', 'incident', justBefore)).toBeNull();
      expect([...(await viewsStillAllowed(t.deps.db, views, justBefore))]).toEqual(['v2']);
    });

    it('hides another town’s camera even with a grant', async () => {
      const asOtherOfficer = callerWith(ids.officer ?? '', [
        {
          role: 'officer',
          on: await t.deps.db
            .selectFrom('jurisdictions')
            .selectAll()
            .where('id', '=', otherVillageId)
            .executeTakeFirstOrThrow(),
        },
      ]);
      const at = new Date().toISOString();
      expect(await visibleCamera(t.deps.db, asOtherOfficer, ids.public ?? '', 'patrol', at)).toBeNull();
    });
  });

  describe('import, export and probe', () => {
    it('imports all or nothing, listing every bad row', async () => {
      const before = await countRows(t.deps, 'cameras');
      const bad = await sheetWith([
        ['双坪村', id(10), '好的一行', '公共', '', '', '', '', '', ''],
        ['双坪村', '123', '坏编码', '公共', '', '', '', '', '', ''],
        ['不存在村', id(11), '坏村', '公共', '', '', '', '', '', ''],
        ['南垭村', id(12), '无户主', '看家', '', '', '', '', '', ''],
        ['南垭村', id(10), '文件内重复', '公共', '', '', '', '', '', ''],
        ['南垭村', id(1), '已登记', '公共', '', '', '', '', '', ''],
        ['南垭村', id(13), '坏类别', '路灯', '', '', '', '', '', ''],
        ['南垭村', id(14), '坏电话', '看家', '', '', '', '王小五', '123', ''],
      ]);
      const upload = (s: Session, body: Buffer) => {
        const form = multipart(body, { filename: 'cameras.xlsx', contentType: XLSX });
        return t.app.inject({
          method: 'POST',
          url: '/api/v1/cameras/import',
          headers: s.headers(form.headers),
          payload: form.payload,
        });
      };
      const res = await upload(monitor, bad);
      expect(res.statusCode, res.body).toBe(422);
      const rows = res.json().error.details.rows as { row: number; reason: string }[];
      expect([...new Set(rows.map((r) => r.row))]).toEqual([3, 4, 5, 6, 7, 8, 9]);
      expect(res.body).not.toContain('王小五');
      expect(rows.find((r) => r.row === 3)?.reason).toContain('20 digits');
      expect(await countRows(t.deps, 'cameras')).toBe(before);

      const good = await sheetWith([
        ['双坪村', id(10), '村口', '公共', '双坪村2组', '31.87', '111.35', '', '', 'rtsp://u:p@10.0.0.9/live'],
        ['420626104202', id(11), '李家院子', '看家', '', '', '', '李四', '13900001111', ''],
      ]);
      expect((await upload(officer, good)).statusCode).toBe(403);
      expect((await upload(aux, good)).statusCode).toBe(403);
      const ok = await upload(monitor, good);
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toEqual({ imported: 2 });
      expect(await countRows(t.deps, 'cameras')).toBe(before + 2);
      expect(JSON.parse((await audits('camera.import'))[0]?.detail ?? '{}')).toEqual({ count: 2, owners: 1 });
      const template = await get(monitor, '/api/v1/cameras/import-template.xlsx');
      expect(template.statusCode).toBe(200);
      expect((await get(officer, '/api/v1/cameras/import-template.xlsx')).statusCode).toBe(403);
    });

    it('exports masked, clear only where the caller may unmask, audited', async () => {
      const read = async (s: Session) => {
        const res = await get(s, '/api/v1/cameras/export.xlsx?kind=household');
        expect(res.statusCode, res.body).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Uint8Array.from(res.rawPayload).buffer);
        const values: string[] = [];
        workbook.worksheets[0]?.eachRow((row) => {
          values.push(JSON.stringify(row.values));
        });
        return values.join('\n');
      };
      const masked = await read(monitor);
      expect(masked).toContain('138****5678');
      expect(masked).not.toContain('13812345678');
      expect(masked).toContain('张**');
      expect(masked).not.toContain('张大山');
      const clear = await read(chief);
      expect(clear).toContain('13812345678');
      expect(clear).toContain('张大山');
      const rows = await audits('camera.export');
      expect(JSON.parse(rows[0]?.detail ?? '{}')).toMatchObject({ count: 2, unmaskedValues: 0 });
      expect(JSON.parse(rows[1]?.detail ?? '{}').unmaskedValues).toBeGreaterThan(0);
      expect((await get(officer, '/api/v1/cameras/export.xlsx')).statusCode).toBe(403);
    });

    it('probes cameras with a source: online sets last seen, unknown leaves the status', async () => {
      const media = t.deps.media as FakeMediaServer;
      media.probeResults.set(ids.rtsp ?? '', 'online');
      media.probeResults.set(ids.public ?? '', 'offline');
      media.probeResults.set(ids.household ?? '', 'unknown');
      const now = new Date('2026-12-01T02:00:00.000Z');
      const counts = await runCameraProbe(t.deps, now);
      expect(counts.online).toBe(1);
      const row = async (cameraId: string | undefined) =>
        t.deps.db
          .selectFrom('cameras')
          .selectAll()
          .where('id', '=', cameraId ?? '')
          .executeTakeFirstOrThrow();
      expect(await row(ids.rtsp)).toMatchObject({ status: 'online', last_seen_at: now.toISOString() });
      expect(await row(ids.public)).toMatchObject({ status: 'offline', last_seen_at: null });
      expect(await row(ids.household)).toMatchObject({ status: 'offline', status_checked_at: now.toISOString() });
      // A camera without a source is not probed.
      expect((await row(ids.duanjiang)).status_checked_at).toBeNull();
      media.probeResults.set(ids.rtsp ?? '', 'unknown');
      await runCameraProbe(t.deps, new Date('2026-12-01T02:01:00.000Z'));
      expect(await row(ids.rtsp)).toMatchObject({ status: 'online', last_seen_at: now.toISOString() });
      expect(JSON.parse((await audits('camera.status'))[0]?.detail ?? '{}')).toEqual({ online: 1, offline: 0 });
    });
  });
});
