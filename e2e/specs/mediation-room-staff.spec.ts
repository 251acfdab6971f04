import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;
const CADRE = 'cadre_duanjiang';
const RECORD = '双方到场陈述：王某称李某占用其承包地约两分，李某认可并同意退还。';

interface RoomView {
  id: string;
  status: string;
  record: string;
  outcome: string | null;
  durationSeconds: number | null;
}

/**
 * The staff side of an online mediation without a media server (FENGQIAO_MEDIA_LAUNCH=off): the room works for
 * everything but the video — invitation, 笔录, close — and the case keeps the online session.
 */
describe('the staff mediation room in Chromium, on the Maliang demo without media', () => {
  const demo = useDemoSuite();

  it('an officer opens a room, invites a party, writes the record and closes it; the cadre sees it while open', async () => {
    // The village cadre's village, where the case is registered, so the room is in the cadre's room.join reach.
    const cadre = await logIn(demo.browser, demo.server.url, CADRE, PHONE);
    const me = await apiGet<{ roles: { jurisdictionId: string }[] }>(cadre.page, '/api/v1/auth/me');
    const villageId = me.roles[0]?.jurisdictionId;

    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const created = await apiSend<{ id: string }>(chief.page, 'POST', '/api/v1/disputes', {
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
    expect((await apiSend(chief.page, 'POST', `${base}/actions/start_village_handling`, {})).status).toBe(200);
    const staff = await apiGet<{ items: { id: string }[] }>(chief.page, '/api/v1/people?kind=staff&limit=1');
    const mediation = await apiSend(chief.page, 'POST', `${base}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [staff.items[0]?.id],
    });
    expect(mediation.status, JSON.stringify(mediation.body)).toBe(201);
    await chief.context.close();

    // The officer opens the room from the case page and lands in it.
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    await page.goto(`/disputes/${disputeId}`);
    await page.getByTestId('room-open').click();
    await page.getByTestId('room-open-submit').click();
    await page.waitForURL(/\/mediation-rooms\/[^/]+$/);
    const roomId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('room-page').waitFor();
    // No media server here: the stage says so, and the rest of the room works.
    await page.getByTestId('media-not-configured').waitFor();

    // The cadre finds the open room in the list of the village's online mediations and can join it.
    await cadre.page.goto('/mediation-rooms');
    await cadre.page.getByTestId(`room-card-${roomId}`).waitFor();
    expect(await cadre.page.getByTestId(`room-join-${roomId}`).isVisible()).toBe(true);

    // A party is invited: the one-time link is shown with its QR code and text message.
    await page.getByTestId('room-tab-invite').click();
    await page.getByTestId('invite-party').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '王' }).first().click();
    await page.getByTestId('invite-create').click();
    const link = await page.getByTestId('invite-link').textContent();
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]+/);
    await page.getByTestId('invite-qr').waitFor();
    expect(await page.getByTestId('invite-sms').textContent()).toContain(link?.trim() ?? '');

    // The 笔录 is stored by itself a few seconds after typing, and says when.
    await page.getByTestId('room-tab-record').click();
    await page.getByTestId('room-record').fill(RECORD);
    await page
      .locator('[data-testid="room-record-status"][data-status="saved"]')
      .filter({ hasText: '已保存' })
      .waitFor();
    expect((await apiGet<RoomView>(page, `/api/v1/mediation-rooms/${roomId}`)).record).toBe(RECORD);

    // Closing with the outcome takes the officer back to the case, which now shows the online session.
    await page.getByTestId('room-tab-close').click();
    await page.getByTestId('room-outcome-agreement').click();
    await page.getByTestId('room-close-submit').click();
    await page.getByTestId('room-close-confirm').click();
    await page.waitForURL(`**/disputes/${disputeId}`);
    const history = page.getByTestId(`room-history-${roomId}`);
    await history.getByTestId('room-outcome').waitFor();
    expect(await history.getByTestId('room-duration').textContent()).toMatch(/\d+分钟/);
    expect(await history.getByTestId('room-participants').textContent()).toContain('登录');
    const closed = await apiGet<RoomView>(page, `/api/v1/mediation-rooms/${roomId}`);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'agreement', record: RECORD });
    const sessions = await apiGet<{ sessions: { mode: string; record: string }[] }[]>(page, `${base}/mediations`);
    expect(sessions.flatMap((m) => m.sessions)).toContainEqual(
      expect.objectContaining({ mode: 'online', record: RECORD }),
    );

    // Once closed, the room is gone from the cadre's list.
    await cadre.page.reload();
    await cadre.page.getByTestId('room-cards').waitFor();
    expect(await cadre.page.getByTestId(`room-card-${roomId}`).count()).toBe(0);
    await cadre.context.close();
    await context.close();
  });
});
