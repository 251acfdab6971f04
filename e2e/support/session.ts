import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './browser';

export const PHONE = { width: 390, height: 844 } as const;

/** Logs in through the login page, as a person would, and waits until the app has left it. */
export async function logIn(
  browser: Browser,
  baseURL: string,
  username: string,
  viewport?: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    ...(viewport ? { viewport, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/** Calls the API inside a logged-in page, so the session cookie is used. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`${p}: ${res.status}`);
    return res.json();
  }, path) as Promise<T>;
}
