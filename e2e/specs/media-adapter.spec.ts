/// <reference path="../../packages/server/src/platform/media/janode.d.ts" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJanusMediaServer,
  type JanusMediaServer,
} from '../../packages/server/src/platform/media/janus-media-server';
import { type LocalJanus, startLocalJanus } from '../../packages/server/src/platform/media/local-janus';
import type { Jsep } from '../../packages/server/src/platform/media/media-server';
import { startTestStreams, type TestStreams } from '../../packages/server/src/platform/media/test-streams';
import { launchBrowser } from '../support/browser';
import { e2eMediaAvailable } from '../support/media';

/** The browser's half, as useWebrtcView does it: offer in, answer (with gathered candidates) out, muted inline play. */
function answerIn(page: Page, offer: Jsep): Promise<Jsep> {
  return page.evaluate(async (remote) => {
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.id = 'live';
    document.body.append(video);
    const pc = new RTCPeerConnection({ iceServers: [] });
    pc.ontrack = (event) => {
      video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      void video.play();
    };
    await pc.setRemoteDescription(remote);
    await pc.setLocalDescription(await pc.createAnswer());
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      setTimeout(resolve, 2_000);
    });
    return { type: 'answer' as const, sdp: pc.localDescription?.sdp ?? '' };
  }, offer);
}

/** Frames the video element presents within `ms` (requestVideoFrameCallback), and the picture's size. */
function framesWithin(page: Page, ms: number): Promise<{ frames: number; width: number; height: number }> {
  return page.evaluate(
    (limit) =>
      new Promise((resolve) => {
        const video = document.getElementById('live') as HTMLVideoElement;
        let frames = 0;
        const tick = () => {
          frames += 1;
          video.requestVideoFrameCallback(tick);
        };
        video.requestVideoFrameCallback(tick);
        setTimeout(() => resolve({ frames, width: video.videoWidth, height: video.videoHeight }), limit);
      }),
    ms,
  );
}

describe.skipIf(!e2eMediaAvailable())('live video through the media adapter: Janus + ffmpeg to Chromium', () => {
  let janus: LocalJanus;
  let media: JanusMediaServer;
  let streams: TestStreams;
  let browser: Browser;

  beforeAll(async () => {
    janus = await startLocalJanus();
    media = createJanusMediaServer({
      janusUrl: janus.url,
      apiSecret: janus.apiSecret,
      iceServers: [],
      launch: 'off',
      recordingsDir: janus.recordingsDir,
    });
    await media.whenReady(10_000);
    const vp8 = await media.ensureMountpoint('cam-vp8', { kind: 'rtp', codec: 'vp8' });
    const h264 = await media.ensureMountpoint('cam-h264', { kind: 'rtp', codec: 'h264' });
    streams = startTestStreams([
      { port: vp8.videoPort ?? 0, codec: 'vp8' },
      { port: h264.videoPort ?? 0, codec: 'h264', pattern: 'smptebars' },
    ]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await streams?.stop();
    await media?.close();
    await janus?.stop();
  });

  it('plays moving VP8 test video in the browser within seconds, and stops when the viewer is closed', async () => {
    const page = await browser.newPage();
    const started = Date.now();
    const viewer = await media.openViewer('cam-vp8');
    await viewer.answer(await answerIn(page, viewer.offer));
    await page.waitForFunction(() => (document.getElementById('live') as HTMLVideoElement).videoWidth > 0, null, {
      timeout: 10_000,
    });
    const firstFrameMs = Date.now() - started;
    const playing = await framesWithin(page, 2_000);
    expect(playing.frames).toBeGreaterThanOrEqual(10);
    expect([playing.width, playing.height]).toEqual([640, 360]);
    expect(firstFrameMs).toBeLessThan(5_000);

    await viewer.close();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await framesWithin(page, 1_500)).frames).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('plays two cameras to two viewers at once, H.264 beside VP8, each on its own', async () => {
    const pageA = await browser.newPage();
    const pageB = await browser.newPage();
    const a = await media.openViewer('cam-vp8');
    const b = await media.openViewer('cam-h264');
    await a.answer(await answerIn(pageA, a.offer));
    await b.answer(await answerIn(pageB, b.offer));
    for (const page of [pageA, pageB]) {
      await page.waitForFunction(() => (document.getElementById('live') as HTMLVideoElement).videoWidth > 0, null, {
        timeout: 10_000,
      });
    }
    await a.close();
    const stillB = await framesWithin(pageB, 1_500);
    expect(stillB.frames).toBeGreaterThanOrEqual(8);
    await b.close();
    await pageA.close();
    await pageB.close();
  });
});
