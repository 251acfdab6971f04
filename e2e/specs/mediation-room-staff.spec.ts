import { CADRE_POSITIONS, formatDuration } from '@fengqiao/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;
const CADRE = { username: 'duanjiang_room', password: 'Duanjiang@2026' } as const;
const RECORD = '双方到场陈述：王某称李某占用其承包地约两分，李某认可并同意退还。';

interface RoomView {
  id: string;
  status: string;
  record: string;
  outcome: string | null;
  durationSeconds: number | null;
  participants: { id: string; kind: string; status: string }[];
}

/**
 * The officer's camera in the room without the stage: Chromium's fake camera and microphone published through the
 * staff media route, so the recording has something to record. Resolves once the media flows.
 */
async function publishFakeCamera(page: Page, roomId: string): Promise<void> {
  const state = await page.evaluate(async (id) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
    const pc = new RTCPeerConnection({ iceServers: [] });
    for (const track of stream.getTracks()) pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
    await pc.setLocalDescription(await pc.createOffer());
    // The server relays whole descriptions, candidates inside: gathering ends, or 2 s pass.
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      setTimeout(resolve, 2_000);
    });
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken };
    const issued = await fetch(`/api/v1/mediation-rooms/${id}/media/join-token`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    const { joinToken } = (await issued.json()) as { joinToken: string };
    const res = await fetch(`/api/v1/mediation-rooms/${id}/media/publish`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ offer: { type: 'offer', sdp: pc.localDescription?.sdp ?? '' }, joinToken }),
    });
    const published = (await res.json()) as { answer: RTCSessionDescriptionInit };
    await pc.setRemoteDescription(published.answer);
    (window as unknown as { roomPublisher: RTCPeerConnection }).roomPublisher = pc;
    await new Promise<void>((resolve) => {
      if (pc.connectionState === 'connected') resolve();
      pc.addEventListener('connectionstatechange', () => pc.connectionState === 'connected' && resolve());
      setTimeout(resolve, 10_000);
    });
    return pc.connectionState;
  }, roomId);
  expect(state).toBe('connected');
}

async function duanjiangId(page: Page): Promise<string> {
  const places = await apiGet<{ items: { id: string; name: string; level: string }[] }>(page, '/api/v1/jurisdictions');
  const id = places.items.find((j) => j.name === '段江村' && j.level === 'village')?.id;
  expect(id).toBeDefined();
  return id ?? '';
}

