import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from './browser';
import { e2eMediaAvailable } from './media';
import { type DemoServerOptions, type RunningServer, startDemoServer } from './server';

export interface DemoSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * The Maliang demo on a temp directory and one Chromium, started before a spec's tests and stopped after them;
 * every spec runs against its own server so no spec sees another's changes. `settings` are extra environment
 * variables of that server, or `{ media: true, env? }` for live video (the demo's local Janus and test streams):
 * where Janus or ffmpeg is missing the spec's tests are skipped, or fail with FENGQIAO_REQUIRE_MEDIA=1 (CI).
 */
export function useDemoSuite(settings: Record<string, string> | DemoServerOptions = {}): DemoSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const skipped = settings.media === true && !e2eMediaAvailable();
  if (skipped) beforeEach((context) => context.skip());
  beforeAll(async () => {
    if (skipped) return;
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
