import type { KeyPerson, KeyPersonVisit, Page } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;

describe('key persons in Chromium on the Maliang demo', () => {
  const demo = useDemoSuite();
  let recordId = '';

  it('the chief opens the list from the menu and a record, its personal data masked', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-keyPersons').click();
    await page.waitForURL((url) => url.pathname === '/key-persons');
    const first = page.getByTestId('kp-table').locator('tbody tr a').first();
    await first.waitFor();
    const name = (await first.textContent()) ?? '';
    expect(name.length).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL((url) => /^\/key-persons\/[^/]+$/.test(url.pathname));
    recordId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('kp-print').waitFor();
    expect(await page.getByText(name).count()).toBeGreaterThan(0);
    const record = await apiGet<KeyPerson>(page, `/api/v1/key-persons/${recordId}`);
    if (record.idNumberMasked) expect(await page.content()).not.toMatch(/\d{17}[\dX]/);
    await context.close();
  });

  it('the auxiliary officer logs a visit on his phone in three taps: the home button, 走访 on the card, the way', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.getByTestId('home-key-persons').click();
    await page.waitForURL((url) => url.pathname === '/key-persons');
    const visit = page.getByTestId('kp-cards').locator('[data-testid^="kp-visit-"]').first();
    await visit.waitFor();
    const id = ((await visit.getAttribute('data-testid')) ?? '').replace('kp-visit-', '');
    const before = await apiGet<Page<KeyPersonVisit>>(page, `/api/v1/key-persons/${id}/visits?limit=200`);
    await visit.click();
    await page.waitForURL((url) => url.pathname === `/key-persons/${id}/visit`);
    const home = page.getByTestId('kp-visit-home');
    expect((await home.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
    await home.click();
    await page.waitForURL((url) => url.pathname === `/key-persons/${id}`);
    const after = await apiGet<Page<KeyPersonVisit>>(page, `/api/v1/key-persons/${id}/visits?limit=200`);
    expect(after.items.length).toBe(before.items.length + 1);
    expect(after.items[0]?.method).toBe('home');
    await context.close();
  });

  it('a department has no key persons in its menu, and a record’s address shows not-found', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'dept_land', DESKTOP);
    await page.locator('[data-testid^="nav-"]').first().waitFor();
    expect(await page.getByTestId('nav-keyPersons').count()).toBe(0);
    await page.goto(`/key-persons/${recordId}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.content()).not.toContain('kp-print');
    await context.close();
  });
});
