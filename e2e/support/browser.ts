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
      // Live video: WebRTC between Chromium and the local Janus on 127.0.0.1, muted autoplay, fake camera/microphone.
      '--allow-loopback-in-peer-connection',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
