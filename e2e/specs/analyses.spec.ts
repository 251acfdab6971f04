import { type Analysis, shanghaiDate } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn } from '../support/session';

const DESKTOP = { width: 1280, height: 800 } as const;

describe('daily analysis in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('the chief opens today’s draft (草稿, 未签发 on its print page) and signs it', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const today = shanghaiDate(new Date());
    await page.goto('/analyses');
    const row = page.getByTestId(`analysis-open-${today}`);
    await row.waitFor();
    await row.click();
    await page.waitForURL((url) => url.pathname.startsWith('/analyses/'));
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('analysis-draft-notice').waitFor();
    expect(await page.getByTestId('analysis-state-draft').textContent()).toBe('草稿');
    await page.getByTestId('analysis-section-incidents').waitFor();

    const html = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'same-origin' })).text(),
      `/api/v1/analyses/${id}/print`,
    );
    expect(html).toContain('草稿');
    expect(html).toContain('未签发');

    await page.getByTestId('analysis-sign').click();
    await page.getByTestId('analysis-sign-confirm').click();
    await page.getByTestId('analysis-signed-notice').waitFor();
    expect(await page.getByTestId('analysis-state-signed').textContent()).toBe('已签发');
    const signed = await apiGet<Analysis>(page, `/api/v1/analyses/${id}`);
    expect(signed.state).toBe('signed');
    expect(signed.signedByName).toContain('周建国');
    expect(await page.getByTestId('analysis-judgement').getAttribute('readonly')).not.toBeNull();
    await context.close();
  });
});
