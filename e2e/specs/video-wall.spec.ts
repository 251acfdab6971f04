import type { Page as ApiPage, AuditEntry, Camera, VideoView } from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoSuite } from '../support/demo-suite';
import { e2eMediaAvailable } from '../support/media';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;

/**
 * New frames each live video element presents (requestVideoFrameCallback), in tile order: counted until every tile
 * has shown `atLeast` new frames or `limitMs` passed. A still picture (only the first keyframe) stays at 0.
 */
function framesPerTile(page: Page, atLeast: number, limitMs: number): Promise<number[]> {
  return page.evaluate(
    ({ least, limit }) =>
      new Promise<number[]>((resolve) => {
        const videos = [...document.querySelectorAll<HTMLVideoElement>('[data-testid="live-video"]')];
        const counts = videos.map(() => 0);
        const done = () => resolve(counts);
        const timer = setTimeout(done, limit);
        videos.forEach((video, index) => {
          const tick = () => {
            counts[index] = (counts[index] ?? 0) + 1;
            if (counts.every((count) => count >= least)) {
              clearTimeout(timer);
              done();
            } else {
              video.requestVideoFrameCallback(tick);
            }
          };
          video.requestVideoFrameCallback(tick);
        });
      }),
    { least: atLeast, limit: limitMs },
  );
}

/** The demo's cameras fed by ffmpeg test streams (RTP sources), as the chief (camera.manage) sees their sources. */
async function testStreamCameras(page: Page): Promise<Camera[]> {
  const list = await apiGet<ApiPage<Camera>>(page, '/api/v1/cameras?kind=public&limit=200');
  return list.items.filter((camera) => camera.source?.kind === 'rtp');
}

describe.skipIf(!e2eMediaAvailable())('the camera wall and the phone view against a real Janus fed by ffmpeg', () => {
  const demo = useDemoSuite({ media: true });

  it('plays four test-stream cameras on the chief’s wall, frames advancing, each view in the log with its purpose', async () => {
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const cameras = (await testStreamCameras(page)).slice(0, 4);
    expect(cameras).toHaveLength(4);

    await page.getByRole('menuitem', { name: '实时视频' }).click();
    await page.waitForURL((url) => url.pathname === '/video');
    await page.getByTestId('video-layout').getByText('4 画面').click();
    for (const camera of cameras) {
      await page.getByTestId('video-camera-picker').click();
      await page.keyboard.type(camera.name);
      await page.locator('.ant-select-item-option', { hasText: camera.name }).first().click();
      await page.getByTestId(`live-tile-${camera.id}`).waitFor();
    }
    for (const camera of cameras) {
      await page.locator(`[data-testid="live-tile-${camera.id}"][data-state="playing"]`).waitFor({ timeout: 20_000 });
    }
    // ffmpeg pushes 15 frames a second and a smooth wall shows about 13 per tile a second (docs/BENCHMARKS.md § Live
    // video frame rate); 20 within 4 s leaves room for a busy CI machine and still fails a starved encoder (3 a second).
    const frames = await framesPerTile(page, 20, 4_000);
    expect(frames).toHaveLength(4);
    for (const count of frames) expect(count).toBeGreaterThanOrEqual(20);

    const log = await apiGet<ApiPage<VideoView>>(page, '/api/v1/video/views?limit=50');
    for (const camera of cameras) {
      const view = log.items.find((v) => v.cameraId === camera.id);
      expect(view).toMatchObject({ purpose: 'patrol', accountName: expect.any(String), endedAt: null });
      expect(view?.startedAt).not.toBeNull();
    }

    // Closing a tile ends its view with how long it played.
    const first = cameras[0] as Camera;
    await page.getByTestId(`live-tile-${first.id}`).getByTestId('live-tile-close').click();
    await expect
      .poll(async () => {
        const after = await apiGet<ApiPage<VideoView>>(page, `/api/v1/video/views?cameraId=${first.id}&limit=1`);
        return after.items[0]?.endReason;
      })
      .toBe('closed');
    const closed = await apiGet<ApiPage<VideoView>>(page, `/api/v1/video/views?cameraId=${first.id}&limit=1`);
    expect(closed.items[0]?.durationSeconds ?? 0).toBeGreaterThanOrEqual(2);

    // The audit administrator sees the opening (camera and purpose) and the close (how long) in the audit trail.
    const auditor = await logIn(demo.browser, demo.server.url, 'auditor', DESKTOP);
    const opened = await apiGet<ApiPage<AuditEntry>>(auditor.page, '/api/v1/audit?action=video_view.open&limit=50');
    const openedFirst = opened.items.find((entry) => entry.targetId === closed.items[0]?.id);
    expect(openedFirst?.username).toBe('chief');
    expect(openedFirst?.detail).toContain(first.id);
    expect(openedFirst?.detail).toContain('patrol');
    const ends = await apiGet<ApiPage<AuditEntry>>(auditor.page, '/api/v1/audit?action=video_view.close&limit=50');
    expect(ends.items.some((entry) => entry.targetId === closed.items[0]?.id)).toBe(true);
    await auditor.context.close();

    // The view log page shows the views with their purpose.
    await page.getByTestId('video-log-link').click();
    await page.waitForURL((url) => url.pathname === '/video/log');
    await page.getByTestId('view-log-table').getByText('视频巡查').first().waitFor();
    await context.close();
  });

  it('opens one camera on the officer’s phone: purpose, a big watch button, moving video', async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const camera = (await testStreamCameras(chief.page))[4] as Camera;
    await chief.context.close();

    const { context, page } = await logIn(demo.browser, demo.server.url, 'officer', PHONE);
    await page.goto(`/video/${camera.id}`);
    await page.getByTestId('video-purpose').getByText('警情处置').click();
    const watch = await page.getByTestId('video-watch').boundingBox();
    expect(watch?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.getByTestId('video-watch').click();
    await page.locator(`[data-testid="live-tile-${camera.id}"][data-state="playing"]`).waitFor({ timeout: 20_000 });
    const [frames] = await framesPerTile(page, 20, 4_000);
    expect(frames ?? 0).toBeGreaterThanOrEqual(20);
    const size = await page.getByTestId('live-video').boundingBox();
    expect(size?.height ?? 0).toBeGreaterThan(size?.width ?? 0);
    // Leaving the page closes the view (a keepalive request), so its duration is recorded.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();

    const audit = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    const log = await apiGet<ApiPage<VideoView>>(audit.page, `/api/v1/video/views?cameraId=${camera.id}&limit=5`);
    expect(log.items[0]).toMatchObject({ purpose: 'incident' });
    await expect
      .poll(
        async () =>
          (await apiGet<ApiPage<VideoView>>(audit.page, `/api/v1/video/views?cameraId=${camera.id}&limit=1`)).items[0]
            ?.endedAt ?? null,
      )
      .not.toBeNull();
    await audit.context.close();
  });
});
