import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

interface PersonItem {
  id: string;
  name: string;
  jurisdictionName: string;
}

describe('platform foundation in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the station chief logs in and sees the 41 villages and communities of the town', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief');
    await page.getByTestId('nav-jurisdictions').click();
    const count = page.getByTestId('village-count');
    await count.waitFor();
    expect(await count.textContent()).toContain('41');
    const summary = await page.getByTestId('jurisdiction-summary').textContent();
    expect(summary).toContain('39');
    expect(summary).toContain('12');
    await page.screenshot({ path: 'e2e/results/chief-jurisdictions.png', fullPage: false }).catch(() => undefined);
    await context.close();
  });

  it('the 双坪村 auxiliary officer, on a phone, cannot open a record of another village', async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief');
    const nanya = await apiGet<{ items: { id: string; name: string }[] }>(
      chief.page,
      '/api/v1/jurisdictions?level=village',
    );
    const nanyaVillage = nanya.items.find((j) => j.name === '南垭村');
    expect(nanyaVillage).toBeDefined();
    const nanyaPeople = await apiGet<{ items: PersonItem[] }>(
      chief.page,
      `/api/v1/people?jurisdictionId=${nanyaVillage?.id}&limit=5`,
    );
    const stranger = nanyaPeople.items[0];
    expect(stranger?.jurisdictionName).toBe('南垭村');
    await chief.context.close();

    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    const own = await apiGet<{ items: PersonItem[] }>(page, '/api/v1/people?limit=50');
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((p) => p.jurisdictionName.startsWith('双坪村'))).toBe(true);

    await page.goto(`/people/${own.items[0]?.id}`);
    await page
      .getByText(own.items[0]?.name ?? '—')
      .first()
      .waitFor();
    expect(await page.getByTestId('not-found').count()).toBe(0);

    await page.goto(`/people/${stranger?.id}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByText(stranger?.name ?? '—').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'e2e/results/auxiliary-not-found-phone.png' }).catch(() => undefined);
    await context.close();
  });

  it('the audit administrator sees both logins in the audit viewer', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auditor');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-row').first().waitFor();
    const rows = await page.getByTestId('audit-row').allTextContents();
    const logins = rows.filter((r) => r.includes('auth.login') || r.includes('登录'));
    expect(logins.some((r) => r.includes('chief'))).toBe(true);
    expect(logins.some((r) => r.includes('auxiliary'))).toBe(true);
    await context.close();
  });
});
