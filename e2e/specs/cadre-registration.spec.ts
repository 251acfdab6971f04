import type { CadreCode, CadreRegistration, Hazard, Page } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;
const USERNAME = 'duanjiang_zhang';
const PASSWORD = 'Duanjiang@2026';

describe('a 段江村 cadre registers by the printed QR code and is approved by the station, in Chromium on the Maliang demo', () => {
  const demo = useDemoSuite();
  let link = '';
  let villageId = '';

  it('prints a registration code for 段江村 whose QR link leads to the public page', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const places = await apiGet<{ items: { id: string; name: string; level: string }[] }>(
      page,
      '/api/v1/jurisdictions',
    );
    villageId = places.items.find((j) => j.name === '段江村' && j.level === 'village')?.id ?? '';
    expect(villageId).not.toBe('');
    const issued = await apiSend<CadreCode>(page, 'POST', '/api/v1/cadre-codes', { villageId });
    expect(issued.status).toBe(201);
    await page.goto(`/api/v1/cadre-codes/${issued.body.id}/print`);
    expect(await page.locator('h1').textContent()).toBe('段江村村干部注册二维码');
    expect(await page.locator('.qr svg').count()).toBe(1);
    link = (await page.locator('.link a').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/register\/cadre\/[A-Za-z0-9_-]+$/);
    await context.close();
  });

  it('registers on the cadre’s phone without an account and says it waits for the station', async () => {
    const context = await demo.browser.newContext({
      baseURL: demo.server.url,
      locale: 'zh-CN',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.getByTestId('cadre-register-place').textContent()).toContain('段江村');
    await page.getByTestId('cadre-register-name').fill('张守田');
    await page.getByTestId('cadre-register-phone').fill('13972345678');
    await page.getByTestId('cadre-register-position').click();
    await page.getByTitle('人民调解委员会委员').click();
    await page.getByTestId('cadre-register-username').fill(USERNAME);
    await page.getByTestId('cadre-register-password').fill(PASSWORD);
    await page.getByTestId('cadre-register-password-again').fill(PASSWORD);
    const submit = await page.getByTestId('cadre-register-submit').boundingBox();
    expect(submit?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.getByTestId('cadre-register-submit').click();
    expect(await page.getByTestId('cadre-register-done').textContent()).toBe('已提交，等待派出所审批');

    // The pending account's own password says it is pending, in Chinese.
    await page.goto('/login');
    await page.getByTestId('login-username').fill(USERNAME);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toContain('等待派出所审批');
    await context.close();
  });

  it('is approved by the chief on 村干部注册, and the cadre then logs in scoped to 段江村', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const pending = await apiGet<Page<CadreRegistration>>(page, '/api/v1/cadre-registrations?status=pending');
    const registration = pending.items.find((r) => r.username === USERNAME);
    expect(registration).toMatchObject({ villageName: '段江村', phoneMasked: '139****5678' });
    const id = registration?.id ?? '';
    await page.goto('/cadres');
    await page.getByTestId(`cadre-approve-${id}`).click();
    await page.getByTestId('cadre-approve-confirm').click();
    await page.getByTestId(`cadre-approve-${id}`).waitFor({ state: 'detached' });
    const decided = await apiGet<Page<CadreRegistration>>(page, '/api/v1/cadre-registrations');
    expect(decided.items.find((r) => r.id === id)?.status).toBe('approved');
    await context.close();

    const cadre = await demo.browser.newContext({
      baseURL: demo.server.url,
      locale: 'zh-CN',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
    });
    const cadrePage = await cadre.newPage();
    await cadrePage.goto('/login');
    await cadrePage.getByTestId('login-username').fill(USERNAME);
    await cadrePage.getByTestId('login-password').fill(PASSWORD);
    await cadrePage.getByTestId('login-submit').click();
    await cadrePage.waitForURL((url) => !url.pathname.startsWith('/login'));
    const me = await apiGet<{ roles: { role: string; jurisdictionId: string }[] }>(cadrePage, '/api/v1/auth/me');
    expect(me.roles.map((r) => [r.role, r.jurisdictionId])).toEqual([['village_cadre', villageId]]);
    const hazards = await apiGet<Page<Hazard>>(cadrePage, '/api/v1/hazards?limit=200');
    expect(hazards.items.every((h) => h.villageName === '段江村')).toBe(true);
    await cadre.close();
  });
});
