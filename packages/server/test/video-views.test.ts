import type { ClosedView, OpenedView, Page, Role, StartedView, VideoSnapshot, VideoView } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../src/app';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { closeViewsOfCameras, sweepVideoViews } from '../src/modules/video-views/view-closer';
import { newId, nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { insertDispute } from './support/dispute-rows';
import type { FakeMediaServer } from './support/fake-media-server';
import { countRows, createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF, PNG } from './support/upload-files';
import { seedCameraConsent, seedViewableCamera } from './support/video-fixtures';

const DAY_MS = 86_400_000;

describe.each(testDialects())('live views on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let zzb: Session;
  const ids: Record<string, string> = {};
  const cams: Record<string, string> = {};

  const send = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const viewRow = (id: string) =>
    t.deps.db.selectFrom('video_views').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  const open = async (s: Session, cameraId: string, purpose = 'patrol', note?: string): Promise<OpenedView> => {
    const res = await send(s, '/api/v1/video/views', { cameraId, purpose, ...(note ? { note } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as OpenedView;
  };
  const start = (s: Session, viewId: string, token: string, cameraId: string) =>
    send(s, `/api/v1/video/views/${viewId}/start`, { token, cameraId });
  const openAndStart = async (s: Session, cameraId: string, purpose = 'patrol') => {
    const opened = await open(s, cameraId, purpose);
    const res = await start(s, opened.viewId, opened.token, cameraId);
    expect(res.statusCode, res.body).toBe(200);
    return { ...opened, started: res.json() as StartedView };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    ids.chief = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ids.officer = (await createAccount(t.deps, 'officer', 'officer', town.district1.id)).id;
    ids.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    ids.zzb = (await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id)).id;
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    zzb = await loginAs(t.app, 'zzb');
    const camera = (name: string, kind: 'public' | 'household', village: JurisdictionRow, grantRoles: Role[]) =>
      seedViewableCamera(t.deps, village, { name, kind, grantRoles });
    cams.square = await camera('双坪村广场', 'public', town.shuangping, ['chief', 'officer', 'auxiliary']);
    cams.bridge = await camera('段江大桥', 'public', town.duanjiang, ['chief', 'officer']);
    cams.hidden = await camera('未授权点位', 'public', town.shuangping, []);
    cams.home = await camera('张家看家', 'household', town.shuangping, ['officer']);
    ids.homeConsent = await seedCameraConsent(
      t.deps,
      cams.home as string,
      ['officer'],
      ['incident', 'investigation', 'emergency'],
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('opens a view of a granted camera with its purpose: a view row, a hashed token, an audit row', async () => {
    const opened = await open(chief, cams.square as string, 'patrol', '日常巡查');
    expect(opened.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(opened.expiresAt) - Date.now();
    expect(expires).toBeGreaterThan(25_000);
    expect(expires).toBeLessThanOrEqual(30_000);
    const row = await viewRow(opened.viewId);
    expect(row).toMatchObject({ camera_id: cams.square, account_id: ids.chief, purpose: 'patrol', note: '日常巡查' });
    expect(row.token_hash).not.toContain(opened.token);
    const audit = (await audits('video_view.open')).find((a) => a.target_id === opened.viewId);
    expect(audit?.user_id).toBe(ids.chief);
    expect(JSON.parse(String(audit?.detail))).toMatchObject({
      cameraId: cams.square,
      purpose: 'patrol',
      note: '日常巡查',
    });
    // Opening touches nothing at the media server: the viewer comes with the start.
    expect(media.calls.filter((c) => c.includes(cams.square as string))).toEqual([]);
  });

  it('answers a camera outside the grants, or a purpose the consent does not cover, exactly like a missing one', async () => {
    const before = await countRows(t.deps, 'video_views');
    const calls = media.calls.length;
    const missing = await send(chief, '/api/v1/video/views', { cameraId: newId(), purpose: 'patrol' });
    const hidden = await send(chief, '/api/v1/video/views', { cameraId: cams.hidden, purpose: 'patrol' });
    // The officer is granted the household camera, but its owner consented to incidents, not to patrols.
    const unconsented = await send(officer, '/api/v1/video/views', { cameraId: cams.home, purpose: 'patrol' });
    // The auxiliary officer has no grant on the household group at all.
    const ungranted = await send(aux, '/api/v1/video/views', { cameraId: cams.home, purpose: 'incident' });
    // Outside the auxiliary officer's village: his video.view does not reach 段江村.
    const outOfScope = await send(aux, '/api/v1/video/views', { cameraId: cams.bridge, purpose: 'patrol' });
    for (const res of [missing, hidden, unconsented, ungranted, outOfScope]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    expect(missing.json().error.code).toBe('CAMERA_NOT_FOUND');
    expect(await countRows(t.deps, 'video_views')).toBe(before);
    expect(media.calls.length).toBe(calls);
    expect(media.mountpoints.size + media.viewers.size).toBe(0);
    // The consented purpose opens it.
    await open(officer, cams.home as string, 'incident');
  });

  it('refuses a forged, other-camera, other-view, used or expired token with 4xx and leaves the media server untouched', async () => {
    const opened = await open(officer, cams.square as string);
    const other = await open(officer, cams.bridge as string);
    const chiefs = await open(chief, cams.square as string);
    const calls = media.calls.length;
    const viewers = media.viewers.size;
    const square = cams.square as string;
    // [what, view, token, camera named]: every one is VIEW_TOKEN_INVALID (403), telling nothing about the view.
    const cases: [string, string, string, string][] = [
      ['forged', opened.viewId, 'A'.repeat(43), square],
      ['malformed', opened.viewId, 'not-a-token', square],
      ['another view’s token', opened.viewId, other.token, square],
      ['another camera', other.viewId, other.token, square],
      ['someone else’s view', chiefs.viewId, chiefs.token, square],
      ['a missing view', newId(), opened.token, square],
    ];
    for (const [label, viewId, token, cameraId] of cases) {
      const res = await start(officer, viewId, token, cameraId);
      expect(res.statusCode, label).toBe(403);
      expect(res.json().error.code, label).toBe('VIEW_TOKEN_INVALID');
    }
    expect(media.calls.length).toBe(calls);
    expect(media.viewers.size).toBe(viewers);
    expect((await viewRow(opened.viewId)).used_at).toBeNull();

    // Used: the first start succeeds, the second is refused without a second viewer.
    const first = await start(officer, opened.viewId, opened.token, cams.square as string);
    expect(first.statusCode, first.body).toBe(200);
    const afterFirst = media.calls.length;
    const again = await start(officer, opened.viewId, opened.token, cams.square as string);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VIEW_TOKEN_USED');
    expect(media.calls.length).toBe(afterFirst);

    // Expired: past FENGQIAO_VIEW_TOKEN_SECONDS.
    const late = await open(officer, cams.bridge as string);
    await t.deps.db
      .updateTable('video_views')
      .set({ token_expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', late.viewId)
      .execute();
    const beforeExpired = media.calls.length;
    const expired = await start(officer, late.viewId, late.token, cams.bridge as string);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('VIEW_TOKEN_EXPIRED');
    expect(media.calls.length).toBe(beforeExpired);
  });

  it('starts once: of two concurrent starts with one token exactly one succeeds', async () => {
    const opened = await open(chief, cams.bridge as string);
    const viewers = media.viewers.size;
    const results = await Promise.all([
      start(chief, opened.viewId, opened.token, cams.bridge as string),
      start(chief, opened.viewId, opened.token, cams.bridge as string),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('VIEW_TOKEN_USED');
    expect(media.viewers.size).toBe(viewers + 1);
  });

  it('starts, answers and closes: the media server’s offer, the answer passed on, the duration audited', async () => {
    const opened = await open(chief, cams.square as string, 'incident');
    const res = await start(chief, opened.viewId, opened.token, cams.square as string);
    expect(res.statusCode, res.body).toBe(200);
    const started = res.json() as StartedView;
    expect(started.offer.type).toBe('offer');
    expect(started.offer.sdp).toContain('m=video');
    expect(started.iceServers).toEqual([]);
    expect(media.mountpoints.has(cams.square as string)).toBe(true);
    const row = await viewRow(opened.viewId);
    expect(row.used_at).not.toBeNull();
    const viewer = media.viewers.get(row.viewer_id as string);
    expect(viewer).toBeDefined();

    const answer = await send(chief, `/api/v1/video/views/${opened.viewId}/answer`, {
      jsep: { type: 'answer', sdp: 'v=0\r\n' },
    });
    expect(answer.statusCode, answer.body).toBe(204);
    expect(viewer?.answered?.sdp).toBe('v=0\r\n');
    // Another account cannot answer or close it.
    expect((await send(officer, `/api/v1/video/views/${opened.viewId}/close`)).statusCode).toBe(404);

    // The view has been playing for 65 seconds.
    await t.deps.db
      .updateTable('video_views')
      .set({ started_at: new Date(Date.now() - 65_000).toISOString() })
      .where('id', '=', opened.viewId)
      .execute();
    const closed = await send(chief, `/api/v1/video/views/${opened.viewId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as ClosedView).durationSeconds).toBeGreaterThanOrEqual(65);
    expect(viewer?.closed).toBe(true);
    const ended = await viewRow(opened.viewId);
    expect(ended).toMatchObject({ end_reason: 'closed' });
    expect(ended.duration_seconds).toBeGreaterThanOrEqual(65);
    const audit = (await audits('video_view.close')).filter((a) => a.target_id === opened.viewId);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.user_id).toBe(ids.chief);
    expect(JSON.parse(String(audit[0]?.detail))).toMatchObject({
      cameraId: cams.square,
      reason: 'closed',
      durationSeconds: ended.duration_seconds,
    });
    // Closing again (the page's unload after the button) answers the recorded end and writes nothing.
    const again = await send(chief, `/api/v1/video/views/${opened.viewId}/close`);
    expect(again.json()).toEqual(closed.json());
    expect((await audits('video_view.close')).filter((a) => a.target_id === opened.viewId)).toHaveLength(1);
  });

  it('closes the view when the media server ends the viewer', async () => {
    const { viewId } = await openAndStart(chief, cams.square as string);
    const row = await viewRow(viewId);
    media.endViewer(row.viewer_id as string, 'hangup');
    await expect.poll(async () => (await viewRow(viewId)).end_reason).toBe('hangup');
  });

  it('sweeps: a revoked consent closes the open viewer; a view never started is closed after the token lifetime', async () => {
    const { viewId } = await openAndStart(officer, cams.home as string, 'investigation');
    const publicView = await openAndStart(officer, cams.square as string);
    const viewerId = (await viewRow(viewId)).viewer_id as string;
    expect(await sweepVideoViews(t.deps)).toBe(0);

    const revoked = await send(chief, `/api/v1/cameras/${cams.home}/consents/${ids.homeConsent}/revoke`, {});
    expect(revoked.statusCode, revoked.body).toBeLessThan(300);
    expect(await sweepVideoViews(t.deps)).toBeGreaterThanOrEqual(1);
    const ended = await viewRow(viewId);
    expect(ended.end_reason).toBe('consent_revoked');
    expect(media.viewers.has(viewerId)).toBe(false);
    expect((await viewRow(publicView.viewId)).ended_at).toBeNull();
    const audit = (await audits('video_view.close')).find((a) => a.target_id === viewId);
    expect(audit?.user_id).toBeNull();
    expect(JSON.parse(String(audit?.detail))).toMatchObject({ accountId: ids.officer, reason: 'consent_revoked' });
    // Nor can it be opened again.
    const reopen = await send(officer, '/api/v1/video/views', { cameraId: cams.home, purpose: 'investigation' });
    expect(reopen.statusCode).toBe(404);

    const idle = await open(officer, cams.square as string);
    expect((await viewRow(idle.viewId)).ended_at).toBeNull();
    await sweepVideoViews(t.deps, new Date(Date.now() + 61_000));
    expect((await viewRow(idle.viewId)).end_reason).toBe('not_started');
    await send(officer, `/api/v1/video/views/${publicView.viewId}/close`);
    expect(appJobs(t.deps).map((job) => job.name)).toContain('video-views.sweep');
  });

  it('closes at once the views of cameras whose grant was removed (closeViewsOfCameras)', async () => {
    const { viewId } = await openAndStart(aux, cams.square as string);
    const still = await openAndStart(chief, cams.square as string);
    await t.deps.db
      .deleteFrom('camera_grants')
      .where('role', '=', 'auxiliary' as never)
      .execute();
    expect(await closeViewsOfCameras(t.deps, [cams.square as string], 'not_allowed')).toBe(1);
    expect((await viewRow(viewId)).end_reason).toBe('not_allowed');
    expect((await viewRow(still.viewId)).ended_at).toBeNull();
    await send(chief, `/api/v1/video/views/${still.viewId}/close`);
  });

  it('files a snapshot to a record the caller may read, PNG or JPEG only, audited', async () => {
    const { viewId } = await openAndStart(chief, cams.bridge as string, 'dispute');
    const dispute = await insertDispute(t.deps.db, town.duanjiang, nowIso());
    const upload = (s: Session, kind: string, id: string, body = PNG) => {
      const form = multipart(body, { filename: 'snap.png', contentType: 'image/png' });
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/video/views/${viewId}/snapshots?targetKind=${kind}&targetId=${id}`,
        headers: s.headers(form.headers),
        payload: form.payload,
      });
    };
    const before = await countRows(t.deps, 'video_snapshots');
    const missing = await upload(chief, 'dispute', newId());
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SNAPSHOT_TARGET_NOT_FOUND');
    const pdf = await upload(chief, 'dispute', dispute.id, PDF);
    expect(pdf.statusCode).toBe(415);
    // Not the caller's view: answered as missing.
    expect((await upload(officer, 'dispute', dispute.id)).statusCode).toBe(404);
    expect(await countRows(t.deps, 'video_snapshots')).toBe(before);

    const res = await upload(chief, 'dispute', dispute.id);
    expect(res.statusCode, res.body).toBe(201);
    const snap = res.json() as VideoSnapshot;
    expect(snap).toMatchObject({ viewId, cameraId: cams.bridge, target: { kind: 'dispute', id: dispute.id } });
    expect((await upload(chief, 'video_patrol_result', newId())).statusCode).toBe(201);
    const audit = (await audits('video_view.snapshot')).find((a) => a.target_id === viewId);
    expect(JSON.parse(String(audit?.detail))).toMatchObject({ targetKind: 'dispute', targetId: dispute.id });

    const listed = await get(chief, `/api/v1/video/snapshots?targetKind=dispute&targetId=${dispute.id}`);
    expect((listed.json() as { items: VideoSnapshot[] }).items.map((s) => s.id)).toEqual([snap.id]);
    // The auxiliary officer of 双坪村 cannot read a 段江村 dispute, nor its snapshots.
    expect((await get(aux, `/api/v1/video/snapshots?targetKind=dispute&targetId=${dispute.id}`)).statusCode).toBe(404);
    const download = await get(chief, `/api/v1/video/snapshots/${snap.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(await audits('video_view.snapshot.download')).toHaveLength(1);
    await send(chief, `/api/v1/video/views/${viewId}/close`);
  });

  it('lists the view log to video.audit holders, filtered, and exports it (audited)', async () => {
    const forbidden = await get(officer, '/api/v1/video/views');
    expect(forbidden.statusCode).toBe(403);
    expect((await get(zzb, '/api/v1/video/views')).statusCode).toBe(403);
    const res = await get(chief, '/api/v1/video/views?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as Page<VideoView>;
    expect(page.items.length).toBeGreaterThan(5);
    const closed = page.items.find((v) => v.endReason === 'closed' && (v.durationSeconds ?? 0) >= 65);
    expect(closed).toMatchObject({ cameraName: '双坪村广场', accountName: 'chief', purpose: 'incident' });
    const revoked = page.items.find((v) => v.endReason === 'consent_revoked');
    expect(revoked).toMatchObject({ accountId: ids.officer, purpose: 'investigation', cameraName: '张家看家' });

    const byCamera = (await get(chief, `/api/v1/video/views?cameraId=${cams.bridge}`)).json() as Page<VideoView>;
    expect(byCamera.items.length).toBeGreaterThan(0);
    expect(byCamera.items.every((v) => v.cameraId === cams.bridge)).toBe(true);
    const byAccount = (await get(chief, `/api/v1/video/views?accountId=${ids.aux}`)).json() as Page<VideoView>;
    expect(byAccount.items.length).toBeGreaterThan(0);
    expect(byAccount.items.every((v) => v.accountId === ids.aux)).toBe(true);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const today = (await get(chief, `/api/v1/video/views?day=${day(new Date())}&limit=200`)).json() as Page<VideoView>;
    expect(today.items.length).toBe(page.items.length);
    const yesterday = (await get(chief, `/api/v1/video/views?day=${day(new Date(Date.now() - DAY_MS))}`)).json();
    expect((yesterday as Page<VideoView>).items).toEqual([]);
    const paged = (await get(chief, '/api/v1/video/views?limit=2')).json() as Page<VideoView>;
    const next = (await get(chief, `/api/v1/video/views?limit=2&cursor=${paged.nextCursor}`)).json() as Page<VideoView>;
    expect(next.items[0]?.id).toBe(page.items[2]?.id);

    const exported = await get(chief, `/api/v1/video/views/export.xlsx?cameraId=${cams.bridge}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const audit = (await audits('video_view.export')).at(-1);
    expect(JSON.parse(String(audit?.detail))).toMatchObject({ count: byCamera.items.length });
    expect((await get(officer, '/api/v1/video/views/export.xlsx')).statusCode).toBe(403);
  });

  it('asks the media state before claiming the token: not configured answers 503 and the token stays good', async () => {
    const opened = await open(chief, cams.bridge as string);
    media.setState('not_configured');
    try {
      const res = await start(chief, opened.viewId, opened.token, cams.bridge as string);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('MEDIA_NOT_CONFIGURED');
      expect((await viewRow(opened.viewId)).used_at).toBeNull();
    } finally {
      media.setState('ready');
    }
    expect((await start(chief, opened.viewId, opened.token, cams.bridge as string)).statusCode).toBe(200);
    await send(chief, `/api/v1/video/views/${opened.viewId}/close`);
  });
});
