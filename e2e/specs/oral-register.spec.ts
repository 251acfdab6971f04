import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

describe('the oral agreement register in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the 双坪村 auxiliary officer registers an oral agreement from the register', async () => {
    // The chief sets the case up: registered in 双坪村, taken on by the village, a people's mediation open.
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const villages = await apiGet<{ items: { id: string; name: string }[] }>(
      chief.page,
      '/api/v1/jurisdictions?level=village',
    );
    const shuangping = villages.items.find((village) => village.name.startsWith('双坪'));
    const created = await apiSend<{ id: string; number: string }>(chief.page, 'POST', '/api/v1/disputes', {
      jurisdictionId: shuangping?.id,
      category: 'neighbour',
      source: 'walk_in',
      summary: '两户因鸡鸭啄食菜苗发生口角',
      parties: [
        { role: 'applicant', name: '钱一' },
        { role: 'respondent', name: '孙二' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const base = `/api/v1/disputes/${encodeURIComponent(created.body.id)}`;
    expect((await apiSend(chief.page, 'POST', `${base}/actions/start_village_handling`, {})).status).toBe(200);
    const staff = await apiGet<{ items: { id: string }[] }>(chief.page, '/api/v1/people?kind=staff&limit=1');
    const mediation = await apiSend(chief.page, 'POST', `${base}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [staff.items[0]?.id],
    });
    expect(mediation.status, JSON.stringify(mediation.body)).toBe(201);
    await chief.context.close();

    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', DESKTOP);
    await page.goto('/disputes/oral-agreements');
    await page.getByTestId('oral-register-open').click();
    await page.getByTestId('oral-form-case').click();
    // The demo holds hundreds of cases: words of the summary find this one.
    await page.keyboard.type('鸡鸭啄食菜苗');
    await page.locator('.ant-select-item-option').filter({ hasText: created.body.number }).first().click();
    // The case's one open mediation and both parties are chosen for the officer.
    const party = (name: string) => page.getByRole('checkbox', { name });
    await party('孙二').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="oral-form-mediation"]')
        ?.closest('.ant-select')
        ?.textContent?.includes('人民调解'),
    );
    expect([await party('钱一').isChecked(), await party('孙二').isChecked()]).toEqual([true, true]);
    await page.getByTestId('oral-form-content').fill('孙二赔偿钱一菜苗损失一百元，当场付清');
    await page.getByTestId('oral-form-submit').click();
    await page.getByRole('cell', { name: '孙二赔偿钱一菜苗损失一百元，当场付清' }).waitFor();

    const recorded = await apiGet<{ kind: string; content: string | null; status: string }[]>(
      page,
      `${base}/agreements`,
    );
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'oral', content: '孙二赔偿钱一菜苗损失一百元，当场付清', status: 'effective' }),
    ]);
    await context.close();
  });
});
