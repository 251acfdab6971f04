import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startDemoServer } from './server';

export interface DemoSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * The Maliang demo on a temp directory and one Chromium, started before a spec's tests and stopped after them;
 * every spec runs against its own server so no spec sees another's changes. `settings` are extra environment
 * variables of that server.
 */
export function useDemoSuite(settings: Record<string, string> = {}): DemoSuite {
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
