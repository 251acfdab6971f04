import type { Dashboard, DrillLink } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const WALL = { width: 1920, height: 1080 } as const;

/** Waits until ECharts has finished drawing every chart on the page (EChart sets the attribute on `finished`). */
async function waitForCharts(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor();
  await page.waitForFunction(
    (css) => {
      const charts = [...document.querySelectorAll(css)];
      return charts.length > 0 && charts.every((chart) => chart.getAttribute('data-chart-finished') === 'true');
    },
    selector,
    { timeout: 30_000 },
  );
  return page.locator(selector).count();
}

/** How many records the list behind a drill link holds, counted by the list API page after page. */
async function listCount(page: Page, drill: DrillLink): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...drill.query, limit: '200', ...(cursor ? { cursor } : {}) });
    const result: { items: unknown[]; nextCursor: string | null } = await apiGet(page, `/api/v1${drill.path}?${query}`);
    count += result.items.length;
    cursor = result.nextCursor;
  } while (cursor);
  return count;
}

const ROWS = '[data-testid^="incident-row-"], [data-testid^="dispute-row-"]';

/** Loads every page of the list on screen and returns the total it says it shows (已全部显示，共 N 条). */
async function shownOnList(page: Page): Promise<number> {
  const end = page.getByText(/已全部显示，共 \d+ 条/);
  for (;;) {
    const more = page.getByTestId('load-more');
    await Promise.race([more.waitFor(), end.waitFor()]);
    if (await end.isVisible()) {
      const text = (await end.textContent()) ?? '';
      return Number(/共 (\d+) 条/.exec(text)?.[1]);
    }
    const before = await page.locator(ROWS).count();
    await more.click();
    // The next page has come when the list has grown (or says it has reached its end).
    await page.waitForFunction(
      ([rows, shown]) =>
        document.querySelectorAll(rows).length > shown || /已全部显示/.test(document.body.textContent ?? ''),
      [ROWS, before] as const,
    );
  }
}

interface DrillTarget {
  testId: string;
  count: number;
  drill: DrillLink;
}

/** Numbers with records behind them that the chief may open: one of each kind the dashboard links. */
function drillTargets(dashboard: Dashboard): DrillTarget[] {
  const card = (prefix: string) => {
    const figure = dashboard.cards.find((c) => c.measure.startsWith(prefix) && c.drill !== null && c.current > 0);
    return figure?.drill ? [{ testId: `figure-${figure.measure}`, count: figure.current, drill: figure.drill }] : [];
  };
  const heat = (dashboard.heat?.rows ?? []).flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.drill && cell.count > 0
        ? [{ testId: `heat-${row.key}-${cell.hour}`, count: cell.count, drill: cell.drill }]
        : [],
    ),
  );
  const rows = dashboard.breakdowns
    .filter((breakdown) => breakdown.dimension === 'risk')
    .flatMap((breakdown) =>
      breakdown.rows.flatMap((row) =>
        row.drill && row.count > 0
          ? [
              {
                testId: `breakdown-${breakdown.measure}-${breakdown.dimension}-${row.key}`,
                count: row.count,
                drill: row.drill,
              },
            ]
          : [],
      ),
    );
  return [...card('incidents.'), ...card('disputes.'), ...heat.slice(0, 1), ...rows.slice(0, 1)];
}

