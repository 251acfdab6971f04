import type {
  Page as ApiPage,
  ConsentMissingDetails,
  CreatedInvitation,
  Dispute,
  Mediation,
  RoomState,
} from '@fengqiao/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { e2eMediaAvailable } from '../support/media';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;

/** Frames the video of one participant's tile has decoded so far (the tile's `<video>`). */
function decodedFrames(page: Page, participantId: string): Promise<number> {
  return page.evaluate((id) => {
    const video = document.querySelector<HTMLVideoElement>(`[data-participant-id="${id}"] video`);
    return video ? video.getVideoPlaybackQuality().totalVideoFrames : -1;
  }, participantId);
}

/** Waits for the tile of `participantId` to play, then for its frames to advance (not a frozen first frame). */
async function expectPlaying(page: Page, participantId: string): Promise<void> {
  await page.locator(`[data-participant-id="${participantId}"][data-state="playing"]`).waitFor({ timeout: 30_000 });
  const before = await decodedFrames(page, participantId);
  await page.waitForTimeout(2_000);
  const after = await decodedFrames(page, participantId);
  // The fake camera runs at 15–30 frames a second: 10 in 2 s leaves room for a busy machine, and fails a still one.
  expect(after - before).toBeGreaterThanOrEqual(10);
}

async function stateOf(page: Page, roomId: string): Promise<RoomState> {
  return apiGet<RoomState>(page, `/api/v1/mediation-rooms/${roomId}/state`);
}

