import { formatBeijingDate, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 900 } as const;

interface Entry {
  id: string;
  type: string;
  officerUserId: string;
  officerName: string;
  villageName: string;
}

describe('the duty log in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();
  let entry: Entry | undefined;
  const today = shanghaiDate(new Date());

  it('the 双坪村 auxiliary officer logs a duty on a phone in three taps and sees it in the list', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    // The three taps: 记一笔 on the phone home, the duty, 保存. No typing: time and village are filled in.
    await page.getByTestId('home-duty-log').click();
    await page.getByTestId('duty-type-patrol').click();
    await page.getByTestId('duty-save').click();

    await page.waitForURL((url) => url.pathname === '/duty');
    const first = page.getByTestId('duty-card').first();
    await first.waitFor();
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('治安巡逻');
    expect(text).toContain(formatBeijingDate(today));
    expect(text).toContain('双坪村');

    const listed = await apiGet<{ items: Entry[] }>(page, `/api/v1/duty-logs?day=${today}&limit=5`);
    // The demo's year of entries ends yesterday: today's only entry is the one just made.
    expect(listed.items).toHaveLength(1);
    entry = listed.items[0];
    expect(entry).toMatchObject({ type: 'patrol', villageName: '双坪村', officerName: '双坪村驻村辅警' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'e2e/results/duty-log-phone.png' }).catch(() => undefined);
    // The officer's own month and the entry form fit the phone too.
    for (const path of ['/duty/calendar', '/duty/new']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: 'e2e/results/duty-new-phone.png' }).catch(() => undefined);
    await context.close();
  });

  it('the chief sees it on the officer’s month calendar and opens the day', async () => {
    if (!entry) throw new Error('the entry of the first test is missing');
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-duty').click();
    await page.getByTestId('duty-table').waitFor();
    await page.getByTestId('duty-calendar-link').click();
    await page.getByTestId('duty-calendar-officer').click();
    await page.keyboard.type('双坪村');
    await page.locator('.ant-select-item-option').filter({ hasText: '双坪村驻村辅警' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('officerId') === entry?.officerUserId);

    const cell = page.getByTestId(`duty-day-${today}`);
    await cell.waitFor();
    expect(await cell.textContent()).toContain('治安巡逻 1');
    await cell.click();
    const day = page.getByTestId('duty-day-entries');
    await day.getByTestId('duty-card').first().waitFor();
    expect(await day.getByTestId('duty-card').count()).toBe(1);
    expect(await day.textContent()).toContain('双坪村驻村辅警');
    await page.screenshot({ path: 'e2e/results/duty-calendar-chief.png' }).catch(() => undefined);
    await context.close();
  });
});
