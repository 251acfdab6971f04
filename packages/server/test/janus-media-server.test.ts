import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJanusMediaServer, type JanusMediaServer } from '../src/platform/media/janus-media-server';
import { freePort, type LocalJanus, startLocalJanus } from '../src/platform/media/local-janus';
import type { ViewerEndReason } from '../src/platform/media/media-server';
import { startTestStreams, type TestStreams } from '../src/platform/media/test-streams';
import { testDialects } from './support/databases';
import { createAccount, loginAs, seedSmallTown } from './support/fixtures';
import { type RealJanus, realMediaAvailable, startRealJanus } from './support/real-janus';
import { createTestApp } from './support/test-app';

const available = realMediaAvailable();

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

describe.skipIf(!available)('the Janus media adapter against a real Janus and ffmpeg', () => {
  let real: RealJanus;
  let media: JanusMediaServer;
  let streams: TestStreams | undefined;

  beforeAll(async () => {
    real = await startRealJanus();
    media = await real.connect();
  }, 30_000);
  afterAll(async () => {
    await streams?.stop();
    await real?.stop();
  });

  it('is ready, and names the server without its secret', () => {
    const status = media.status();
    expect(status.state).toBe('ready');
    expect(JSON.stringify(status)).not.toContain(real.janus.apiSecret);
  });

  it('makes an RTP mountpoint on a port Janus picks, idempotently, and plays ffmpeg test video to a viewer', async () => {
    const { videoPort } = await media.ensureMountpoint('cam-a', { kind: 'rtp', codec: 'vp8' });
    expect(videoPort).toBeGreaterThan(0);
    expect(await media.ensureMountpoint('cam-a', { kind: 'rtp', codec: 'vp8' })).toEqual({ videoPort });
    expect(await media.probe('cam-a', { kind: 'rtp', codec: 'vp8' })).toBe('offline');
    streams = startTestStreams([{ port: videoPort ?? 0, codec: 'vp8' }]);

    expect(
      await eventually(
        () => media.probe('cam-a', { kind: 'rtp', codec: 'vp8' }),
        (s) => s === 'online',
      ),
    ).toBe('online');
    const viewer = await media.openViewer('cam-a');
    expect(viewer.offer.type).toBe('offer');
    expect(viewer.offer.sdp).toMatch(/m=video \d+ UDP\/TLS\/RTP\/SAVPF/);
    expect(viewer.offer.sdp).toMatch(/a=rtpmap:\d+ VP8\/90000/);
    expect(viewer.offer.sdp).toContain('a=sendonly');
    expect(media.viewer(viewer.id)).toBe(viewer);

    const ended: ViewerEndReason[] = [];
    viewer.onEnded((reason) => ended.push(reason));
    await viewer.close();
    await viewer.close();
    expect(ended).toEqual(['closed']);
    expect(media.viewer(viewer.id)).toBeUndefined();
  }, 30_000);

  it('keeps viewers of different cameras independent', async () => {
    const b = await media.ensureMountpoint('cam-b', { kind: 'rtp', codec: 'vp8' });
    const a = await media.ensureMountpoint('cam-a', { kind: 'rtp', codec: 'vp8' });
    expect(b.videoPort).not.toBe(a.videoPort);
    const first = await media.openViewer('cam-a');
    const second = await media.openViewer('cam-b');
    expect(first.id).not.toBe(second.id);
    await first.close();
    expect(media.viewer(second.id)).toBe(second);
    await second.close();
  }, 30_000);

  it('removes a mountpoint: its viewers end and it can no longer be opened', async () => {
    await media.ensureMountpoint('cam-c', { kind: 'rtp', codec: 'h264' });
    const viewer = await media.openViewer('cam-c');
    const ended: ViewerEndReason[] = [];
    viewer.onEnded((reason) => ended.push(reason));
    await media.removeMountpoint('cam-c');
    expect(ended).toEqual(['closed']);
    await expect(media.openViewer('cam-c')).rejects.toThrow(/no mountpoint/);
    await media.removeMountpoint('cam-c');
  }, 30_000);

  it('refuses a GB/T 28181 source with a clear message and makes nothing', async () => {
    await expect(media.ensureMountpoint('cam-g', { kind: 'gb28181' })).rejects.toThrow(/GB\/T 28181 gateway/);
    await expect(media.openViewer('cam-g')).rejects.toThrow(/no mountpoint/);
  });

  it('reports an RTSP camera that does not answer as offline', async () => {
    expect(await media.probe('cam-r', { kind: 'rtsp', url: 'rtsp://127.0.0.1:9/stream' })).toBe('offline');
  });

  it('makes a new mountpoint when the source of a camera changes', async () => {
    await media.ensureMountpoint('cam-d', { kind: 'rtp', codec: 'vp8' });
    const old = await media.openViewer('cam-d');
    expect(old.offer.sdp).toMatch(/a=rtpmap:\d+ VP8\/90000/);
    await old.close();
    await media.ensureMountpoint('cam-d', { kind: 'rtp', codec: 'h264' });
    const viewer = await media.openViewer('cam-d');
    expect(viewer.offer.sdp).toMatch(/a=rtpmap:\d+ H264\/90000/);
    await viewer.close();
  }, 30_000);

  it('turns unreachable and ends open viewers with a media error when Janus goes away', async () => {
    const viewer = await media.openViewer('cam-a');
    const ended: ViewerEndReason[] = [];
    viewer.onEnded((reason) => ended.push(reason));
    await real.janus.stop();
    const state = await eventually(
      async () => media.status().state,
      (s) => s === 'unreachable',
    );
    expect(state).toBe('unreachable');
    expect(ended).toEqual(['media_error']);
    await expect(media.openViewer('cam-a')).rejects.toThrow(/does not answer/);
  }, 30_000);
});

