import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type DemoServerOptions, type RunningServer, startDemoServer } from './server';

export interface DemoSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * The Maliang demo on a temp directory and one Chromium, started before a spec's tests and stopped after them;
 * every spec runs against its own server so no spec sees another's changes. `settings` are extra environment
 * variables of that server, or `{ media: true, env? }` for live video: wrap such a spec in
 * `describe.skipIf(!e2eMediaAvailable())` (support/media.ts) so it skips where Janus is missing, unless CI requires it.
 */
export function useDemoSuite(settings: Record<string, string> | DemoServerOptions = {}): DemoSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDemoServer(settings);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the demo server has not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
  };
}