/** A 段江村 case handled in the village with an open mediation, as the chief records it. */
async function caseWithOpenMediation(page: Page, villageId: string): Promise<string> {
  const created = await apiSend<{ id: string }>(page, 'POST', '/api/v1/disputes', {
    jurisdictionId: villageId,
    category: 'forest_land',
    source: 'walk_in',
    summary: '两户因承包地边界发生争执，申请线上调解',
    parties: [
      { role: 'applicant', name: '王德明' },
      { role: 'respondent', name: '李春林' },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const disputeId = created.body.id;
  const base = `/api/v1/disputes/${encodeURIComponent(disputeId)}`;
  expect((await apiSend(page, 'POST', `${base}/actions/start_village_handling`, {})).status).toBe(200);
  const staff = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/people?kind=staff&limit=1');
  const mediation = await apiSend(page, 'POST', `${base}/mediations`, {
    track: 'people',
    startedAt: new Date().toISOString(),
    initiatedBy: 'party',
    mediatorIds: [staff.items[0]?.id],
  });
  expect(mediation.status, JSON.stringify(mediation.body)).toBe(201);
  return disputeId;
}

/**
 * A 段江村 cadre account made the way cadres get one (the station's code, the public registration, the approval), then
 * logged in on a phone.
 */
async function registeredCadre(chief: Page, villageId: string): Promise<{ context: BrowserContext; page: Page }> {
  const issued = await apiSend<{ id: string }>(chief, 'POST', '/api/v1/cadre-codes', { villageId });
  expect(issued.status).toBe(201);
  await chief.goto(`/api/v1/cadre-codes/${issued.body.id}/print`);
  const link = (await chief.locator('.link a').getAttribute('href')) ?? '';
  const code = link.split('/').pop() ?? '';
  const registered = await apiSend<{ id: string }>(chief, 'POST', '/api/v1/cadre-registrations', {
    code,
    villageId,
    displayName: '段守田',
    phone: '13972345679',
    position: CADRE_POSITIONS[0],
    username: CADRE.username,
    password: CADRE.password,
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  const approved = await apiSend(chief, 'POST', `/api/v1/cadre-registrations/${registered.body.id}/approve`, {});
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await chief.goto('/');
  const context = await chief
    .context()
    .browser()
    ?.newContext({
      baseURL: new URL(chief.url()).origin,
      locale: 'zh-CN',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
  if (!context) throw new Error('no browser');
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(CADRE.username);
  await page.getByTestId('login-password').fill(CADRE.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/**
 * The staff side of an online mediation, without touching the video: open from the case page, invitation, 笔录,
 * close with the outcome, and the case keeps the online session; a village cadre finds the open room in his list.
 */
describe('the staff mediation room in Chromium, on the Maliang demo', () => {
  // The rooms refuse to open without a media server (503 MEDIA_NOT_CONFIGURED, nothing half-made), so this spec runs
  // the demo with its local Janus; the video itself is roomstage's two-page spec.
  const demo = useDemoSuite({ media: true });

  it('an officer opens a room, invites a party, writes the record and closes it; the cadre sees it while open', async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const villageId = await duanjiangId(chief.page);
    const cadre = await registeredCadre(chief.page, villageId);
    const disputeId = await caseWithOpenMediation(chief.page, villageId);
    const base = `/api/v1/disputes/${encodeURIComponent(disputeId)}`;
    await chief.context.close();

    // The officer opens the room from the case page and lands in it.
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    await page.goto(`/disputes/${disputeId}`);
    await page.getByTestId('room-open').click();
    await page.getByTestId('room-open-submit').click();
    await page.waitForURL(/\/mediation-rooms\/[^/]+$/);
    const roomId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('room-page').waitFor();

    // The cadre finds the open room in the list of the village's online mediations and can join it.
    await cadre.page.goto('/mediation-rooms');
    await cadre.page.getByTestId(`room-card-${roomId}`).waitFor();
    expect(await cadre.page.getByTestId(`room-join-${roomId}`).isVisible()).toBe(true);

    // A party is invited: the one-time link is shown with its QR code and text message.
    await page.getByTestId('room-tab-invite').click();
    await page.getByTestId('invite-party').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '王' }).first().click();
    await page.getByTestId('invite-create').click();
    const link = (await page.getByTestId('invite-link').textContent()) ?? '';
    const joinPath = /\/join\/[A-Za-z0-9_-]+/.exec(link)?.[0];
    expect(joinPath).toBeDefined();
    await page.getByTestId('invite-qr').waitFor();
    expect(await page.getByTestId('invite-sms').textContent()).toContain(joinPath);

    // The 笔录 is stored by itself a few seconds after typing, and says when.
    await page.getByTestId('room-tab-record').click();
    await page.getByTestId('room-record').fill(RECORD);
    await page
      .locator('[data-testid="room-record-status"][data-status="saved"]')
      .filter({ hasText: '已保存' })
      .waitFor();
    expect((await apiGet<RoomView>(page, `/api/v1/mediation-rooms/${roomId}`)).record).toBe(RECORD);

    // Recording needs everyone's consent: with the cadre admitted and silent, 开始录像 is refused and names him.
    await cadre.page.getByTestId(`room-join-${roomId}`).click();
    await cadre.page.getByTestId('room-page').waitFor();
    const waiting = await apiGet<RoomView>(page, `/api/v1/mediation-rooms/${roomId}`);
    const cadreIn = waiting.participants.find((p) => p.kind === 'cadre' && p.status === 'waiting');
    expect(cadreIn).toBeDefined();
    const participant = `/api/v1/mediation-rooms/${roomId}/participants/${cadreIn?.id}`;
    expect((await apiSend(page, 'POST', `${participant}/admit`, {})).status).toBe(200);
    await page.getByTestId('room-tab-recording').click();
    await page.getByTestId('room-consent').filter({ hasText: '我同意录像' }).click();
    await page.getByTestId('room-consent').filter({ hasText: '撤回同意' }).waitFor();
    await page.getByTestId('room-recording-start').click();
    await page.getByTestId('room-recording-missing').filter({ hasText: '段守田' }).waitFor();
    expect(await page.getByTestId('room-header-recording').count()).toBe(0);

    // The officer alone in the room, with his consent and his camera: 开始录像, 录像中 in the header, then 暂停.
    expect((await apiSend(page, 'POST', `${participant}/remove`, {})).status).toBe(200);
    await publishFakeCamera(page, roomId);
    await page.getByTestId('room-recording-start').click();
    await page.getByTestId('room-header-recording').filter({ hasText: '录像中' }).waitFor();
    await page.getByTestId('room-recording-state').filter({ hasText: '录制中' }).waitFor();
    await page.waitForTimeout(4_000);
    await page.getByTestId('room-recording-pause').click();
    await page.getByTestId('room-header-recording').waitFor({ state: 'detached' });

    // Closing with the outcome takes the officer back to the case, which now shows the online session.
    await page.getByTestId('room-tab-close').click();
    await page.getByTestId('room-outcome-agreement').click();
    await page.getByTestId('room-close-submit').click();
    await page.getByTestId('room-close-confirm').click();
    await page.waitForURL(`**/disputes/${disputeId}`);
    const history = page.getByTestId(`room-history-${roomId}`);
    await history.getByTestId('room-outcome').waitFor();
    expect(await history.getByTestId('room-participants').textContent()).toContain('登录');
    const closed = await apiGet<RoomView>(page, `/api/v1/mediation-rooms/${roomId}`);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'agreement', record: RECORD });
    // The duration as the case says it (40分钟 for the demo's session; seconds for this quick one).
    expect(await history.getByTestId('room-duration').textContent()).toBe(
      `时长 ${formatDuration(closed.durationSeconds ?? -1)}`,
    );
    // The recording is converted after the close and appears on the case with 播放; the video reads its length.
    const recordings = history.getByTestId(`room-recordings-${roomId}`);
    await recordings.getByTestId('room-recording-play').first().waitFor({ timeout: 45_000 });
    await recordings.getByTestId('room-recording-play').first().click();
    const video = page.getByTestId('room-recording-video');
    await video.waitFor();
    await page.waitForFunction(
      () => {
        const v = document.querySelector<HTMLVideoElement>('[data-testid="room-recording-video"]');
        return v !== null && v.readyState >= 1 && v.duration > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.keyboard.press('Escape');
    const sessions = await apiGet<{ sessions: { mode: string; record: string }[] }[]>(page, `${base}/mediations`);
    expect(sessions.flatMap((m) => m.sessions)).toContainEqual(
      expect.objectContaining({ mode: 'online', record: RECORD }),
    );

    // Once closed, the room is gone from the cadre's list.
    await cadre.page.goto('/mediation-rooms');
    await cadre.page.getByTestId('room-cards').waitFor();
    expect(await cadre.page.getByTestId(`room-card-${roomId}`).count()).toBe(0);
    await cadre.context.close();
    await context.close();
  });
});

describe('opening a room without a media server, in Chromium', () => {
  const demo = useDemoSuite();

  it('the case card says the media server is missing, with the command that installs it', async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const disputeId = await caseWithOpenMediation(chief.page, await duanjiangId(chief.page));
    await chief.context.close();
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    await page.goto(`/disputes/${disputeId}`);
    await page.getByTestId('room-open').click();
    await page.getByTestId('room-open-submit').click();
    const card = page.getByTestId('online-room-card');
    await card.getByTestId('media-not-configured').waitFor();
    expect(await card.getByTestId('media-fix-command').textContent()).toContain('apt-get install');
    expect(await page.getByTestId('room-open-error').count()).toBe(0);
    expect(page.url()).toContain(`/disputes/${disputeId}`);
    await context.close();
  });
});