describe.skipIf(!available)('RTSP mountpoints of the Janus media adapter', () => {
  let real: RealJanus;
  let media: JanusMediaServer;
  beforeAll(async () => {
    real = await startRealJanus();
    media = createJanusMediaServer({ ...real.settings }, { rtspIdleMs: 1_500, requestTimeoutMs: 1_000 });
    await media.whenReady(10_000);
  }, 30_000);
  afterAll(async () => {
    await media?.close();
    await real?.stop();
  });

  it('are made while the camera is down; a viewer is refused in bounded time, and the camera released when idle', async () => {
    const source = { kind: 'rtsp' as const, url: 'rtsp://admin:pw@127.0.0.1:9/Streaming/101' };
    expect(await media.ensureMountpoint('cam-rtsp', source)).toEqual({});
    const started = Date.now();
    await expect(media.openViewer('cam-rtsp')).rejects.toThrow(/could not offer cam-rtsp: no answer/);
    expect(Date.now() - started).toBeLessThan(3_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await expect(media.openViewer('cam-rtsp')).rejects.toThrow(/no mountpoint/);
    expect(await media.ensureMountpoint('cam-rtsp', source)).toEqual({});
  }, 30_000);
});

describe.skipIf(!available)('the Janus media adapter across a Janus restart', () => {
  let janus: LocalJanus | undefined;
  let media: JanusMediaServer | undefined;
  afterAll(async () => {
    await media?.close();
    await janus?.stop();
  });

  it('reconnects by itself and makes its mountpoints again on the same ports', async () => {
    const wsPort = await freePort();
    const apiSecret = 'restart-secret';
    janus = await startLocalJanus({ wsPort, apiSecret });
    const connected = createJanusMediaServer({
      janusUrl: janus.url,
      apiSecret,
      iceServers: [],
      launch: 'off',
      recordingsDir: janus.recordingsDir,
    });
    media = connected;
    await connected.whenReady(10_000);
    const { videoPort } = await connected.ensureMountpoint('cam-r', { kind: 'rtp', codec: 'vp8' });

    await janus.stop();
    expect(
      await eventually(
        async () => connected.status().state,
        (s) => s === 'unreachable',
      ),
    ).toBe('unreachable');
    janus = await startLocalJanus({ wsPort, apiSecret });
    expect(
      await eventually(
        async () => connected.status().state,
        (s) => s === 'ready',
        15_000,
      ),
    ).toBe('ready');

    expect(await connected.ensureMountpoint('cam-r', { kind: 'rtp', codec: 'vp8' })).toEqual({ videoPort });
    const viewer = await connected.openViewer('cam-r');
    expect(viewer.offer.sdp).toContain('m=video');
    await viewer.answer({ type: 'answer', sdp: 'not an sdp' }).catch(() => undefined);
    await expect(viewer.answer({ type: 'answer', sdp: 'again' })).rejects.toThrow(/already been answered|ended/);
    await viewer.close();
  }, 60_000);
});

describe.each(testDialects())('the app with a real Janus (%s)', (dialect) => {
  it.skipIf(!available)(
    'uses the real adapter when the settings name a Janus, and says it is ready',
    async () => {
      const real = await startRealJanus();
      const t = await createTestApp(dialect, {}, real.env);
      try {
        const town = await seedSmallTown(t.deps);
        await createAccount(t.deps, 'monitor1', 'monitor', town.town.id);
        const monitor = await loginAs(t.app, 'monitor1');
        const read = async () =>
          (
            await t.app.inject({ method: 'GET', url: '/api/v1/video/media-status', headers: monitor.headers() })
          ).json() as { state: string };
        expect(await eventually(read, (body) => body.state === 'ready')).toEqual({ state: 'ready' });
      } finally {
        await t.close();
        await real.stop();
      }
    },
    60_000,
  );
});
