import { type Hazard, type HazardDetail, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const TITLE = '双坪村三组桥头护栏缺失';

/** A PNG whose first and last bytes say what it is: the server sniffs uploads at both ends. */
const PHOTO = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
  Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
]);

describe('a hazard found on patrol, rectified with a photo and verified, in Chromium on the Maliang demo', () => {
  const demo = useDemoSuite();
  let hazardId = '';

  it('is reported on the auxiliary officer’s phone in three taps: 报告隐患, 拍照, 报告 (the village is his own)', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.getByTestId('home-hazard-report').click();
    await page.waitForURL((url) => url.pathname === '/hazards/new');
    // His village is preselected: no picker to open.
    expect(await page.getByTestId('hazard-new-village').count()).toBe(0);
    const save = await page.getByTestId('hazard-new-save').boundingBox();
    expect(save?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.getByTestId('hazard-new-text').fill('村口废弃鱼塘无护栏，有小孩在旁边玩耍');
    await page
      .getByTestId('hazard-new-photo-file')
      .setInputFiles({ name: 'pond.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByTestId('hazard-new-save').click();
    await page.waitForURL((url) => /^\/hazards\/[^/]+$/.test(url.pathname) && url.pathname !== '/hazards/new');
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const saved = await apiGet<HazardDetail>(page, `/api/v1/hazards/${id}`);
    expect(saved.title).toBe('村口废弃鱼塘无护栏，有小孩在旁边玩耍');
    expect([saved.source, saved.villageName, saved.verifierSide]).toEqual(['patrol', '双坪村', 'police']);
    expect(saved.photos.map((photo) => photo.kind)).toEqual(['report']);
    await page.getByTestId('hazard-title').waitFor();
    await context.close();
  });

  it('is reported from the patrol and assigned to the village with a deadline (set up through the API)', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    const me = await apiGet<{ roles: { jurisdictionId: string }[] }>(page, '/api/v1/auth/me');
    const villageId = me.roles[0]?.jurisdictionId ?? '';
    await context.close();

    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const reported = await apiSend<Hazard>(chief.page, 'POST', '/api/v1/hazards', {
      source: 'patrol',
      sourceRef: { kind: 'patrol_log', id: 'night-patrol-e2e' },
      villageId,
      title: TITLE,
      description: '夜间巡逻发现桥头护栏缺失约五米，夜间行人易坠落。',
    });
    expect(reported.status).toBe(201);
    hazardId = reported.body.id;
    expect(reported.body.verifierSide).toBe('police');
    const assigned = await apiSend<HazardDetail>(chief.page, 'POST', `/api/v1/hazards/${hazardId}/assign`, {
      assignee: { kind: 'village' },
      deadline: shanghaiDate(new Date(Date.now() + 7 * 86_400_000)),
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.state).toBe('assigned');
    await chief.context.close();
  });

  it('cannot be closed without a rectification photo: refused with a stable code, nothing written', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    const refused = await apiSend<{ error: { code: string; messageZh: string } }>(
      page,
      'POST',
      `/api/v1/hazards/${hazardId}/rectify`,
      { note: '已整改' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('HAZARD_RECTIFY_PHOTO_REQUIRED');
    const after = await apiGet<HazardDetail>(page, `/api/v1/hazards/${hazardId}`);
    expect(after.state).toBe('assigned');
    expect(after.history.map((event) => event.kind)).toEqual(['reported', 'assigned']);
    // The page says so too: 提交整改 stays disabled until this round has a photo.
    await page.goto(`/hazards/${hazardId}`);
    await page.getByTestId('hazard-rectify-panel').waitFor();
    await page.getByTestId('hazard-rectify-note').fill('已加装钢护栏并设置警示牌');
    expect(await page.getByTestId('hazard-rectify-submit').isDisabled()).toBe(true);
    await context.close();
  });

  it('is rectified on the village auxiliary officer’s phone with a photo of the work', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.goto(`/hazards/${hazardId}`);
    await page.getByTestId('hazard-title').waitFor();
    expect(await page.getByTestId('hazard-title').textContent()).toBe(TITLE);
    // 拍整改照片 opens the camera; the photo uploads at once.
    const photoButton = await page.getByTestId('hazard-rectify-photo').boundingBox();
    expect(photoButton?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page
      .getByTestId('hazard-rectify-photo-file')
      .setInputFiles({ name: 'guardrail.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByTestId('hazard-rectify-photo-count').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('hazard-rectify-note').fill('已加装钢护栏并设置警示牌');
    await page.getByTestId('hazard-rectify-submit').click();
    await page.getByTestId('hazard-state').filter({ hasText: '待验收' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'e2e/results/hazard-rectified-phone.png', fullPage: true }).catch(() => undefined);
    await context.close();
  });

  it('is verified by the chief, the police side that found it, and leaves the open list', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto(`/hazards/${hazardId}`);
    await page.getByTestId('hazard-photos').locator('img').first().waitFor();
    await page.getByTestId('hazard-verify').click();
    await page.getByTestId('hazard-verify-confirm').click();
    await page.getByTestId('hazard-state').filter({ hasText: '已销号' }).waitFor();
    const detail = await apiGet<HazardDetail>(page, `/api/v1/hazards/${hazardId}`);
    expect(detail.history.map((event) => event.kind)).toEqual(['reported', 'assigned', 'rectified', 'verified']);
    expect(detail.photos.map((photo) => [photo.kind, photo.round])).toEqual([['rectification', 1]]);
    // The list: the menu entry opens it; the hazard is no longer among the open ones, the overdue ones show in red.
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('hazard-table').waitFor();
    await page.getByTestId('hazard-filter-overdue').click();
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
    const overdue = await apiGet<{ items: Hazard[] }>(page, '/api/v1/hazards?overdue=true');
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.some((item) => item.id === hazardId)).toBe(false);
    await page.getByTestId('hazard-overdue').first().waitFor();
    await context.close();
  });
});
