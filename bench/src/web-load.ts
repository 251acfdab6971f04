// Benchmark (issue #7): the web app on a township link. Debian's Chromium loads three screens through CDP
// network throttling — the login page, the auxiliary officer's phone home and the 综治办 board — first with
// an empty cache (cold) and then again (repeat), and records bytes on the wire, requests, first contentful
// paint and the time until the screen's figures show. The demo server runs on loopback.
// Run: npm run build && npm run bench:web -w @fengqiao/bench
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser } from '../../e2e/support/browser';
import { startDemoServer } from '../../e2e/support/server';
import { PHONE } from '../../e2e/support/session';

interface Link {
  name: string;
  /** bits per second */
  down: number;
  up: number;
  /** round-trip latency added to every request, ms */
  latency: number;
}

const LINKS: readonly Link[] = [
  { name: '1.6 Mbps / 150 ms', down: 1_600_000, up: 750_000, latency: 150 },
  { name: '400 kbps / 400 ms', down: 400_000, up: 400_000, latency: 400 },
];

interface Screen {
  name: string;
  path: string;
  user: string | null;
  phone: boolean;
  /** Runs in the page; true once the figures a person came for are on screen. */
  ready: () => boolean;
}

const SCREENS: readonly Screen[] = [
  {
    name: 'login',
    path: '/login',
    user: null,
    phone: true,
    ready: () => document.querySelector('[data-testid="login-submit"]') !== null,
  },
  {
    name: 'phone home (auxiliary)',
    path: '/',
    user: 'auxiliary',
    phone: true,
    ready: () => document.querySelector('[data-testid="home-disputes"]') !== null,
  },
  {
    name: 'board (综治办)',
    path: '/disputes',
    user: 'zongzhiban',
    phone: false,
    ready: () => {
      const figures = [...document.querySelectorAll('[data-testid^="board-"]')];
      return figures.length > 0 && figures.every((f) => !(f.textContent ?? '').includes('…'));
    },
  },
];

interface Load {
  bytes: number;
  scriptBytes: number;
  /** requests that went to the server (not answered from the browser's cache) */
  requests: number;
  fcp: number | null;
  ready: number;
}

async function measure(page: Page, link: Link, screen: Screen, compressed: boolean): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // The in-run reference: the same server and screens with compression refused by the browser.
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: link.latency,
    downloadThroughput: link.down / 8,
    uploadThroughput: link.up / 8,
  });
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptBytes = 0;
  let requests = 0;
  const fromCache = new Set<string>();
  cdp.on('Network.requestServedFromCache', (event) => fromCache.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    types.set(event.requestId, event.type);
    if (event.response.fromDiskCache || event.response.fromServiceWorker) fromCache.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!fromCache.has(event.requestId)) requests += 1;
    bytes += event.encodedDataLength;
    if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(screen.path, { waitUntil: 'commit' });
  await page.waitForFunction(screen.ready, undefined, { timeout: 120_000, polling: 50 });
  const ready = Date.now() - started;
  // Requests still in flight when the figures show (fonts, a late chunk) are part of the load too.
  await page.waitForLoadState('networkidle');
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await cdp.detach();
  return { bytes, scriptBytes, requests, fcp, ready };
}

async function screenLoads(browser: Browser, baseURL: string, link: Link, screen: Screen, compressed: boolean) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    ...(screen.phone
      ? { viewport: PHONE, isMobile: true, hasTouch: true }
      : { viewport: { width: 1440, height: 900 } }),
  });
  if (screen.user) {
    // Signing in is not what is measured: the session cookie is set before the throttled page opens.
    const res = await context.request.post('/api/v1/auth/login', {
      data: { username: screen.user, password: DEMO_PASSWORD },
    });
    if (!res.ok()) throw new Error(`login ${screen.user}: ${res.status()}`);
  }
  const page = await context.newPage();
  const cold = await measure(page, link, screen, compressed);
  const repeat = await measure(page, link, screen, compressed);
  await context.close();
  return { cold, repeat };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)} ms`);

const server = await startDemoServer();
const browser = await launchBrowser();
try {
  const rows: string[] = [
    '| link | screen | load | bytes | of which JS | requests | first contentful paint | figures shown |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const runs = [...LINKS.map((link) => ({ link, compressed: true })), { link: LINKS[0] as Link, compressed: false }];
  for (const { link, compressed } of runs) {
    for (const screen of SCREENS) {
      const { cold, repeat } = await screenLoads(browser, server.url, link, screen, compressed);
      const linkName = compressed ? link.name : `${link.name}, no compression (reference)`;
      for (const [label, load] of [
        ['cold', cold],
        ['repeat', repeat],
      ] as const) {
        rows.push(
          `| ${linkName} | ${screen.name} | ${label} | ${kb(load.bytes)} | ${kb(load.scriptBytes)} | ${load.requests} | ${ms(load.fcp)} | ${ms(load.ready)} |`,
        );
      }
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
} finally {
  await browser.close();
  await server.stop();
}
