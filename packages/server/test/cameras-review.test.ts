import { CAMERA_IMPORT_COLUMNS, type Camera, type CameraGroupDetail } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCameraProbe } from '../src/modules/cameras/camera-probe';
import { viewsStillAllowed, visibleCamera } from '../src/modules/cameras/camera-visibility';
import { testDialects } from './support/databases';
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
const id = (serial: number) => `42062604001320${String(serial).padStart(6, '0')}`;
const otherId = (serial: number) => `42062605001320${String(serial).padStart(6, '0')}`;
const PASSWORD = 'Hik!Vision#77';

/** Adversarial review of the camera registry (issue #11): scope leaks, secrets, hostile input, races. */
describe.each(testDialects())('camera registry under attack on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillageId: string;
  let chief: Session;
  let monitor: Session;
  let aux: Session;
  let foreignChief: Session;
  const ids: Record<string, string> = {};

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const upload = (s: Session, body: Buffer) => {
    const form = multipart(body, { filename: 'cameras.xlsx', contentType: XLSX });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/cameras/import',
      headers: s.headers(form.headers),
      payload: form.payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    otherVillageId = (await seedOtherVillage(t.deps, other)).id;
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'monitor', 'monitor', town.town.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'xchief', 'chief', other.id);
    chief = await loginAs(t.app, 'chief');
    monitor = await loginAs(t.app, 'monitor');
    aux = await loginAs(t.app, 'aux');
    foreignChief = await loginAs(t.app, 'xchief');
    const cam = await send(monitor, 'POST', '/api/v1/cameras', {
      villageId: town.nanya.id,
      deviceId: id(1),
      name: '南垭桥头',
      kind: 'public',
      source: { kind: 'rtsp', url: `rtsp://admin:${PASSWORD}@10.0.0.8:554/live` },
    });
    expect(cam.statusCode, cam.body).toBe(201);
    ids.camera = (cam.json() as Camera).id;
    const group = await send(chief, 'POST', '/api/v1/camera-groups', { name: '南垭' });
    expect(group.statusCode, group.body).toBe(201);
    ids.group = (group.json() as CameraGroupDetail).id;
  });
  afterAll(() => t.close());

  it('answers another town’s group, grant and camera exactly like missing ones', async () => {
    const grant = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, { role: 'officer' });
    expect(grant.statusCode).toBe(201);
    const pairs: [string, string, 'GET' | 'POST' | 'PATCH' | 'DELETE', object?][] = [
      [`/api/v1/camera-groups/${ids.group}`, '/api/v1/camera-groups/nope', 'GET'],
      [`/api/v1/camera-groups/${ids.group}`, '/api/v1/camera-groups/nope', 'PATCH', { name: 'x' }],
      [`/api/v1/camera-groups/${ids.group}/grants`, '/api/v1/camera-groups/nope/grants', 'POST', { role: 'chief' }],
      [`/api/v1/camera-groups/${ids.group}/grants/${grant.json().id}`, '/api/v1/camera-groups/nope/grants/x', 'DELETE'],
      [`/api/v1/cameras/${ids.camera}`, '/api/v1/cameras/nope', 'GET'],
      [`/api/v1/cameras/${ids.camera}`, '/api/v1/cameras/nope', 'PATCH', { name: 'x' }],
      [`/api/v1/cameras/${ids.camera}/consents`, '/api/v1/cameras/nope/consents', 'GET'],
    ];
    for (const [real, missing, method, payload] of pairs) {
      const call = (url: string) =>
        method === 'GET' ? get(foreignChief, url) : send(foreignChief, method, url, payload);
      const a = await call(real);
      const b = await call(missing);
      expect(a.statusCode, `${method} ${real}`).toBe(404);
      expect(a.json(), `${method} ${real}`).toEqual(b.json());
    }
    const list = (await get(foreignChief, '/api/v1/camera-groups')).json();
    expect(list.items).toEqual([]);
    const cameras = (await get(foreignChief, '/api/v1/cameras')).json();
    expect(cameras.items).toEqual([]);
  });

  it('keeps the auxiliary officer to their village: groups of the town unseen, others’ cameras unlisted', async () => {
    const group = await get(aux, `/api/v1/camera-groups/${ids.group}`);
    expect(group.statusCode).toBe(404);
    const cameras = (await get(aux, '/api/v1/cameras')).json();
    expect(cameras.items.map((c: Camera) => c.id)).not.toContain(ids.camera);
    expect(
      (await send(aux, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, { role: 'auxiliary' })).statusCode,
    ).toBe(404);
    expect(
      (await send(monitor, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, { role: 'monitor' })).statusCode,
    ).toBe(403);
  });

  it('refuses to move a camera into another town’s village, changing nothing', async () => {
    const res = await send(monitor, 'PATCH', `/api/v1/cameras/${ids.camera}`, {
      villageId: otherVillageId,
      deviceId: otherId(1),
    });
    expect(res.statusCode).toBe(400);
    const row = await t.deps.db
      .selectFrom('cameras')
      .selectAll()
      .where('id', '=', ids.camera ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ village_id: town.nanya.id, device_id: id(1) });
  });

  it('never shows the RTSP password: responses, validation errors, audit rows, export, import errors', async () => {
    const bad = await send(monitor, 'POST', '/api/v1/cameras', {
      villageId: town.nanya.id,
      deviceId: id(2),
      name: '坏地址',
      kind: 'public',
      source: { kind: 'rtsp', url: `rtsp://admin:${PASSWORD}@10.0.0.8:554/li ve` },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain(PASSWORD);
    const audit = await t.deps.db.selectFrom('audit_log').select('detail').execute();
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    const exported = await get(chief, '/api/v1/cameras/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(exported.rawPayload).buffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      cells.push(JSON.stringify(row.values));
    });
    expect(cells.join('\n')).not.toContain(PASSWORD);
    const sheet = new ExcelJS.Workbook();
    const s = sheet.addWorksheet('Sheet1');
    s.addRow(CAMERA_IMPORT_COLUMNS.map((c) => c.header));
    s.addRow(['南垭村', id(3), '坏地址', '公共', '', '', '', '', '', `rtsp://admin:${PASSWORD}@10.0.0.8/li ve`]);
    const res = await upload(monitor, Buffer.from(await sheet.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.body).not.toContain(PASSWORD);
  });

  it('refuses a device id typed as a number in Excel (its last digits are lost) instead of importing another id', async () => {
    const before = await countRows(t.deps, 'cameras');
    const sheet = new ExcelJS.Workbook();
    const s = sheet.addWorksheet('Sheet1');
    s.addRow(CAMERA_IMPORT_COLUMNS.map((c) => c.header));
    s.addRow(['南垭村', Number(id(4)), '数字编码', '公共', '', '', '', '', '', '']);
    const res = await upload(monitor, Buffer.from(await sheet.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(422);
    expect(await countRows(t.deps, 'cameras')).toBe(before);
  });

  it('answers 409 to one of two simultaneous registrations of one device id, writing one camera', async () => {
    const before = await countRows(t.deps, 'cameras');
    const body = { villageId: town.shuangping.id, deviceId: id(5), name: '并发', kind: 'public' };
    const answers = await Promise.all([
      send(monitor, 'POST', '/api/v1/cameras', body),
      send(chief, 'POST', '/api/v1/cameras', body),
      send(monitor, 'POST', '/api/v1/cameras', body),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await countRows(t.deps, 'cameras')).toBe(before + 1);
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'camera.create')
      .execute();
    expect(audits.length).toBe(2);
  });

  it('probes many cameras side by side, a bounded number at a time, so a run of slow cameras fits its minute', async () => {
    for (let serial = 100; serial < 140; serial += 1) {
      const res = await send(monitor, 'POST', '/api/v1/cameras', {
        villageId: town.shuangping.id,
        deviceId: id(serial),
        name: `探测${serial}`,
        kind: 'public',
        source: { kind: 'rtsp', url: `rtsp://10.0.1.${serial}/live` },
      });
      expect(res.statusCode).toBe(201);
    }
    let running = 0;
    let most = 0;
    const probe = vi.spyOn(t.deps.media, 'probe').mockImplementation(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 100));
      running -= 1;
      return 'offline';
    });
    const started = Date.now();
    const counts = await runCameraProbe(t.deps);
    probe.mockRestore();
    expect(counts.offline).toBeGreaterThanOrEqual(40);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(16);
  });

  it('lets a role grant to auxiliary officers show each only the cameras of their own village', async () => {
    const own = await send(monitor, 'POST', '/api/v1/cameras', {
      villageId: town.shuangping.id,
      deviceId: id(7),
      name: '双坪村口',
      kind: 'public',
    });
    expect(own.statusCode).toBe(201);
    const members = await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/members`, {
      add: [ids.camera, own.json().id],
    });
    expect(members.statusCode, members.body).toBe(200);
    expect(
      (await send(chief, 'POST', `/api/v1/camera-groups/${ids.group}/grants`, { role: 'auxiliary' })).statusCode,
    ).toBe(201);
    const auxId = (
      await t.deps.db.selectFrom('users').select('id').where('username', '=', 'aux').executeTakeFirstOrThrow()
    ).id;
    const asAux = callerWith(auxId, [{ role: 'auxiliary', on: town.shuangping }]);
    const at = new Date().toISOString();
    expect(await visibleCamera(t.deps.db, asAux, own.json().id, 'patrol', at)).not.toBeNull();
    expect(await visibleCamera(t.deps.db, asAux, ids.camera ?? '', 'patrol', at)).toBeNull();
    const still = await viewsStillAllowed(
      t.deps.db,
      [
        { viewId: 'own', accountId: auxId, cameraId: own.json().id, purpose: 'patrol' },
        { viewId: 'other', accountId: auxId, cameraId: ids.camera ?? '', purpose: 'patrol' },
      ],
      at,
    );
    expect([...still]).toEqual(['own']);
  });

  it('refuses a second identical grant: withdrawing the one shown then really withdraws it', async () => {
    const group = await send(chief, 'POST', '/api/v1/camera-groups', { name: '重复授权' });
    const groupId = (group.json() as CameraGroupDetail).id;
    const first = await send(chief, 'POST', `/api/v1/camera-groups/${groupId}/grants`, { role: 'zongzhiban' });
    expect(first.statusCode).toBe(201);
    const again = await send(chief, 'POST', `/api/v1/camera-groups/${groupId}/grants`, { role: 'zongzhiban' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CAMERA_GRANT_TAKEN');
    const monitorId = (
      await t.deps.db.selectFrom('users').select('id').where('username', '=', 'monitor').executeTakeFirstOrThrow()
    ).id;
    expect(
      (await send(chief, 'POST', `/api/v1/camera-groups/${groupId}/grants`, { accountId: monitorId })).statusCode,
    ).toBe(201);
    const twice = await send(chief, 'POST', `/api/v1/camera-groups/${groupId}/grants`, { accountId: monitorId });
    expect(twice.json().error.code).toBe('CAMERA_GRANT_TAKEN');
    expect((await get(chief, `/api/v1/camera-groups/${groupId}`)).json().grants).toHaveLength(2);
  });

  it('records one of several identical grants sent at once; the others get 409, never a 500', async () => {
    const group = await send(chief, 'POST', '/api/v1/camera-groups', { name: '并发授权' });
    const groupId = (group.json() as CameraGroupDetail).id;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        send(chief, 'POST', `/api/v1/camera-groups/${groupId}/grants`, { role: 'zongzhiban' }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect((await get(chief, `/api/v1/camera-groups/${groupId}`)).json().grants).toHaveLength(1);
  });
});
