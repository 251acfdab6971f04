import { inflateRawSync } from 'node:zlib';
import { formatBeijingDate, shanghaiDate } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

/** Waits until the case page shows the given state label. */
async function waitForState(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="dispute-state"]')?.textContent?.includes(expected) ?? false,
    text,
  );
}

/** Opens one of the record's action dialogs, lets `fill` answer it, and submits. */
async function act(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`dispute-action-${action}`).click();
  await fill?.();
  await page.getByTestId('action-form-submit').click();
}

/** The text of every entry stored in a zip (deflated or stored), enough to check a DOCX without a library. */
function zipTexts(zip: Buffer): string[] {
  const texts: string[] = [];
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    try {
      texts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    } catch {
      // an entry written with a data descriptor (size 0 here) is skipped; document.xml is not written that way
    }
  }
  return texts;
}

describe('disputes in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();
  let disputeId = '';

  it('the 双坪村 auxiliary officer registers a dispute on a phone and reports it to the town', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.getByTestId('dispute-register').click();
    await page.getByTestId('dispute-form-category').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '邻里' }).first().click();
    // The village is filled in from the officer's own grant.
    expect(await page.getByTestId('dispute-form-village').textContent()).toContain('双坪村');
    await page.getByTestId('dispute-form-summary').fill('两户因排水沟堵塞发生争执，多次协商未果');
    await page.getByTestId('dispute-form-party-name-0').fill('张三');
    await page.getByTestId('dispute-form-party-name-1').fill('李四');
    await page.getByTestId('dispute-form-submit').click();
    await page.waitForURL((url) => /^\/disputes\/(?!new$)[^/]+$/.test(url.pathname));
    disputeId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(await page.getByTestId('dispute-number').textContent()).toMatch(/2026/);
    await waitForState(page, '已发现');

    await act(page, 'start_village_handling');
    await waitForState(page, '村级调处中');
    expect(await page.getByTestId('dispute-action-village_fail').textContent()).toContain('上报镇综治办');
    // The 综治办 has the board open: the escalation must ring its bell without a reload.
    const office = await logIn(demo.browser, demo.server.url, 'zongzhiban', DESKTOP);
    await office.page.getByTestId('notification-bell').waitFor();
    const unread = async () => Number((await office.page.getByTestId('notification-count').textContent()) ?? '0');
    const before = await unread();
    await act(page, 'village_fail', () => page.getByTestId('action-form-reason').fill('双方分歧较大，村级无法调处'));
    await waitForState(page, '待镇级受理');
    await office.page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="notification-count"]')?.textContent ?? '0') > count,
      before,
    );
    expect(await unread()).toBe(before + 1);
    await office.context.close();
    expect(await page.getByTestId('timeline-entry').count()).toBe(3);

    await page.goto('/disputes');
    await page.getByTestId(`dispute-card-${disputeId}`).waitFor();
    await page.screenshot({ path: 'e2e/results/auxiliary-disputes-phone.png' }).catch(() => undefined);
    await context.close();
  });

  it('the governance office accepts the case and assigns two departments', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'zongzhiban', DESKTOP);
    await page.getByTestId('nav-disputes').click();
    await page.getByTestId('board-overdue').waitFor();
    await page.getByTestId('board-red').waitFor();
    // The demo holds hundreds of cases; the search box finds this one by words of its summary.
    await page.getByTestId('dispute-search').locator('input').fill('多次协商未果');
    await page.getByTestId('dispute-search').locator('input').press('Enter');
    await page.getByTestId(`dispute-row-${disputeId}`).locator('a').first().click();

    await act(page, 'accept_at_town');
    await waitForState(page, '镇综治办已受理');
    await act(page, 'assign_departments', async () => {
      await page.getByTestId('action-form-departments').click();
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await options.nth(1).waitFor();
      await options.nth(0).click();
      await options.nth(1).click();
      await page.keyboard.press('Escape');
    });
    await waitForState(page, '已交办部门');

    const record = await apiGet<{ assignedDepartmentIds: string[]; timeline: { event: string }[] }>(
      page,
      `/api/v1/disputes/${encodeURIComponent(disputeId)}`,
    );
    expect(record.assignedDepartmentIds).toHaveLength(2);
    expect(record.timeline.map((entry) => entry.event)).toEqual([
      'registered',
      'start_village_handling',
      'village_fail',
      'accept_at_town',
      'assign_departments',
    ]);
    await context.close();
  });

  it('a written agreement prints with every Art. 29 item and downloads as a DOCX with the parties', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'zongzhiban', DESKTOP);
    const base = `/api/v1/disputes/${encodeURIComponent(disputeId)}`;
    // Two parties with every Art. 29 detail (the phone form only took names).
    const full = (name: string, role: string, age: number) => ({
      role,
      name,
      sex: 'male',
      ethnicity: '汉族',
      age,
      occupation: '农民',
      address: '双坪村一组',
      phone: '13800000000',
    });
    for (const party of [full('王大山', 'applicant', 52), full('赵小河', 'respondent', 47)]) {
      const added = await apiSend(page, 'POST', `${base}/parties`, party);
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    const record = await apiGet<{ parties: { id: string; name: string }[] }>(page, base);
    const partyIds = record.parties
      .filter((party) => ['王大山', '赵小河'].includes(party.name))
      .map((party) => party.id);
    const staff = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/people?kind=staff&limit=1');
    const mediation = await apiSend<{ id: string }>(page, 'POST', `${base}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [staff.items[0]?.id],
    });
    expect(mediation.status, JSON.stringify(mediation.body)).toBe(201);
    const today = shanghaiDate(new Date());
    const agreement = await apiSend<{ id: string; missingItems: unknown[] }>(
      page,
      'POST',
      `/api/v1/mediations/${encodeURIComponent(mediation.body.id)}/agreements`,
      {
        kind: 'written',
        partyIds,
        facts: '排水沟堵塞致赵小河家院坝积水',
        disputedMatters: '排水沟疏通及损失赔偿',
        responsibilities: '王大山负主要责任',
        terms: '王大山疏通排水沟并赔偿赵小河五百元',
        performanceManner: '现金支付',
        performancePlace: '双坪村村委会',
        performanceDeadline: today,
        signatures: partyIds.map((partyId) => ({ partyId, method: 'signature', at: today })),
        mediatorSignedAt: today,
        committeeSealedAt: today,
      },
    );
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    expect(agreement.body.missingItems).toEqual([]);
    const id = encodeURIComponent(agreement.body.id);

    // The case page opens this same print page in a new tab (data-testid agreement-print).
    await page.goto(`/api/v1/agreements/${id}/print`);
    const printed = (await page.textContent('body')) ?? '';
    for (const item of ['王大山', '赵小河', '汉族', '农民', '双坪村一组', '13800000000', '排水沟堵塞', '排水沟疏通']) {
      expect(printed).toContain(item);
    }
    for (const item of ['王大山负主要责任', '赔偿赵小河五百元', '现金支付', '双坪村村委会', formatBeijingDate(today)]) {
      expect(printed).toContain(item);
    }

    const docx = await page.request.get(`/api/v1/agreements/${id}/docx`);
    expect(docx.status()).toBe(200);
    const zip = Buffer.from(await docx.body());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const texts = zipTexts(zip).join('\n');
    expect(texts).toContain('王大山');
    expect(texts).toContain('赵小河');

    // The same print page, opened from the case page as a person would.
    await page.goto(`/disputes/${encodeURIComponent(disputeId)}`);
    const popup = page.waitForEvent('popup');
    await page.getByTestId('agreement-print').first().click();
    expect((await (await popup).textContent('body')) ?? '').toContain('王大山');
    await page.getByTestId('agreement-complete').waitFor();
    await context.close();
  });
});
