import type { Page } from 'playwright-core';

/** Sends a write request inside a logged-in page, with the CSRF token the session's Me carries. */
export async function apiSend<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ m, p, b }) => {
      const me = (await (await fetch('/api/v1/auth/me', { credentials: 'same-origin' })).json()) as {
        csrfToken: string;
      };
      const res = await fetch(p, {
        method: m,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: b === undefined ? null : JSON.stringify(b),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
    { m: method, p: path, b: body },
  );
}