describe('the dashboards in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it("renders the station chief's dashboard with the server's figures and 同比 wording, charts drawn", async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/dashboard');
    await page.getByTestId('dashboard').waitFor();
    expect(await waitForCharts(page, '[data-testid^="chart-"]')).toBeGreaterThan(0);
    const dashboard = await apiGet<Dashboard>(page, '/api/v1/stats/dashboard?period=month');
    expect(dashboard.cards.length).toBeGreaterThan(0);
    for (const card of dashboard.cards) {
      expect(await page.getByTestId(`figure-${card.measure}`).textContent()).toBe(card.current.toLocaleString('zh-CN'));
      if (card.yoy)
        expect(await page.getByTestId(`figure-${card.measure}-yoy`).textContent()).toContain(card.yoy.textZh);
    }
    for (const counter of dashboard.counters) {
      const shown = await page.getByTestId(`counter-${counter.key}`).textContent();
      expect(shown).toBe(counter.value === null ? '—' : counter.value.toLocaleString('zh-CN'));
    }
    await page.screenshot({ path: 'e2e/results/dashboard-chief-1440.png', fullPage: true }).catch(() => undefined);

    // A village's view: its own name and its own figures, from the same URL the picker writes.
    const village = dashboard.heat?.rows[0];
    expect(village, 'a village in the heat table').toBeDefined();
    if (!village) return;
    await page.goto(`/dashboard?period=month&jurisdictionId=${village.key}`);
    const villageView = await apiGet<Dashboard>(
      page,
      `/api/v1/stats/dashboard?period=month&jurisdictionId=${village.key}`,
    );
    expect(villageView.scope).toMatchObject({ level: 'village', name: village.labelZh });
    await page.locator('main h3', { hasText: village.labelZh }).waitFor();
    const first = villageView.cards[0];
    if (first) {
      await page.waitForFunction(
        ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === text,
        [`figure-${first.measure}`, first.current.toLocaleString('zh-CN')] as const,
      );
    }
    await context.close();
  });

  it('a click on a number opens the filtered list showing exactly as many records, its conditions as tags', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/dashboard');
    await page.getByTestId('dashboard').waitFor();
    const dashboard = await apiGet<Dashboard>(page, '/api/v1/stats/dashboard?period=month');
    const targets = drillTargets(dashboard);
    // An incident figure, a dispute figure, a heat table cell and a breakdown row: both lists, four kinds of link.
    expect(targets.map((target) => target.testId)).toHaveLength(4);
    for (const target of targets) {
      // The server's own list agrees with its figure...
      expect(await listCount(page, target.drill), target.testId).toBe(target.count);
      // ...and so does the page the number opens.
      await page.goto('/dashboard');
      await page.getByTestId(target.testId).click();
      await page.waitForURL((url) => url.pathname === target.drill.path);
      const opened = new URL(page.url());
      for (const [key, value] of Object.entries(target.drill.query)) {
        expect(opened.searchParams.get(key), `${target.testId} ${key}`).toBe(value);
      }
      await page.getByTestId('filter-tags').waitFor();
      expect(await shownOnList(page), target.testId).toBe(target.count);
    }
    await context.close();
  }, 180_000);

  it('the 大屏 fills a 1920×1080 screen: no scrollbars, every panel inside the viewport, refreshed time shown', async () => {
    // A desktop browser (logIn with a viewport emulates a touch device, whose scrollbars would not show).
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief');
    await page.setViewportSize(WALL);
    await page.goto('/wall');
    await page.getByTestId('wall').waitFor();
    expect(await waitForCharts(page, '[data-testid^="wall-chart-"]')).toBeGreaterThan(0);
    await page
      .getByTestId('wall-refreshed')
      .filter({ hasText: /更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/ })
      .waitFor();
    const layout = await page.evaluate(() => {
      const root = document.documentElement;
      const boxes = [...document.querySelectorAll('[data-testid="wall"] section, [data-testid^="wall-figure-"]')].map(
        (element) => element.getBoundingClientRect(),
      );
      return {
        scrollWidth: root.scrollWidth,
        scrollHeight: root.scrollHeight,
        wall: document.querySelector('[data-testid="wall"]')?.getBoundingClientRect().toJSON(),
        outside: boxes.filter(
          (box) => box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight,
        ).length,
        panels: boxes.length,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(WALL.width);
    expect(layout.scrollHeight).toBeLessThanOrEqual(WALL.height);
    expect(layout.wall).toMatchObject({ x: 0, y: 0, width: WALL.width, height: WALL.height });
    expect(layout.panels).toBeGreaterThan(0);
    expect(layout.outside).toBe(0);
    await page.screenshot({ path: 'e2e/results/wall-1920.png' }).catch(() => undefined);
    await context.close();
  });
});
