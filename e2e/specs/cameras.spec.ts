import type {
  Page as ApiPage,
  Camera,
  CameraConsent,
  CameraDetail,
  CameraGrantAccount,
  CameraGroup,
  CameraGroupDetail,
} from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const VILLAGE = '双坪村';
const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;

/** Picks the option containing `text` of the select behind `testId`, typing it first to narrow a long list. */
async function pick(page: Page, testId: string, text: string, type = false): Promise<void> {
  await page.getByTestId(testId).click();
  if (type) await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** The camera ids the list shows, in order, once it has settled. */
async function listedIds(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="camera-table"] .ant-spin-spinning'));
  return page.$$eval('[data-testid^="camera-row-"]', (rows) =>
    rows.map((row) => row.getAttribute('data-testid')?.replace('camera-row-', '') ?? ''),
  );
}

describe('the camera registry in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief filters the registry by a village and a status and sees only those cameras, filters in the URL', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-cameras').click();
    await page.waitForURL((url) => url.pathname === '/cameras');
    await page.getByTestId('camera-table').waitFor();
    const all = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?limit=200');
    const village = all.items.find((camera) => camera.villageName === VILLAGE);
    if (!village) throw new Error(`the demo has no camera in ${VILLAGE}`);
    const inVillage = await apiGet<ApiPage<Camera>>(page, `/api/v1/cameras?villageId=${village.villageId}&limit=200`);
    // The status the village's cameras are least often in, so the filter visibly narrows the list.
    const offline = inVillage.items.filter((camera) => camera.status === 'offline').length;
    const status = offline > 0 && offline <= inVillage.items.length / 2 ? 'offline' : 'online';
    const label = status === 'offline' ? '离线' : '在线';

    await pick(page, 'camera-filter-village', VILLAGE, true);
    await page.waitForURL((url) => url.searchParams.get('villageId') === village.villageId);
    await pick(page, 'camera-filter-status', label);
    await page.waitForURL((url) => url.searchParams.get('status') === status);

    const expected = await apiGet<ApiPage<Camera>>(
      page,
      `/api/v1/cameras?villageId=${village.villageId}&status=${status}&limit=30`,
    );
    expect(expected.items.length).toBeGreaterThan(0);
    expect(expected.items.every((camera) => camera.villageId === village.villageId && camera.status === status)).toBe(
      true,
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="camera-row-"]').length === n,
      expected.items.length,
    );
    expect(await listedIds(page)).toEqual(expected.items.map((camera) => camera.id));
    const rows = await page.$$eval('[data-testid^="camera-row-"]', (trs) => trs.map((tr) => tr.textContent ?? ''));
    for (const row of rows) {
      expect(row).toContain(VILLAGE);
      expect(row).toContain(label);
    }

    // The address holds the filters: a reload opens the same list.
    await page.reload();
    await page.getByTestId('camera-table').waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="camera-row-"]').length === n,
      expected.items.length,
    );
    await page.screenshot({ path: 'e2e/results/cameras-filtered.png', fullPage: true }).catch(() => undefined);
    await context.close();
  });

  it('the chief opens a household camera and sees its owner with the phone masked until he asks to see it', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/cameras?kind=household');
    await page.getByTestId('camera-table').waitFor();
    const households = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?kind=household&limit=30');
    const camera = households.items.find((one) => one.owner?.phone);
    if (!camera) throw new Error('the demo has no household camera with an owner’s phone');
    // The chief may unmask residents, so he reads owners' names in full: no camera is named after its owner.
    for (const one of households.items) {
      expect(one.owner?.name).not.toContain('*');
      expect(one.name).not.toContain(one.owner?.name ?? '-');
    }
    await page.getByTestId(`camera-row-${camera.id}`).locator('a').first().click();
    await page.waitForURL((url) => url.pathname === `/cameras/${camera.id}`);
    await page.getByTestId('camera-title').waitFor();
    expect(await page.getByTestId('camera-title').textContent()).toBe(camera.name);
    const phone = (await page.getByTestId('masked-phone').textContent())?.trim() ?? '';
    expect(phone).toMatch(MASKED_MOBILE);
    expect(await page.getByTestId('camera-owner-name').textContent()).toBe(camera.owner?.name);
    // The page never carries the clear number, whatever the markup.
    const html = await page.content();
    expect(html).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);
    // The chief may unmask residents: the clear number comes on request (the directory audits it) and hides again.
    await page.getByTestId('unmask-phone').click();
    await page.getByTestId('remask-phone').waitFor();
    expect((await page.getByTestId('masked-phone').textContent())?.trim()).toMatch(/^1\d{10}$/);
    await page.getByTestId('remask-phone').click();
    expect((await page.getByTestId('masked-phone').textContent())?.trim()).toMatch(MASKED_MOBILE);
    await context.close();
  });

  it('the chief records a consent on a household camera and sees it in its history', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const households = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?kind=household&limit=30');
    const camera = households.items.find((one) => one.actions.includes('addConsent')) ?? households.items[0];
    if (!camera) throw new Error('the demo has no household camera');
    const before = await apiGet<{ items: CameraConsent[] }>(page, `/api/v1/cameras/${camera.id}/consents`);

    await page.goto(`/cameras/${camera.id}`);
    await page.getByTestId('consent-list').waitFor();
    await page.getByTestId('consent-add').click();
    await page.getByTestId('consent-form-roles').getByText('民警', { exact: true }).click();
    await page.getByTestId('consent-form-purposes').getByText('警情处置').click();
    await page.getByTestId('consent-form-purposes').getByText('紧急救助').click();
    await page.getByTestId('consent-form-save').click();
    await page.getByTestId('consent-form-save').waitFor({ state: 'detached' });

    const after = await apiGet<{ items: CameraConsent[] }>(page, `/api/v1/cameras/${camera.id}/consents`);
    expect(after.items.length).toBe(before.items.length + 1);
    const added = after.items.find((consent) => !before.items.some((old) => old.id === consent.id));
    expect(added?.roles).toEqual(['officer']);
    expect([...(added?.purposes ?? [])].sort()).toEqual(['emergency', 'incident']);
    expect(added?.allowsPlayback).toBe(false);
    expect(added?.state).toBe('active');
    await page.getByTestId(`consent-${added?.id}`).filter({ hasText: '有效' }).waitFor();
    expect(await page.getByTestId(`consent-${added?.id}`).textContent()).toContain('警情处置');
    await context.close();
  });

  it('the auxiliary officer of 双坪村 sees only his village’s cameras, as cards on his phone', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    const listed = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?limit=200');
    expect(listed.items.length).toBeGreaterThan(0);
    expect(new Set(listed.items.map((camera) => camera.villageName))).toEqual(new Set([VILLAGE]));
    // He may not unmask residents: household owners' names come masked (张*).
    const owners = listed.items.flatMap((camera) => (camera.owner ? [camera.owner.name] : []));
    expect(owners.length).toBeGreaterThan(0);
    for (const name of owners) expect(name).toMatch(/^\p{L}\*+$/u);

    await page.goto('/cameras');
    await page.getByTestId('camera-cards').waitFor();
    await page.locator('[data-testid^="camera-card-"]').first().waitFor();
    const cards = await page.$$eval('[data-testid^="camera-card-"]', (links) =>
      links.map((link) => ({ text: link.textContent ?? '', height: link.getBoundingClientRect().height })),
    );
    expect(cards.length).toBe(Math.min(listed.items.length, 30));
    for (const card of cards) {
      expect(card.text).toContain(VILLAGE);
      expect(card.height).toBeGreaterThanOrEqual(64);
    }
    // He reads the registry but does not keep it: no register or import buttons.
    expect(await page.getByTestId('camera-create').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'e2e/results/cameras-auxiliary-phone.png', fullPage: true }).catch(() => undefined);
    await context.close();
  });

  it('the chief grants a group to one person through the grant form, and the camera page lists the camera’s groups', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const groups = await apiGet<{ items: CameraGroup[] }>(page, '/api/v1/camera-groups');
    const group = groups.items.find((one) => one.memberCount > 0);
    if (!group) throw new Error('the demo has no camera group with cameras');
    const granted = new Set(group.grants.map((grant) => grant.accountId));
    const accounts = await apiGet<ApiPage<CameraGrantAccount>>(
      page,
      `/api/v1/camera-groups/${group.id}/accounts?limit=100`,
    );
    // An account not yet granted that the search by its surname (the one clear letter) shows among the first few.
    let chosen: { account: CameraGrantAccount; surname: string; index: number } | undefined;
    for (const account of accounts.items.filter((one) => !granted.has(one.id))) {
      expect(account.name).toMatch(/^\p{L}\*+$/u);
      const surname = account.name.slice(0, 1);
      const found = await apiGet<ApiPage<CameraGrantAccount>>(
        page,
        `/api/v1/camera-groups/${group.id}/accounts?q=${encodeURIComponent(surname)}&limit=20`,
      );
      const index = found.items.findIndex((one) => one.id === account.id);
      if (index >= 0 && index < 5) {
        chosen = { account, surname, index };
        break;
      }
    }
    if (!chosen) throw new Error('no account of the town to grant to');
    const { account, surname, index } = chosen;

    await page.goto(`/cameras/groups?group=${group.id}`);
    await page.getByTestId('group-panel').waitFor();
    await page.getByText('授权给个人', { exact: true }).click();
    await page.getByTestId('grant-account').click();
    const searched = page.waitForResponse(
      (response) => response.url().includes(`/camera-groups/${group.id}/accounts`) && response.url().includes('q='),
    );
    await page.keyboard.type(surname);
    await searched;
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options
      .nth(index)
      .filter({ hasText: `${account.name}（` })
      .waitFor();
    await options.nth(index).click();
    await page.getByTestId('grant-add').click();
    await page.getByText('已授权', { exact: true }).waitFor();
    const after = await apiGet<CameraGroupDetail>(page, `/api/v1/camera-groups/${group.id}`);
    expect(after.grants.some((grant) => grant.accountId === account.id)).toBe(true);

    // The camera page reads its groups with the camera, not every group of the town.
    const member = after.members[0];
    if (!member) throw new Error('the group has no member');
    const groupReads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/v1/camera-groups')) groupReads.push(request.url());
    });
    await page.goto(`/cameras/${member.cameraId}`);
    await page.getByTestId('camera-groups').filter({ hasText: group.name }).waitFor();
    const camera = await apiGet<CameraDetail>(page, `/api/v1/cameras/${member.cameraId}`);
    expect(camera.groups.map((one) => one.id)).toContain(group.id);
    expect(groupReads).toEqual([]);
    await context.close();
  });
});
