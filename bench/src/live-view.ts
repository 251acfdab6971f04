/// <reference path="../../packages/server/src/platform/media/janode.d.ts" />
// Benchmark (issue #11): opening a live view — open (purpose recorded, token issued) → start (token checked, the
// mountpoint ensured, a Janus viewer opened) → the browser's answer → the first frame on screen — in Debian's
// Chromium against the Maliang demo with its local Janus and ffmpeg test streams, while 9 other tiles already play.
// Reference in the same run: a plain authenticated API round trip (GET /video/media-status).
// Run: npm run build -w @fengqiao/web && npm run bench:live -w @fengqiao/bench
import type { Page as ApiPage, Camera } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser';
import { startDemoServer } from '../../e2e/support/server';
import { apiGet, logIn } from '../../e2e/support/session';
import { percentile } from './bench-kit';

const RUNS = Number(process.env.LIVE_VIEW_RUNS ?? 30);
const BACKGROUND_TILES = 9;

/**
 * Installs `window.liveView(cameraId)` in the page: the same calls the app's LiveTile makes, timed from the open to
 * the first frame presented (requestVideoFrameCallback). Returns the view id and the milliseconds; the video keeps
 * playing until `window.closeLiveView(viewId)`.
 */
async function installViewer(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/auth/me', { credentials: 'same-origin' })).json();
    const post = async (path: string, body?: unknown) => {
      const headers: Record<string, string> = { 'X-CSRF-Token': me.csrfToken as string };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    };
    const peers = new Map<string, { pc: RTCPeerConnection; video: HTMLVideoElement }>();
    const w = window as unknown as Record<string, unknown>;
    w.liveView = async (cameraId: string) => {
      const t0 = performance.now();
      const opened = await post('/api/v1/video/views', { cameraId, purpose: 'patrol' });
      const started = await post(`/api/v1/video/views/${opened.viewId}/start`, { token: opened.token, cameraId });
      const video = document.createElement('video');
      video.muted = true;
      video.playsInline = true;
      video.width = 320;
      document.body.append(video);
      const pc = new RTCPeerConnection({ iceServers: started.iceServers });
      const firstFrame = new Promise<number>((resolve) => {
        video.requestVideoFrameCallback(() => resolve(performance.now() - t0));
      });
      pc.ontrack = (event) => {
        video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
        void video.play();
      };
      await pc.setRemoteDescription(started.offer);
      await pc.setLocalDescription(await pc.createAnswer());
      await new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') return resolve();
        const timer = setTimeout(resolve, 2_000);
        pc.addEventListener('icegatheringstatechange', () => {
          if (pc.iceGatheringState === 'complete') {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await post(`/api/v1/video/views/${opened.viewId}/answer`, {
        jsep: { type: 'answer', sdp: pc.localDescription?.sdp ?? '' },
      });
      peers.set(opened.viewId, { pc, video });
      return { viewId: opened.viewId as string, ms: await firstFrame };
    };
    w.closeLiveView = async (viewId: string) => {
      const peer = peers.get(viewId);
      peer?.pc.close();
      peer?.video.remove();
      peers.delete(viewId);
      await post(`/api/v1/video/views/${viewId}/close`);
    };
    w.apiRoundTrip = async () => {
      const t0 = performance.now();
      await (await fetch('/api/v1/video/media-status', { credentials: 'same-origin' })).json();
      return performance.now() - t0;
    };
  });
}

function liveView(page: Page, cameraId: string): Promise<{ viewId: string; ms: number }> {
  return page.evaluate(
    (id) => (window as unknown as { liveView(id: string): Promise<{ viewId: string; ms: number }> }).liveView(id),
    cameraId,
  );
}

function closeLiveView(page: Page, viewId: string): Promise<void> {
  return page.evaluate(
    (id) => (window as unknown as { closeLiveView(id: string): Promise<void> }).closeLiveView(id),
    viewId,
  );
}

const server = await startDemoServer({ media: true });
const browser = await launchBrowser();
try {
  const { context, page } = await logIn(browser, server.url, 'chief', { width: 1440, height: 900 });
  const list = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?kind=public&limit=200');
  const cameras = list.items.filter((camera) => camera.source?.kind === 'rtp');
  if (cameras.length === 0) throw new Error('the demo has no test-stream cameras: is Janus installed?');
  // tsx keeps function names with a helper the page does not have: give it one.
  await page.evaluate('window.__name = (f) => f');
  await installViewer(page);

  // Nine tiles already playing, as on a full wall.
  const background: string[] = [];
  for (let i = 0; i < BACKGROUND_TILES; i++) {
    background.push((await liveView(page, (cameras[i % cameras.length] as Camera).id)).viewId);
  }
  // Warm-up (mountpoints exist from the tiles; the first views paid for them).
  for (let i = 0; i < 3; i++) {
    const warm = await liveView(page, (cameras[i % cameras.length] as Camera).id);
    await closeLiveView(page, warm.viewId);
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const view = await liveView(page, (cameras[i % cameras.length] as Camera).id);
    samples.push(view.ms);
    await closeLiveView(page, view.viewId);
  }
  const reference: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    reference.push(
      await page.evaluate(() => (window as unknown as { apiRoundTrip(): Promise<number> }).apiRoundTrip()),
    );
  }
  for (const viewId of background) await closeLiveView(page, viewId);
  samples.sort((a, b) => a - b);
  reference.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const refP50 = percentile(reference, 50);
  console.log(
    `live view open → first frame, ${RUNS} runs with ${BACKGROUND_TILES} tiles playing, ${cameras.length} test-stream cameras`,
  );
  console.log(
    `  p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${(samples.at(-1) ?? 0).toFixed(0)} ms (goal p95 < 1500 ms)`,
  );
  console.log(`  reference API round trip p50 ${refP50.toFixed(1)} ms; ratio p50 ${(p50 / refP50).toFixed(0)}×`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
