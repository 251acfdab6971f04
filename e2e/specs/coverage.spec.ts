import type { Assignment, Coverage, StandIn } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

/** DELETE inside the logged-in page, with the session's CSRF token and no body. */
async function apiDelete(page: Page, path: string): Promise<number> {
  return page.evaluate(async (p) => {
    const me = (await (await fetch('/api/v1/auth/me', { credentials: 'same-origin' })).json()) as {
      csrfToken: string;
    };
    const res = await fetch(p, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': me.csrfToken },
    });
    return res.status;
  }, path);
}

describe('the districts coverage in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('shows a gap once the auxiliary officer of 段江村 is removed from the village', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/coverage');
    await page
      .getByTestId('coverage-district-段江片区')
      .waitFor()
      .catch(() => undefined);
    const before = await apiGet<Coverage>(page, '/api/v1/coverage');
    expect(before.districts).toHaveLength(12);
    // The demo's one real gap: an auxiliary officer on sick leave with nobody standing in.
    await page.getByTestId('coverage-gaps').waitFor();
    expect(await page.getByTestId('coverage-gaps').textContent()).not.toContain('段江村 无驻村辅警');

    const { items } = await apiGet<{ items: Assignment[] }>(page, '/api/v1/assignments?duty=village_auxiliary');
    const duanjiang = items.find((a) => a.jurisdictionName === '段江村');
    if (!duanjiang) throw new Error('段江村 has no auxiliary officer in the demo');
    expect(await apiDelete(page, `/api/v1/assignments/${duanjiang.id}`)).toBe(204);

    await page.reload();
    const gaps = page.getByTestId('coverage-gaps');
    await gaps.getByText('段江村 无驻村辅警').waitFor();
    const district = before.districts.find((d) => d.villages.some((v) => v.villageName === '段江村'));
    const card = page.getByTestId(`coverage-district-${district?.districtName}`);
    await card.getByText('无驻村辅警', { exact: true }).waitFor();
    await card.getByTestId('coverage-district-gap').getByText('段江村 无驻村辅警').waitFor();
    await context.close();
  });

  it('the chief records a leave nobody covers through the form: a gap until he ends it', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/coverage');
    const coverage = await apiGet<Coverage>(page, '/api/v1/coverage');
    const village = coverage.districts.flatMap((d) => d.villages).find((v) => v.villageName === '双坪村');
    const aux = village?.auxiliaries[0];
    if (!aux) throw new Error('双坪村 has no auxiliary officer in the demo');

    await page.getByTestId('coverage-add-stand-in').click();
    await page.getByTestId('stand-in-absent').click();
    await page.locator(`.ant-select-item-option[title="${aux.name}（双坪村 驻村辅警）"]`).click();
    await page.getByPlaceholder('开始日期').click();
    await page.locator(`.ant-picker-dropdown td[title="${coverage.day}"]`).first().click();
    await page.locator(`.ant-picker-dropdown td[title="${coverage.day}"]`).first().click();
    await page.getByLabel('事由').fill('病假');
    await page.getByTestId('stand-in-submit').click();

    const gap = `双坪村 ${aux.name} 辅警请假无人代岗`;
    await page.getByTestId('coverage-gaps').getByText(gap).waitFor();
    const { items } = await apiGet<{ items: StandIn[] }>(page, '/api/v1/coverage/stand-ins?when=current');
    const leave = items.find((item) => item.absentPersonId === aux.personId);
    if (!leave) throw new Error('the leave was not recorded');
    expect([leave.fromDay, leave.toDay, leave.standInPersonId]).toEqual([coverage.day, coverage.day, null]);

    await page.getByTestId(`stand-in-end-${leave.id}`).click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await page.getByTestId('coverage-gaps').getByText(gap).waitFor({ state: 'detached' });
    await context.close();
  });

  it('the village auxiliary officer reads the coverage on a phone, without the leave form', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.goto('/coverage');
    await page.getByTestId('coverage-gaps').waitFor();
    expect(await page.getByTestId('coverage-add-stand-in').count()).toBe(0);
    await page.getByTestId('coverage-export').waitFor();
    await context.close();
  });
});
