import type { StreamSource } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoRtpCameras,
  shouldLaunchLocalJanus,
  startDemoTestStreams,
  testStreamCameras,
} from '../src/platform/media/demo-media';
import type { TestStreams } from '../src/platform/media/test-streams';
import { testDialects } from './support/databases';
import { createFakeMediaServer } from './support/fake-media-server';
import { type SmallTown, seedSmallTown } from './support/fixtures';
import { type RealJanus, realMediaAvailable, startRealJanus } from './support/real-janus';
import { createTestApp, type TestApp } from './support/test-app';

const settings = {
  janusUrl: undefined,
  apiSecret: undefined,
  iceServers: [],
  launch: 'auto' as const,
  recordingsDir: '/srv/fengqiao/recordings',
};

describe('when demo launches a local Janus', () => {
  it('launches only when Janus is installed, no media server is named and launching is not switched off', () => {
    expect(shouldLaunchLocalJanus(settings, true)).toBe(true);
    expect(shouldLaunchLocalJanus(settings, false)).toBe(false);
    expect(shouldLaunchLocalJanus({ ...settings, launch: 'off' }, true)).toBe(false);
    expect(shouldLaunchLocalJanus({ ...settings, janusUrl: 'ws://10.0.0.2:8188' }, true)).toBe(false);
  });

  it('pushes test streams only to RTP cameras without a port of their own', () => {
    const cameras: { id: string; source: StreamSource }[] = [
      { id: 'a', source: { kind: 'rtp', codec: 'vp8' } },
      { id: 'b', source: { kind: 'rtp', codec: 'vp8', videoPort: 5004 } },
      { id: 'c', source: { kind: 'gb28181' } },
      { id: 'd', source: { kind: 'rtsp', url: 'rtsp://10.0.0.9/live' } },
      { id: 'e', source: { kind: 'rtp', codec: 'h264' } },
    ];
    expect(testStreamCameras(cameras).map((c) => c.id)).toEqual(['a', 'e']);
  });

  it('makes their mountpoints before streaming into them', async () => {
    const media = createFakeMediaServer();
    const streams = await startDemoTestStreams(
      media,
      [
        { id: 'a', source: { kind: 'rtp', codec: 'vp8' } },
        { id: 'c', source: { kind: 'gb28181' } },
      ],
      '/bin/true',
    );
    expect(streams.count).toBe(1);
    expect([...media.mountpoints.keys()]).toEqual(['a']);
    await streams.stop();
  });
});

async function insertCamera(t: TestApp, town: SmallTown, id: string, source: StreamSource) {
  const now = new Date().toISOString();
  await t.deps.db
    .insertInto('cameras')
    .values({
      id,
      town_id: town.town.id,
      village_id: town.shuangping.id,
      device_id: `3301000000132000${id.padStart(4, '0')}`,
      name: `测试摄像机${id}`,
      kind: 'public',
      address: null,
      lat: null,
      lng: null,
      owner_person_id: null,
      venue_id: null,
      source_kind: source.kind,
      source_enc: t.deps.cipher.encrypt(JSON.stringify(source)),
      status: 'offline',
      last_seen_at: null,
      status_checked_at: null,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe.each(testDialects())('the demo test cameras (%s)', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await insertCamera(t, town, '1', { kind: 'rtp', codec: 'vp8' });
    await insertCamera(t, town, '2', { kind: 'gb28181' });
    await insertCamera(t, town, '3', { kind: 'rtp', codec: 'h264', videoPort: 5004 });
  });
  afterAll(async () => t.close());

  it('reads the RTP cameras with their sources decrypted', async () => {
    expect(await demoRtpCameras(t.deps)).toEqual([
      { id: '1', source: { kind: 'rtp', codec: 'vp8' } },
      { id: '3', source: { kind: 'rtp', codec: 'h264', videoPort: 5004 } },
    ]);
  });
});

describe.skipIf(!realMediaAvailable())('demo test streams through a real Janus', () => {
  let real: RealJanus;
  let streams: TestStreams | undefined;
  beforeAll(async () => {
    real = await startRealJanus();
  }, 30_000);
  afterAll(async () => {
    await streams?.stop();
    await real?.stop();
  });

  it('puts moving video into every test camera mountpoint, one encoder per codec and picture', async () => {
    const media = await real.connect();
    const cameras: { id: string; source: StreamSource }[] = [
      { id: 'cam-1', source: { kind: 'rtp', codec: 'vp8' } },
      { id: 'cam-2', source: { kind: 'rtp', codec: 'vp8' } },
      { id: 'cam-3', source: { kind: 'rtp', codec: 'vp8' } },
      { id: 'cam-4', source: { kind: 'rtp', codec: 'h264' } },
    ];
    streams = await startDemoTestStreams(media, cameras);
    expect(streams.count).toBe(4);
    const until = Date.now() + 8_000;
    let states: string[] = [];
    while (Date.now() < until) {
      states = await Promise.all(cameras.map((camera) => media.probe(camera.id, camera.source)));
      if (states.every((s) => s === 'online')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(states).toEqual(['online', 'online', 'online', 'online']);
  }, 30_000);
});
