import { type Browser, chromium } from 'playwright-core';

export const DEMO_PASSWORD = process.env.FENGQIAO_DEMO_PASSWORD ?? 'Fengqiao@2026';

/** Debian's Chromium, with the flags this closed network needs (architecture.md "Tests"). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.FENGQIAO_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
