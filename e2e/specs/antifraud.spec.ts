import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1280, height: 900 } as const;

interface Coverage {
  total: { percent: number | null; base: number | null; installs: number | null };
  villages: { villageName: string; base: number | null; installs: number | null }[];
}

describe('anti-fraud in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief sees the town near 98 %, is refused an install count above the base, and sees the days since the last case', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-antifraud').click();
    await page.getByTestId('antifraud-coverage-row').first().waitFor();
    const coverage = await apiGet<Coverage>(page, '/api/v1/antifraud/coverage');
    expect(coverage.total.percent).toBeGreaterThanOrEqual(97);
    expect(await page.getByTestId('antifraud-town-percent').textContent()).toContain(String(coverage.total.percent));
    await page.screenshot({ path: 'e2e/results/antifraud-coverage.png' }).catch(() => undefined);

    const first = coverage.villages[0];
    if (!first?.base) throw new Error('the demo has no base for its first village');
    await page.getByTestId('antifraud-record-installs').first().click();
    await page.getByTestId('antifraud-installs-input').fill(String(first.base + 1));
    await page.getByTestId('antifraud-installs-save').click();
    await page.getByTestId('antifraud-installs-error').waitFor();
    expect(await page.getByTestId('antifraud-installs-error').textContent()).toContain('安装数不能超过该村当日的基数');
    const after = await apiGet<Coverage>(page, '/api/v1/antifraud/coverage');
    expect(after.villages[0]?.installs).toBe(first.installs);

    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '涉诈案件' }).click();
    await page.waitForURL((url) => url.pathname === '/antifraud/cases');
    await page.getByTestId('antifraud-case-row').first().waitFor();
    const summary = await apiGet<{ daysSinceLastCase: number }>(page, '/api/v1/antifraud/cases/summary');
    expect(await page.getByTestId('antifraud-days-since').textContent()).toContain(String(summary.daysSinceLastCase));
    await page.screenshot({ path: 'e2e/results/antifraud-cases.png' }).catch(() => undefined);
    await page.getByRole('tab', { name: '宣传活动' }).click();
    await page.getByTestId('antifraud-activity-row').first().waitFor();
    await page.screenshot({ path: 'e2e/results/antifraud-activities.png' }).catch(() => undefined);
    await context.close();
  });
});
