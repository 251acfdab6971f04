import type { Incident } from '@fengqiao/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const SUMMARY = '村民报警称邻居占用排水沟引发争吵，双方情绪激动';

/** Picks the first option of the select behind `testId`, or the one containing `text`. */
async function pick(page: Page, testId: string, text?: string): Promise<void> {
  await page.getByTestId(testId).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await (text ? options.filter({ hasText: text }).first() : options.first()).click();
}

/** Waits until the incident page shows the given state label. */
async function waitForState(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="incident-state"]')?.textContent?.includes(expected) ?? false,
    text,
  );
}

describe('incidents in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();
  let phone: { context: BrowserContext; page: Page } | undefined;
  let incidentId = '';
  const auxiliary = () => {
    if (!phone) throw new Error('the auxiliary officer has not logged in');
    return phone.page;
  };
  afterAll(async () => {
    await phone?.context.close();
  });

  it('the 双坪村 auxiliary officer opens the village incidents from the phone home', async () => {
    phone = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    const listed = phone.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/incidents');
    await phone.page.getByTestId('home-incidents').click();
    await phone.page.waitForURL((url) => url.pathname === '/incidents');
    expect((await listed).status()).toBe(200);
    // The village may have no open incident yet: the list is in the page, perhaps without a height.
    await phone.page.getByTestId('incident-cards').waitFor({ state: 'attached' });
  });

  it('an officer records an incident for 双坪村 on the desktop and dispatches it; the phone sees it arrive', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', DESKTOP);
    await page.getByTestId('nav-incidents').click();
    await page.getByTestId('incident-table').waitFor();
    await page.getByTestId('incident-add').click();
    await pick(page, 'incident-form-class', '邻里纠纷');
    // The class decides the 纠纷警情 flag (set on the next render, which a loaded machine may delay).
    await expect.poll(() => page.getByTestId('incident-form-dispute').isChecked()).toBe(true);
    await page.getByTestId('incident-form-village').click();
    await page.getByTestId('incident-form-village').locator('input').fill('双坪村');
    await page
      .locator('.ant-select-tree-title')
      .filter({ hasText: /^双坪村$/ })
      .first()
      .click();
    await page.getByTestId('incident-form-summary').fill(SUMMARY);
    await page.getByTestId('incident-form-party-name-0').fill('王春花');
    await page.getByTestId('incident-form-submit').click();
    await page.waitForURL((url) => /^\/incidents\/[^/]+$/.test(url.pathname));
    incidentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await waitForState(page, '已接警');

    // The phone was open before the call came in: the new incident arrives over the WebSocket, with a silent notice.
    const village = auxiliary();
    await village.getByTestId(`incident-card-${incidentId}`).waitFor();
    await village.getByTestId('incident-notice').first().waitFor();

    await page.getByTestId('incident-action-dispatch').click();
    await pick(page, 'action-form-officer');
    await page.getByTestId('action-form-submit').click();
    await waitForState(page, '已派警');
    await page.screenshot({ path: 'e2e/results/incident-page.png', fullPage: true }).catch(() => undefined);
    await village.getByTestId(`incident-ack-${incidentId}`).waitFor();
    await village.screenshot({ path: 'e2e/results/auxiliary-incident-dispatched-phone.png' }).catch(() => undefined);

    await page.getByTestId('nav-incidents').click();
    await page.getByTestId(`incident-row-${incidentId}`).waitFor();
    await page.screenshot({ path: 'e2e/results/incident-desk.png' }).catch(() => undefined);
    await context.close();
  });

  it('the auxiliary officer acknowledges, records arrival and reports back, each in at most three taps', async () => {
    const village = auxiliary();
    const stateOnCard = (text: string) =>
      village.waitForFunction(
        ({ id, expected }) =>
          document.querySelector(`[data-testid="incident-card-state-${id}"]`)?.textContent?.includes(expected) ?? false,
        { id: incidentId, expected: text },
      );

    await village.getByTestId(`incident-ack-${incidentId}`).click();
    await village.getByTestId('incident-ack-confirm').click();
    await stateOnCard('已签收');

    await village.getByTestId(`incident-arrive-${incidentId}`).click();
    await village.getByTestId('incident-step-submit').click();
    await stateOnCard('已到场');

    await village.getByTestId(`incident-feedback-${incidentId}`).click();
    await village.getByTestId('feedback-handle_on_scene').click();
    expect(await village.getByTestId('feedback-note').inputValue()).toContain('处置完毕');
    await village.getByTestId('incident-step-submit').click();
    await stateOnCard('已反馈');
    await village.screenshot({ path: 'e2e/results/auxiliary-incidents-phone.png' }).catch(() => undefined);

    const record = await apiGet<Incident>(village, `/api/v1/incidents/${encodeURIComponent(incidentId)}`);
    expect(record.state).toBe('FEEDBACK');
    expect(record.disposition).toBe('handled_on_scene');
    expect(record.arrivedAt).not.toBeNull();
    expect(record.villageName ?? record.jurisdictionName).toBe('双坪村');
    expect(record.timeline.map((entry) => entry.event)).toEqual([
      'received',
      'dispatch',
      'acknowledge',
      'arrive',
      'start_handling',
      'handle_on_scene',
    ]);
  });
});