describe.skipIf(!e2eMediaAvailable())('an online mediation room with a party on a phone, against a real Janus', () => {
  const demo = useDemoSuite({ media: true });

  it('opens, admits the party from the waiting room, plays both ways, records with consent, closes to the case with a WebM, and refuses the used link', async () => {
    // A 段江村 case in people's mediation, as the station registers it.
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const places = await apiGet<{ items: { id: string; name: string; level: string }[] }>(
      chief.page,
      '/api/v1/jurisdictions',
    );
    const villageId = places.items.find((j) => j.name === '段江村' && j.level === 'village')?.id;
    const created = await apiSend<Dispute>(chief.page, 'POST', '/api/v1/disputes', {
      jurisdictionId: villageId,
      category: 'forest_land',
      source: 'walk_in',
      summary: '两户因承包地边界发生争执，申请线上调解',
      parties: [
        { role: 'applicant', name: '王德明' },
        { role: 'respondent', name: '李春林' },
      ],
    });
    expect(created.status).toBe(201);
    const disputeId = created.body.id;
    const base = `/api/v1/disputes/${disputeId}`;
    expect((await apiSend(chief.page, 'POST', `${base}/actions/start_village_handling`, {})).status).toBe(200);
    const staff = await apiGet<ApiPage<{ id: string }>>(chief.page, '/api/v1/people?kind=staff&limit=1');
    const mediation = await apiSend<Mediation>(chief.page, 'POST', `${base}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [staff.items[0]?.id],
    });
    expect(mediation.status).toBe(201);
    await chief.context.close();

    // A: the officer at the station, on a desktop, opens the room from the case page and lands in it.
    const officer = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    const a = officer.page;
    await a.goto(`/disputes/${disputeId}`);
    await a.getByTestId('room-open').click();
    await a.getByTestId('room-open-submit').click();
    await a.waitForURL(/\/mediation-rooms\/[^/]+$/);
    const roomId = new URL(a.url()).pathname.split('/').at(-1) as string;
    await a.getByTestId('room-stage').waitFor();
    await expect.poll(async () => (await stateOf(a, roomId)).me.status).toBe('admitted');
    const host = (await stateOf(a, roomId)).me.participantId;
    const dispute = await apiGet<Dispute>(a, base);

    const party = dispute.parties[0];
    const invited = await apiSend<CreatedInvitation>(a, 'POST', `/api/v1/mediation-rooms/${roomId}/invitations`, {
      partyId: party?.id,
    });
    expect(invited.status).toBe(201);
    const link = invited.body.link;
    expect(link).toMatch(/^\/join\//);

    // B: the party on a phone, from the link: one tap, then the waiting room; no media before admission.
    const phone: BrowserContext = await demo.browser.newContext({
      baseURL: demo.server.url,
      locale: 'zh-CN',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    const b = await phone.newPage();
    await b.goto(link);
    await b.getByTestId('guest-enter').click();
    await b.getByTestId('guest-waiting').waitFor();
    await expect(b.getByTestId('guest-waiting').textContent()).resolves.toContain('请稍候，调解员将请您进入调解室');
    expect(await b.getByTestId('guest-layout').locator('a').count()).toBe(0);
    const waiting = (await stateOf(a, roomId)).participants.find((p) => p.status === 'waiting');
    expect(waiting).toBeDefined();
    const guest = waiting?.id as string;
    expect(await b.getByTestId('room-stage').count()).toBe(0);

    // A admits B: both see the other's picture, frames advancing.
    const admitted = await apiSend(a, 'POST', `/api/v1/mediation-rooms/${roomId}/participants/${guest}/admit`, {});
    expect(admitted.status).toBe(200);
    await b.getByTestId('room-stage').waitFor({ timeout: 15_000 });
    await expectPlaying(a, guest);
    await expectPlaying(b, host);
    // A reload keeps the party in the room (the guest cookie), without the link, and the pictures come back.
    await b.reload();
    await b.getByTestId('room-stage').waitFor({ timeout: 15_000 });
    await expectPlaying(b, host);
    await expectPlaying(a, guest);
    // The phone's portrait layout: the other participant large, oneself in the strip; no screen share on a phone.
    await expect(b.getByTestId('room-strip').locator(`[data-participant-id="${guest}"]`).count()).resolves.toBe(1);
    expect(await b.getByTestId('room-share').count()).toBe(0);
    expect(await a.getByTestId('room-share').count()).toBe(1);

    // Recording asked before the party consented: refused with who is missing, nothing recording.
    expect((await apiSend(a, 'POST', `/api/v1/mediation-rooms/${roomId}/consent`, {})).status).toBe(200);
    const refused = await apiSend<{ error: { code: string; details: ConsentMissingDetails } }>(
      a,
      'POST',
      `/api/v1/mediation-rooms/${roomId}/recording/start`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('RECORDING_CONSENT_MISSING');
    expect(refused.body.error.details).toMatchObject({ missing: [{ participantId: guest }] });
    expect((await stateOf(a, roomId)).recordingState).toBe('off');
    expect(await a.getByTestId('room-recording-indicator').count()).toBe(0);

    // The party consents on the phone; then recording runs and both pages show it.
    await b.getByTestId('guest-consent-yes').click();
    await expect
      .poll(async () => (await stateOf(a, roomId)).participants.find((p) => p.id === guest)?.consentedAt ?? null)
      .not.toBeNull();
    const started = await apiSend(a, 'POST', `/api/v1/mediation-rooms/${roomId}/recording/start`, {});
    expect(started.status).toBe(200);
    await a.getByTestId('room-recording-indicator').waitFor({ timeout: 5_000 });
    await b.getByTestId('room-recording-indicator').waitFor({ timeout: 5_000 });
    await expect(b.getByTestId('room-recording-indicator').textContent()).resolves.toContain('录像中');
    await a.waitForTimeout(4_000);

    // A closes with an outcome: the party is told, the case has the online session and, soon, the recording.
    const closed = await apiSend(a, 'POST', `/api/v1/mediation-rooms/${roomId}/close`, {
      outcome: 'agreement',
      record: '双方同意按协议草稿履行。',
    });
    expect(closed.status).toBe(200);
    await b.getByTestId('guest-ended').waitFor({ timeout: 10_000 });
    await expect(b.getByTestId('guest-ended').textContent()).resolves.toContain('本次调解已结束');

    const sessions = (
      await apiGet<(Mediation & { sessions: { mode: string; participants: unknown[] }[] })[]>(
        a,
        `/api/v1/disputes/${disputeId}/mediations`,
      )
    ).flatMap((m) => m.sessions);
    const online = sessions.filter((s) => s.mode === 'online');
    expect(online.length).toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          (
            await apiGet<{ fileName: string; mediaType: string }[]>(a, `/api/v1/disputes/${disputeId}/attachments`)
          ).filter((file) => file.mediaType === 'video/webm' || file.fileName.endsWith('.webm')).length,
        { timeout: 90_000, interval: 2_000 },
      )
      .toBeGreaterThan(0);

    // The same link opened again on another device: already used.
    const other = await demo.browser.newContext({ baseURL: demo.server.url, locale: 'zh-CN', viewport: PHONE });
    const c = await other.newPage();
    await c.goto(link);
    await c.getByTestId('guest-enter').click();
    await c.getByTestId('guest-join-problem').waitFor();
    await expect(c.getByTestId('guest-join-problem').textContent()).resolves.toContain('这个链接已经使用过了');

    await other.close();
    await phone.close();
    await officer.context.close();
  });
});
