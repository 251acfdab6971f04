import { ASSESSMENT_ITEMS, addMonths, type Ranking, type Scorecard, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

describe('the monthly assessment in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief opens the 双坪村 auxiliary officer’s signed scorecard from the ranking and a score’s evidence', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.goto('/assessments');
    // The page opens on last month, which the demo has signed for every officer.
    const month = addMonths(`${shanghaiDate(new Date()).slice(0, 7)}-01`, -1).slice(0, 7);
    const ranking = await apiGet<Ranking>(page, `/api/v1/assessments/${month}/ranking`);
    const entry = ranking.districts.flatMap((d) => d.entries).find((e) => e.officer.villageName === '双坪村');
    if (!entry) throw new Error('no auxiliary officer of 双坪村 in the ranking');
    expect(entry.status).toBe('signed');

    await page.getByTestId(`ranking-row-${entry.officer.name}`).click();
    await page.waitForURL((url) => url.pathname === `/assessments/${month}/officers/${entry.officer.personId}`);
    await page.getByTestId('scorecard-signed').waitFor();
    expect(await page.getByTestId('scorecard-total').textContent()).toContain(entry.total.toFixed(1));
    // A signed month offers neither adjustment nor a second signature.
    expect(await page.getByTestId('scorecard-adjust').count()).toBe(0);
    expect(await page.getByTestId('scorecard-sign').count()).toBe(0);

    // The item with the most records behind it (any item when the month had no evidence at all).
    const card = await apiGet<Scorecard>(page, `/api/v1/assessments/${month}/officers/${entry.officer.personId}`);
    const counted = card.items.filter((item) => item.kind === 'count');
    const item = counted.reduce((best, next) => ((next.actual ?? 0) > (best.actual ?? 0) ? next : best), counted[0]);
    if (!item) throw new Error(`no count item among ${ASSESSMENT_ITEMS.join(', ')}`);
    await page.getByTestId(`score-${item.item}`).click();
    const list = page.getByTestId('evidence-list');
    await list.waitFor();
    if ((item.actual ?? 0) > 0) {
      await page.getByTestId('evidence-record').first().waitFor();
      expect(await page.getByTestId('evidence-record').count()).toBe(item.actual);
      const href = (await page.getByTestId('evidence-link').first().getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/(disputes|incidents|duty)/);
    } else {
      await page.getByText('本月没有相关记录').waitFor();
    }
    await context.close();
  });

  it('the 双坪村 auxiliary officer sees their own scorecard on a phone', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'auxiliary', PHONE);
    await page.getByTestId('home-assessment').click();
    await page.waitForURL((url) => url.pathname === '/assessments/mine');
    await page.getByTestId('scorecard').waitFor();
    await page.getByTestId('scorecard-signed').waitFor();
    await context.close();
  });
});
