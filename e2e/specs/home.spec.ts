import type { Today } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;

/** Waits for the home page's to-dos to have loaded, whichever way they came out (cards or "今天没有待办"). */
async function waitForToday(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="today"], [data-testid="today-empty"]');
}

/** What the page shows per group beside what the server sent: the totals and the rows of each card. */
async function checkCards(page: Page, today: Today): Promise<void> {
  for (const group of today.groups.filter((g) => g.total > 0)) {
    const card = page.getByTestId(`today-${group.key}`);
    expect(await page.getByTestId(`today-${group.key}-total`).textContent()).toContain(String(group.total));
    expect(await card.getByTestId('today-item').count()).toBe(group.items.length);
    expect(await page.getByTestId(`today-${group.key}-more`).count()).toBe(group.total > group.items.length ? 1 : 0);
  }
}

describe('the home page (工作台) in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it("shows the 双坪村 auxiliary officer their village's to-dos on the phone, above the big buttons", async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await waitForToday(page);
    const today = await apiGet<Today>(page, '/api/v1/home/today');
    expect(today.groups.map((g) => g.key)).toEqual([
      'task_overdue',
      'task_due_soon',
      'dispute_overdue',
      'dispute_due_soon',
      'dispute_red',
      'incident_unacknowledged',
      'incident_late',
      'hazard_overdue',
      'hazard_due_soon',
      // His village's governance-group key persons overdue for a visit (the police groups are not his to see).
      'key_person_visit_overdue',
      // His village's remote reminders awaiting the outcome he records (the demo leaves at least one).
      'video_reminder_pending',
    ]);
    expect(today.groups.find((g) => g.key === 'video_reminder_pending')?.total).toBeGreaterThan(0);
    // Everything on it lies in the village the officer is granted.
    for (const item of today.groups.filter((g) => g.module !== 'tasks').flatMap((g) => g.items)) {
      expect(item.place).toMatch(/^双坪村/);
    }
    await checkCards(page, today);
    // A long summary is cut at the card's edge and never widens the 390 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const first = today.groups.flatMap((g) => g.items)[0];
    await page.screenshot({ path: 'e2e/results/home-auxiliary-phone.png', fullPage: true }).catch(() => undefined);
    if (first) {
      // A row is a big tap target opening its record.
      const row = page.getByTestId('today-item').first();
      expect((await row.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
      await row.click();
      await page.waitForURL((url) => url.pathname === first.link);
    } else {
      expect(await page.getByTestId('today-empty').textContent()).toContain('今天没有待办');
    }
    await context.close();
  });

  it("shows the chief the town's to-dos on the desktop instead of the directory counts; 查看全部 opens the list", async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/');
    await waitForToday(page);
    const today = await apiGet<Today>(page, '/api/v1/home/today');
    expect(today.groups.some((g) => g.total > 0)).toBe(true);
    await checkCards(page, today);
    expect(await page.getByTestId('home-village-count').count()).toBe(0);
    await page.screenshot({ path: 'e2e/results/home-chief-desktop.png', fullPage: true }).catch(() => undefined);
    const more = today.groups.find((g) => g.total > g.items.length);
    if (more) {
      await page.getByTestId(`today-${more.key}-more`).click();
      await page.waitForURL((url) => url.pathname === more.list.path);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(more.list.query);
    }
    await context.close();
  });

  it('keeps the directory counts for an account with no case work (the system administrator)', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'sysadmin', DESKTOP);
    await page.goto('/');
    await page.getByTestId('home-village-count').waitFor();
    expect((await apiGet<Today>(page, '/api/v1/home/today')).groups).toEqual([]);
    expect(await page.getByTestId('today').count()).toBe(0);
    await context.close();
  });
});
