import { shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 900 } as const;

interface Coverage {
  total: { percent: number | null; base: number | null; installs: number | null };
  villages: {
    villageId: string;
    villageName: string;
    base: number | null;
    installs: number | null;
    installsDay: string | null;
    actions: string[];
  }[];
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

  it('the village auxiliary officer records today’s installs and an activity on his phone: no sideways table, two taps each', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.goto('/antifraud');
    const card = page.getByTestId('antifraud-phone-card').first();
    await card.waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const coverage = await apiGet<Coverage>(page, '/api/v1/antifraud/coverage');
    const own = coverage.villages.find((row) => row.actions.includes('record'));
    if (!own?.base) throw new Error('the demo auxiliary officer has no village with a base');
    expect(await card.textContent()).toContain(own.villageName);
    // His figures are his village's, and say so (not 全镇).
    expect(await page.getByTestId('antifraud-town-percent').textContent()).toContain(
      `${own.villageName}反诈应用安装率`,
    );
    const installsButton = card.getByTestId('antifraud-phone-installs');
    expect((await installsButton.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);

    // Tap 1: 登记安装数; type; tap 2: 保存.
    const installs = Math.min(own.base, (own.installs ?? 0) + 1);
    await installsButton.click();
    await card.getByTestId('antifraud-phone-installs-input').fill(String(installs));
    const save = card.getByTestId('antifraud-phone-installs-save');
    expect((await save.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
    await save.click();
    await card.getByTestId('antifraud-phone-installs-input').waitFor({ state: 'detached' });
    const after = await apiGet<Coverage>(page, '/api/v1/antifraud/coverage');
    const saved = after.villages.find((row) => row.villageId === own.villageId);
    expect([saved?.installs, saved?.installsDay]).toEqual([installs, shanghaiDate(new Date())]);

    // Above the base: refused in place with the stable message, nothing written.
    await installsButton.click();
    await card.getByTestId('antifraud-phone-installs-input').fill(String(own.base + 1));
    await card.getByTestId('antifraud-phone-installs-save').click();
    await card.getByTestId('antifraud-phone-installs-error').waitFor();
    expect(await card.getByTestId('antifraud-phone-installs-error').textContent()).toContain('安装数不能超过');
    await installsButton.click();

    // Tap 1: 登记宣传活动; type the venue and the audience; tap 2: 保存 (today, in his village, 集中宣传).
    await card.getByTestId('antifraud-phone-activity').click();
    await card.getByTestId('antifraud-phone-activity-venue').fill('村委会广场（手机登记）');
    await card.getByTestId('antifraud-phone-activity-audience').fill('46');
    await card.getByTestId('antifraud-phone-activity-save').click();
    await card.getByTestId('antifraud-phone-activity-venue').waitFor({ state: 'detached' });
    const activities = await apiGet<{ items: { venue: string; villageId: string | null; audience: number }[] }>(
      page,
      `/api/v1/antifraud/activities?villageId=${own.villageId}&limit=5`,
    );
    expect(activities.items.find((row) => row.venue === '村委会广场（手机登记）')).toMatchObject({
      villageId: own.villageId,
      audience: 46,
    });
    await page.screenshot({ path: 'e2e/results/antifraud-phone.png' }).catch(() => undefined);

    // The activities tab is cards on the phone too.
    await page.getByRole('tab', { name: '宣传活动' }).click();
    await page.getByTestId('antifraud-activity-cards').waitFor();
    expect(await page.locator('.ant-table').count()).toBe(0);
    await context.close();
  });
});
