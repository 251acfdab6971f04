import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { apiGet, logIn, PHONE } from '../support/session';

// A raw ISO timestamp (2025-07-07T16:00:00.000Z or 2025-07-07T16:00) is UTC shown to a person: never on screen.
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

interface Screen {
  page: Page;
  path: string;
}

/** Opens a screen and waits until its requests have settled, so what is checked is what a person sees. */
async function open({ page, path }: Screen): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function firstDisputeId(page: Page, query: string): Promise<string> {
  const list = await apiGet<{ items: { id: string }[] }>(page, `/api/v1/disputes?limit=1${query}`);
  const first = list.items[0];
  if (!first) throw new Error(`no dispute for ${query}`);
  return first.id;
}

describe('every screen as its users see it, on the Maliang demo', () => {
  const demo = useDemoSuite();

  it('no phone page is wider than a 390 px phone, for the auxiliary officer and the 综治办', async () => {
    for (const username of ['auxiliary', 'zongzhiban']) {
      const { context, page } = await logIn(demo.browser, demo.server.url, username, PHONE);
      const disputeId = await firstDisputeId(page, '');
      const paths = [
        '/',
        '/disputes',
        '/disputes/new',
        `/disputes/${disputeId}`,
        '/disputes/oral-agreements',
        '/people',
        '/jurisdictions',
        '/profile',
      ];
      for (const path of paths) {
        await open({ page, path });
        expect(await overflow(page), `${username} ${path}`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  it('no page shows a raw UTC timestamp, on desktop and phone, for every role that reads dates', async () => {
    const visits: [string, string[], boolean][] = [
      ['chief', ['/', '/disputes', '/disputes/oral-agreements', '/people', '/profile'], false],
      ['zongzhiban', ['/disputes'], false],
      ['auxiliary', ['/', '/disputes'], true],
      ['auditor', ['/audit'], false],
      ['sysadmin', ['/users'], false],
    ];
    for (const [username, paths, phone] of visits) {
      const { context, page } = await logIn(demo.browser, demo.server.url, username, phone ? PHONE : undefined);
      const withCase = username === 'chief' || username === 'zongzhiban' || username === 'auxiliary';
      const all = withCase
        ? [
            ...paths,
            `/disputes/${await firstDisputeId(page, '&state=CLOSED')}`,
            `/disputes/${await firstDisputeId(page, '')}`,
          ]
        : paths;
      for (const path of all) {
        await open({ page, path });
        const text = await page.locator('body').textContent();
        expect(text, `${username} ${path}`).not.toMatch(ISO_TIME);
      }
      await context.close();
    }
  });
});
