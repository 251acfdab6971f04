import type { DisputeBoard, DisputeListItem } from '@fengqiao/domain';
import { boardPeriods } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

/** The width the issue names: the office's monitors. */
const WIDE = { width: 1440, height: 900 } as const;

/** Every case the list returns for a query, page after page. */
async function listAll(page: Page, query: string): Promise<DisputeListItem[]> {
  const items: DisputeListItem[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/disputes?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const result: { items: DisputeListItem[]; nextCursor: string | null } = await apiGet(page, url);
    items.push(...result.items);
    cursor = result.nextCursor;
  } while (cursor);
  return items;
}

/** The page's title, once it reads `expected`. */
async function waitForTitle(page: Page, expected: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('main h3, h3.ant-typography')?.textContent?.includes(text) ?? false,
    expected,
  );
}

/** Closes an open select's dropdown and waits until it has gone, so the next one's options are not confused with it. */
async function closeDropdown(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-select-dropdown')].every((el) => {
      const box = el.getBoundingClientRect();
      return box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden';
    }),
  );
}

/** The number a board figure shows, once the figures have loaded. */
async function figure(page: Page, testId: string): Promise<number> {
  const cell = page.getByTestId(testId);
  await page.waitForFunction(
    (id) => /^\d[\d,]*$/.test(document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? ''),
    testId,
  );
  return Number(((await cell.textContent()) ?? '').replaceAll(',', ''));
}

/** Each figure of the board beside the list query that must count the same cases. */
function figureQueries(asOf: string, scope: string): [string, string][] {
  const { today, monthStart, yearStart } = boardPeriods(asOf);
  return [
    ['board-red', `open=true&risk=red${scope}`],
    ['board-overdue', `open=true&overdue=true${scope}`],
    ['board-tier-village', `open=true&tier=village${scope}`],
    ['board-tier-town', `open=true&tier=town${scope}`],
    ['board-tier-taskforce', `open=true&tier=taskforce${scope}`],
    ['board-closed-month', `closedFrom=${monthStart}&closedTo=${today}${scope}`],
    ['board-closed-year', `closedFrom=${yearStart}&closedTo=${today}${scope}`],
  ];
}

describe('the board in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it("the 综治办's figures equal the open (and closed) cases counted through the list", async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'zongzhiban', WIDE);
    await page.goto('/disputes');
    await waitForTitle(page, '综治办看板');
    const { asOf } = await apiGet<DisputeBoard>(page, '/api/v1/disputes/board');
    for (const [testId, query] of figureQueries(asOf, '')) {
      expect(await figure(page, testId), testId).toBe((await listAll(page, query)).length);
    }
    await page.screenshot({ path: 'e2e/results/board-zongzhiban-1440.png' }).catch(() => undefined);
    await context.close();
  });

  it('lists the most urgent first, with the village beside the group, the deadline in view, and finds a case by number', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'zongzhiban', WIDE);
    await page.goto('/disputes');
    const rows = page.locator('[data-testid^="dispute-row-"]');
    await rows.first().waitFor();
    const shown = await listAll(page, 'order=urgency');
    const firstId = (await rows.first().getAttribute('data-testid'))?.replace('dispute-row-', '');
    expect(firstId).toBe(shown[0]?.id);
    expect(shown[0]?.riskGrade).toBe('red');

    // The first page on screen holds a case registered at a group: its row names the village too (双坪村3组).
    const grouped = shown.slice(0, await rows.count()).find((item) => item.villageName !== null);
    expect(grouped).toBeDefined();
    expect(await page.getByTestId(`dispute-row-${grouped?.id}`).textContent()).toContain(
      `${grouped?.villageName}${grouped?.jurisdictionName}`,
    );

    // The deadline column sits inside a 1440 px window without scrolling the table sideways.
    const header = page.locator('.ant-table-thead th').filter({ hasText: '办理期限' }).first();
    const box = await header.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(WIDE.width);

    const target = shown[shown.length - 1];
    await page
      .getByTestId('dispute-search')
      .locator('input')
      .fill(target?.number ?? '');
    await page.getByTestId('dispute-search').locator('input').press('Enter');
    await page.waitForFunction(
      (id) =>
        document.querySelectorAll('[data-testid^="dispute-row-"]').length === 1 &&
        document.querySelector(`[data-testid="dispute-row-${id}"]`) !== null,
      target?.id,
    );
    await context.close();
  });

  it('forms a task force from the departments already assigned, a member per department, and lists it on the case', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'zongzhiban', WIDE);
    const assigned = await listAll(page, 'state=ASSIGNED');
    const dispute = assigned.find((item) => item.actions.includes('form_taskforce'));
    expect(dispute, 'the demo has an assigned case the office may hand to a task force').toBeDefined();
    const id = dispute?.id ?? '';
    await page.goto(`/disputes/${encodeURIComponent(id)}`);
    await page.getByTestId('dispute-action-form_taskforce').click();
    const departments = page.getByTestId('action-form-departments');
    await departments.waitFor();
    // Every department already working the case starts chosen, each with its own row.
    for (const departmentId of dispute?.assignedDepartmentIds ?? []) {
      await page.getByTestId(`taskforce-row-${departmentId}`).waitFor();
    }
    if ((dispute?.assignedDepartmentIds.length ?? 0) < 2) {
      await departments.click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-selected)')
        .first()
        .click();
      await closeDropdown(page);
    }
    const rows = page.locator('[data-testid^="taskforce-row-"]');
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThanOrEqual(2);

    // Nobody picked yet: every row says so before anything is sent, and the case has not moved.
    await page.getByTestId('action-form-submit').click();
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('[data-testid^="taskforce-row-"]')].filter((row) =>
          row.textContent?.includes('专班的每个部门至少指定一名成员'),
        ).length === n,
      rowCount,
    );
    expect((await apiGet<{ state: string }>(page, `/api/v1/disputes/${encodeURIComponent(id)}`)).state).toBe(
      'ASSIGNED',
    );

    for (let i = 0; i < rowCount; i++) {
      await rows.nth(i).locator('.ant-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await closeDropdown(page);
    }
    await page.getByTestId('action-form-submit').click();
    await page.getByTestId('taskforce-card').waitFor();
    expect(await page.getByTestId('taskforce-member').count()).toBe(rowCount);
    const record = await apiGet<{ state: string; taskforce: { departmentId: string }[] }>(
      page,
      `/api/v1/disputes/${encodeURIComponent(id)}`,
    );
    expect(record.state).toBe('TASKFORCE');
    expect(new Set(record.taskforce.map((member) => member.departmentId)).size).toBe(rowCount);
    await context.close();
  });

  it("the chief's page is titled for the chief, and a district officer's board counts their districts", async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief', WIDE);
    await chief.page.goto('/disputes');
    await chief.page.getByTestId('board-red').waitFor();
    await waitForTitle(chief.page, '所长工作台');
    await chief.context.close();

    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', WIDE);
    await page.goto('/disputes');
    await waitForTitle(page, '我的片区');
    const mine = await apiGet<DisputeBoard>(page, '/api/v1/disputes/board?mine=true');
    const town = await apiGet<DisputeBoard>(page, '/api/v1/disputes/board');
    expect(mine.open.total).toBeLessThan(town.open.total);
    for (const [testId, query] of figureQueries(mine.asOf, '&mine=true')) {
      expect(await figure(page, testId), testId).toBe((await listAll(page, query)).length);
    }
    await context.close();
  });
});
