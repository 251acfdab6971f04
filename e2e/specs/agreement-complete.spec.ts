import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1280, height: 900 } as const;

/** The dialog on top, once its fields are there. */
async function dialog(page: Page): Promise<Locator> {
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  return modal;
}

async function waitForDialogToClose(page: Page): Promise<void> {
  await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
}

/** The data-testid of the element holding the keyboard focus (the input itself, or its antd wrapper). */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
}

describe('a written agreement completed from the case page, in Chromium', () => {
  const demo = useDemoSuite();

  it('the chief fills in both parties and the agreement, signs it, makes it effective and prints it', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    // A step that does not happen fails here with its own message, well before the test's time runs out.
    context.setDefaultTimeout(15_000);

    // As the register form leaves it: one party linked to a resident in the directory, both with names only.
    const villages = await apiGet<{ items: { id: string; name: string }[] }>(
      page,
      '/api/v1/jurisdictions?level=village',
    );
    const village = villages.items.find((v) => v.name.includes('双坪'));
    expect(village).toBeDefined();
    const person = await apiSend<{ id: string }>(page, 'POST', '/api/v1/people', {
      jurisdictionId: village?.id,
      name: '孙有田',
      sex: 'male',
      ethnicity: '土家族',
      kind: 'resident',
      phone: '13912345678',
      address: '双坪村三组12号',
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const created = await apiSend<{ id: string; parties: { id: string; name: string }[] }>(
      page,
      'POST',
      '/api/v1/disputes',
      {
        jurisdictionId: village?.id,
        category: 'neighbour',
        source: 'walk_in',
        summary: '两户因院坝排水发生争执',
        parties: [
          { role: 'applicant', name: '孙有田', personId: person.body.id },
          { role: 'respondent', name: '钱小满' },
        ],
      },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const disputeId = created.body.id;
    const [sun, qian] = created.body.parties;
    if (!sun || !qian) throw new Error('the two parties were not registered');
    const staff = await apiGet<{ items: { id: string }[] }>(page, '/api/v1/people?kind=staff&limit=1');
    const mediation = await apiSend(page, 'POST', `/api/v1/disputes/${encodeURIComponent(disputeId)}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [staff.items[0]?.id],
    });
    expect(mediation.status, JSON.stringify(mediation.body)).toBe(201);

    // The agreement's text, drawn up on the case page; the deadline is left for the checklist.
    await page.goto(`/disputes/${encodeURIComponent(disputeId)}`);
    await page.getByTestId('agreement-new').click();
    let modal = await dialog(page);
    const text: Record<string, string> = {
      facts: '孙有田家院坝雨水经钱小满家门前排出，钱小满堵塞排水口致孙家院坝积水',
      disputedMatters: '排水口是否疏通及积水损失',
      responsibilities: '钱小满负主要责任',
      terms: '钱小满三日内疏通排水口并赔偿孙有田三百元',
      performanceManner: '现金支付',
      performancePlace: '双坪村村委会',
    };
    for (const [name, value] of Object.entries(text)) await modal.getByTestId(`agreement-${name}`).fill(value);
    await page.getByTestId('agreement-form-submit').click();
    await waitForDialogToClose(page);

    const effective = page.getByTestId('agreement-effective');
    await page.getByTestId('agreement-missing').waitFor();
    // A written draft is a draft, never 口头协议; it cannot take effect while anything is missing.
    const agreementsCard = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head-title', { hasText: /^调解协议$/ }) });
    expect(await agreementsCard.textContent()).toContain('调解协议书（草稿）');
    expect(await agreementsCard.textContent()).not.toContain('口头协议');
    expect(await effective.isDisabled()).toBe(true);
    const missing = async () => (await page.getByTestId('agreement-missing').textContent()) ?? '';
    expect(await missing()).toContain('当事人1：联系电话');
    expect(await missing()).toContain('当事人2：民族');
    expect(await missing()).toContain('履行期限');

    // Party 1 from the parties card: sex and ethnicity come from the directory, phone and address through its
    // audited unmask.
    await page.getByTestId(`party-edit-${sun.id}`).click();
    modal = await dialog(page);
    await modal.getByTestId('party-form-ethnicity').waitFor();
    expect(await modal.getByTestId('party-form-ethnicity').inputValue()).toBe('土家族');
    expect(await modal.locator('[data-testid="party-form-sex"] .ant-radio-button-wrapper-checked').textContent()).toBe(
      '男',
    );
    await modal.getByTestId('party-form-fill-phone').click();
    await modal.getByTestId('party-form-fill-address').click();
    await expect.poll(() => modal.getByTestId('party-form-phone').inputValue()).toBe('13912345678');
    await expect.poll(() => modal.getByTestId('party-form-address').inputValue()).toBe('双坪村三组12号');
    await modal.getByTestId('party-form-age').fill('58');
    await modal.getByTestId('party-form-occupation').fill('农民');
    await page.getByTestId('party-form-submit').click();
    await waitForDialogToClose(page);
    await expect.poll(missing).not.toContain('当事人1：');

    // Party 2 from the checklist: the link opens the party's form on the field it names.
    await page.getByTestId('agreement-fill-PARTY_PHONE-1').click();
    modal = await dialog(page);
    await expect.poll(() => focusedTestId(page)).toBe('party-form-phone');
    await modal.getByTestId('party-form-phone').fill('13598765432');
    await modal.getByTestId('party-form-sex').getByText('女').click();
    await modal.getByTestId('party-form-ethnicity').fill('汉族');
    await modal.getByTestId('party-form-age').fill('45');
    await modal.getByTestId('party-form-occupation').fill('个体经营');
    await modal.getByTestId('party-form-address').fill('双坪村三组14号');
    await page.getByTestId('party-form-submit').click();
    await waitForDialogToClose(page);
    await expect.poll(missing).not.toContain('当事人2：');
    expect(await effective.isDisabled()).toBe(true);

    // The deadline, then the signatures and the seal, each from its checklist link.
    await page.getByTestId('agreement-fill-PERFORMANCE_DEADLINE-').click();
    modal = await dialog(page);
    await modal.locator('.ant-picker').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
    await page.getByTestId('agreement-form-submit').click();
    await waitForDialogToClose(page);
    await expect.poll(missing).not.toContain('履行期限');
    expect(await effective.isDisabled()).toBe(true);

    await page.getByTestId(`agreement-fill-signature-${sun.id}`).click();
    modal = await dialog(page);
    await modal.getByTestId('agreement-signatures').getByText('孙有田').click();
    await modal.getByTestId('agreement-signatures').getByText('钱小满').click();
    await modal.getByTestId('agreement-mediator-signed').check();
    await modal.getByTestId('agreement-committee-sealed').check();
    await page.getByTestId('agreement-form-submit').click();
    await waitForDialogToClose(page);

    // Complete: 确认生效 is enabled now, and the agreement takes its number.
    await page.getByTestId('agreement-complete').waitFor();
    await expect.poll(() => effective.isEnabled()).toBe(true);
    await effective.click();
    await expect.poll(async () => (await agreementsCard.textContent()) ?? '').toMatch(/（\d{4}）马人调字第\d+号/);

    // The print preview: every Art. 29 item present, A4 pages, a 打印 button that prints and is not printed.
    const popup = page.waitForEvent('popup');
    await page.getByTestId('agreement-print').click();
    const preview = await popup;
    await preview.waitForLoadState('load');
    const printed = (await preview.textContent('body')) ?? '';
    expect(printed).not.toContain('【缺】');
    for (const item of ['孙有田', '钱小满', '土家族', '汉族', '农民', '个体经营', '58岁', '45岁', text.terms]) {
      expect(printed).toContain(item);
    }
    expect(printed).toMatch(/（\d{4}）马人调字第\d+号/);
    await preview.screenshot({ path: 'e2e/results/agreement-print.png', fullPage: true }).catch(() => undefined);
    await preview.evaluate(() => {
      const flags = window as unknown as { printed: boolean };
      flags.printed = false;
      window.print = () => {
        flags.printed = true;
      };
    });
    await preview.locator('#print-button').click();
    expect(await preview.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await preview.emulateMedia({ media: 'print' });
    expect(await preview.locator('#print-button').isVisible()).toBe(false);
    await context.close();
  }, 180_000);
});
