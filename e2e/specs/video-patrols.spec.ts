import type {
  Page as ListPage,
  Today,
  VideoPatrolRound,
  VideoPatrolRoundDetail,
  VideoReminder,
  VideoReminderDetail,
} from '@fengqiao/domain';
import { shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const VILLAGE = '双坪村';
const NOTE = '双坪村河边有两名小孩独自玩水，无大人看护';

/**
 * A video patrol on the Maliang demo, in Chromium without live video (the finding flow never needs it): the duty
 * officer records a finding on a 双坪村 camera as a remote reminder to the village auxiliary officer, who records
 * 已处理 on his phone in at most three taps; the chief then sees the outcome.
 */
describe('a video patrol finding that becomes a remote reminder, answered on a phone', () => {
  const demo = useDemoSuite();
  let reminderId = '';
  let roundId = '';

  it('is recorded by the duty officer from today’s round, at the desk, with the keyboard', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    await page.getByTestId('nav-videoPatrols').click();
    await page.getByTestId('rounds-today').waitFor();

    // Today's open round holding a 双坪村 camera not yet patrolled (the demo schedules one every day).
    const today = shanghaiDate(new Date());
    const rounds = await apiGet<ListPage<VideoPatrolRound>>(
      page,
      `/api/v1/video-patrols/rounds?from=${today}&to=${today}&state=open`,
    );
    let camera: VideoPatrolRoundDetail['cameras'][number] | undefined;
    for (const round of rounds.items) {
      const detail = await apiGet<VideoPatrolRoundDetail>(page, `/api/v1/video-patrols/rounds/${round.id}`);
      camera = detail.cameras.find((item) => item.villageName === VILLAGE && item.result === null);
      if (camera) {
        roundId = round.id;
        break;
      }
    }
    expect(camera, 'today’s round has a 双坪村 camera to patrol').toBeDefined();
    const target = camera as NonNullable<typeof camera>;

    await page.getByTestId(`today-round-${roundId}`).getByTestId('round-open').click();
    await page.waitForURL((url) => url.pathname === `/video-patrols/rounds/${roundId}`);
    await page.getByTestId('round-participants').first().waitFor();
    await page.getByTestId(`round-camera-${target.id}`).click();
    await page.getByTestId('patrol-camera-name').filter({ hasText: target.name }).waitFor();

    // Key 2 opens the finding form with the note focused; the reminder to the auxiliary officer is the default.
    await page.keyboard.press('2');
    await page.getByTestId('result-save-finding').waitFor();
    await page.getByTestId('result-note').fill(NOTE);
    expect(await page.getByTestId('finding-target-village_auxiliary').isChecked()).toBe(true);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId(`round-camera-${target.id}`).getByText('发现问题').waitFor();

    const detail = await apiGet<VideoPatrolRoundDetail>(page, `/api/v1/video-patrols/rounds/${roundId}`);
    const result = detail.cameras.find((item) => item.id === target.id)?.result;
    expect(result?.kind).toBe('finding');
    expect(result?.note).toBe(NOTE);
    expect(result?.finding?.kind).toBe('reminder');
    reminderId = result?.finding?.id ?? '';
    const reminder = await apiGet<VideoReminderDetail>(page, `/api/v1/video-patrols/reminders/${reminderId}`);
    expect([reminder.target, reminder.villageName, reminder.state, reminder.message]).toEqual([
      'village_auxiliary',
      VILLAGE,
      'pending',
      NOTE,
    ]);
    await page.screenshot({ path: 'e2e/results/video-patrol-round.png', fullPage: true }).catch(() => undefined);
    await context.close();
  });

  it('reaches the village auxiliary officer’s phone, who records 已处理 in at most three taps', async () => {
    expect(reminderId, 'the finding became a reminder').not.toBe('');
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.getByTestId('mobile-home').waitFor();
    const today = await apiGet<Today>(page, '/api/v1/home/today');
    const fromHome = today.groups.some((group) =>
      group.items.some((item) => item.link === `/video-patrols/reminders/${reminderId}`),
    );
    // Tap 1: the to-do on his home page, or the big 视频巡查提醒 button and then (tap 2) the reminder's card.
    if (fromHome) {
      await page.locator(`a[href="/video-patrols/reminders/${reminderId}"]`).first().click();
    } else {
      await page.getByTestId('home-video-reminders').click();
      await page.getByTestId(`reminder-card-${reminderId}`).click();
    }
    await page.waitForURL((url) => url.pathname === `/video-patrols/reminders/${reminderId}`);
    expect(await page.getByTestId('reminder-message').textContent()).toBe(NOTE);
    expect(await page.getByTestId('reminder-sent-at').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    for (const outcome of ['resolved', 'no_answer', 'referred']) {
      const box = await page.getByTestId(`reminder-outcome-${outcome}`).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
    }
    // The last tap: 已处理.
    await page.getByTestId('reminder-outcome-resolved').click();
    await page.getByTestId('reminder-outcome-recorded').waitFor();
    expect(await page.getByTestId('reminder-outcome').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const saved = await apiGet<VideoReminderDetail>(page, `/api/v1/video-patrols/reminders/${reminderId}`);
    expect(saved.state).toBe('resolved');
    await page.screenshot({ path: 'e2e/results/video-reminder-phone.png', fullPage: true }).catch(() => undefined);
    await context.close();
  });

  it('shows the chief the outcome in the reminders list and on the round', async () => {
    expect(reminderId, 'the finding became a reminder').not.toBe('');
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/video-patrols/reminders?state=resolved');
    const row = page.getByTestId(`reminder-row-${reminderId}`);
    await row.waitFor();
    expect(await row.getByTestId('reminder-state').textContent()).toBe('已解决');
    const resolved = await apiGet<ListPage<VideoReminder>>(page, '/api/v1/video-patrols/reminders?state=resolved');
    expect(resolved.items.find((item) => item.id === reminderId)?.outcomeByName).toBeTruthy();
    await row.getByRole('link').first().click();
    await page.getByTestId('reminder-outcome-recorded').filter({ hasText: '已处理' }).waitFor();
    await page.goto(`/video-patrols/rounds/${roundId}`);
    await page.getByTestId('round-title').waitFor();
    await page.getByTestId('round-cameras').getByText('发现问题').first().waitFor();
    await context.close();
  });
});
