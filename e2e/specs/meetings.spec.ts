import type { Task } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const TASK_TITLE = '排查双坪村山林权属纠纷隐患，逐户核实界址';
const OWNER = '马良镇自然资源所';

/** A PNG whose first and last bytes say what it is: the server sniffs uploads at both ends. */
const PHOTO = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
  Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
]);

/** Picks the option containing `text` of the select behind `testId`. */
async function pick(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

describe('the monthly consultation and its tasks in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();
  let taskId = '';
  let meetingId = '';

  it('the chief creates a consultation and, on its page, assigns a task to the land office', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-table').waitFor();
    await page.getByTestId('meeting-add').click();
    await page.getByTestId('meeting-place').fill('马良派出所二楼会议室');
    await pick(page, 'meeting-attendees', OWNER);
    await page.keyboard.press('Escape');
    await page.getByTestId('meeting-form-submit').click();
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname));
    await page.getByTestId('meeting-title').waitFor();
    meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    // The agenda: the demo's earlier meetings' pending tasks first (some overdue), then the four items in order.
    const agenda = await page
      .locator('[data-testid="meeting-carry-over"], [data-testid^="meeting-item-"]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
    expect(agenda).toEqual([
      'meeting-carry-over',
      'meeting-item-intel',
      'meeting-item-review',
      'meeting-item-tasks',
      'meeting-item-training',
    ]);
    expect(await page.getByTestId('meeting-carry-over-counts').textContent()).toMatch(/逾期 [1-9]\d* 项/);
    expect(await page.getByTestId('meeting-attendees-list').textContent()).toContain(OWNER);

    await page.getByTestId('meeting-assign-task').click();
    await page.getByTestId('task-form-title').fill(TASK_TITLE);
    await pick(page, 'task-form-owner', OWNER);
    // The task concerns an incident, found through the incident list the chief may read.
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.getByTestId('task-form-incidents').click();
    const incident = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    const incidentLabel = (await incident.textContent()) ?? '';
    await incident.click();
    await page.keyboard.press('Escape');
    await page.getByTestId('task-form-due').click();
    await page
      .locator('.ant-picker-dropdown:visible .ant-picker-cell-in-view:not(.ant-picker-cell-disabled)')
      .last()
      .click();
    await page.getByTestId('task-form-submit').click();
    const row = page.getByTestId('meeting-tasks').locator('tr', { hasText: TASK_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain(OWNER);
    const incidentNumber = incidentLabel.split(' ')[0] ?? '';
    expect(await row.getByTestId('task-links').textContent()).toBe(`警情 ${incidentNumber}`);
    expect(await row.getByRole('link', { name: `警情 ${incidentNumber}` }).getAttribute('href')).toMatch(
      /^\/incidents\//,
    );
    const href = await row.getByRole('link', { name: TASK_TITLE }).getAttribute('href');
    taskId = decodeURIComponent(href?.split('/').pop() ?? '');
    expect(taskId).not.toBe('');

    // Holding the meeting freezes the month's figures: every 同比 is the server's wording with its raw counts.
    await page.getByTestId('meeting-action-hold').click();
    await page.getByTestId('meeting-step-confirm').click();
    await page.getByTestId('meeting-figures').waitFor();
    const yoy = await page.locator('[data-testid^="figure-yoy-"]').allTextContents();
    expect(yoy.length).toBeGreaterThan(0);
    for (const text of yoy)
      expect(text).toMatch(/^(—|持平|(上升|下降)\d+\.\d%（\d+→\d+）|持平（\d+→\d+）|新增\d+起（上年同期为0）)$/);
    await page.screenshot({ path: 'e2e/results/meeting-page.png', fullPage: true }).catch(() => undefined);

    // 打印纪要 opens the server's A4 page in a new tab; 下载纪要 is the DOCX, both with the session cookie.
    const [printTab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('meeting-print').click()]);
    await printTab.waitForLoadState();
    expect(new URL(printTab.url()).pathname).toBe(`/api/v1/meetings/${encodeURIComponent(meetingId)}/print`);
    expect(await printTab.textContent('body')).toContain(TASK_TITLE);
    await printTab.close();
    const docx = await page.request.get((await page.getByTestId('meeting-docx').getAttribute('href')) ?? '');
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('officedocument.wordprocessingml');
    await context.close();
  });

  it('the chief’s 本周会商 on the home page opens the list of exactly this week’s meetings', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const week = page.getByTestId('today-meeting_this_week');
    await week.getByTestId('today-item').first().waitFor();
    const total = Number((await page.getByTestId('today-meeting_this_week-total').textContent())?.match(/\d+/)?.[0]);
    await week.getByRole('link', { name: '打开列表' }).click();
    await page.waitForURL((url) => url.pathname === '/meetings' && url.searchParams.has('from'));
    await page.getByTestId('meeting-days').waitFor();
    await page.getByTestId(`meeting-row-${meetingId}`).waitFor();
    const rows = page.locator('[data-testid^="meeting-row-"]');
    expect(await rows.count()).toBe(total);
    // The demo's year of earlier meetings comes back with the whole list.
    await page.getByRole('link', { name: '显示全部会商' }).click();
    await page.waitForURL((url) => !url.searchParams.has('from'));
    await expect.poll(() => rows.count()).toBeGreaterThan(total);
    await context.close();
  });

  it('the land office sees it on its phone home and among its tasks, adds feedback with a photo, marks it done', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'dept_land', PHONE);
    // The home page lists it under 即将到期 (due today); its 查看全部 opens the task list with the same filter.
    const dueSoon = page.getByTestId('today-task_due_soon');
    const homeRow = dueSoon.getByTestId('today-item').filter({ hasText: TASK_TITLE });
    await homeRow.waitFor();
    await page.goto('/tasks?mine=true&dueSoon=true');
    const card = page.getByTestId(`task-card-${taskId}`);
    await card.waitFor();
    expect(await card.textContent()).toContain(TASK_TITLE);
    await expect.poll(() => page.getByTestId('task-filter-dueSoon').isChecked()).toBe(true);

    // From the home page: the task, then 添加反馈, the photo and 保存.
    await page.goto('/');
    await homeRow.click();
    await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`);
    await page.getByTestId('task-title').waitFor();
    // The land office may not read incidents: the link says so instead of naming it.
    expect(await page.getByTestId('task-links').textContent()).toBe('警情 无权查看');
    await page.screenshot({ path: 'e2e/results/task-owner-open-phone.png', fullPage: true }).catch(() => undefined);

    // 添加反馈, the photo, 保存: the note is the only typing.
    await page.getByTestId('task-action-feedback').click();
    await page.getByTestId('task-feedback-note').fill('已约双方村民本周五现场核实界址');
    await page
      .getByTestId('task-feedback-photo-file')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByTestId('task-feedback-submit').click();
    const entry = page.getByTestId('task-feedback-entry').first();
    await entry.locator('img').waitFor();
    expect(await entry.textContent()).toContain('已约双方村民本周五现场核实界址');

    await page.getByTestId('task-action-done').click();
    await page.getByTestId('task-step-submit').click();
    await expect.poll(() => page.getByTestId('task-state').first().textContent()).toBe('待确认');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'e2e/results/task-owner-phone.png', fullPage: true }).catch(() => undefined);

    const task = await apiGet<Task>(page, `/api/v1/tasks/${encodeURIComponent(taskId)}`);
    expect(task).toMatchObject({ state: 'done', owner: { kind: 'organization', name: OWNER } });
    expect(task.feedback.some((item) => item.photos.length === 1)).toBe(true);
    await context.close();
  });

  it('the chief finds it through the task list’s URL filters and confirms it', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const isList = (res: { url: () => string }) => new URL(res.url()).pathname === '/api/v1/tasks';
    // From the menu the list opens on the tasks still being worked.
    await page.getByTestId('nav-tasks').click();
    await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('open') === 'true');
    await expect.poll(() => page.getByTestId('task-filter-open').isChecked()).toBe(true);
    // A drill link's filters are read from the address and sent as the list query, and the boxes show them.
    const opened = page.waitForResponse((res) => isList(res) && new URL(res.url()).searchParams.has('overdue'));
    await page.goto('/tasks?open=true&overdue=true');
    const asked = new URL((await opened).url()).searchParams;
    expect([asked.get('open'), asked.get('overdue'), asked.get('mine')]).toEqual(['true', 'true', null]);
    await expect.poll(() => page.getByTestId('task-filter-overdue').isChecked()).toBe(true);
    const cleared = page.waitForResponse(isList);
    await page.getByTestId('task-filter-overdue').click();
    await page.waitForURL((url) => !url.searchParams.has('overdue') && url.searchParams.get('open') === 'true');
    expect(new URL((await cleared).url()).searchParams.has('overdue')).toBe(false);

    // The meeting's own tasks: just the one assigned above, now awaiting confirmation.
    await page.goto(`/tasks?meetingId=${encodeURIComponent(meetingId)}`);
    const row = page.getByTestId(`task-row-${taskId}`);
    await row.waitFor();
    expect(await page.locator('[data-testid^="task-row-"]').count()).toBe(1);
    expect(await row.getByTestId('task-state').textContent()).toBe('待确认');
    await row.getByRole('link', { name: TASK_TITLE }).click();
    await page.getByTestId('task-action-confirm').click();
    await page.getByTestId('task-step-submit').click();
    await expect.poll(() => page.getByTestId('task-state').first().textContent()).toBe('已办结');
    await context.close();
  });
});
