import path from 'node:path';
import { MEDIA_FIX_COMMAND } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createMediaServer } from '../src/platform/media/create-media-server';
import { testDialects } from './support/databases';
import { createFakeMediaServer } from './support/fake-media-server';
import { createAccount, loginAs, type Session, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('media status (%s)', (dialect) => {
  let t: TestApp;
  let officer: Session;
  const media = createFakeMediaServer();

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, {}, { media });
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'officer1', 'officer', town.district1.id);
    officer = await loginAs(t.app, 'officer1');
  });
  afterAll(async () => t.close());

  it('says ready while the media server answers, without naming it', async () => {
    media.setState('ready');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/video/media-status', headers: officer.headers() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ state: 'ready' });
  });

  it('gives the install command when no media server is configured', async () => {
    media.setState('not_configured');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/video/media-status', headers: officer.headers() });
    expect(res.json()).toEqual({ state: 'not_configured', fixCommand: 'sudo apt-get install -y janus ffmpeg' });
    expect(MEDIA_FIX_COMMAND).toBe('sudo apt-get install -y janus ffmpeg');
  });

  it('reports unreachable', async () => {
    media.setState('unreachable');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/video/media-status', headers: officer.headers() });
    expect(res.json()).toEqual({ state: 'unreachable' });
  });
});

describe('media settings', () => {
  it('without a Janus address the media server is not configured and refuses viewers with its own code', async () => {
    const media = createMediaServer(loadConfig({}).media);
    expect(media.status()).toEqual({ state: 'not_configured' });
    await expect(media.openViewer('cam-1')).rejects.toMatchObject({ reason: 'not_configured' });
    await expect(media.probe('cam-1', { kind: 'rtp', codec: 'vp8' })).resolves.toBe('unknown');
  });

  it('reads the Janus address, secret, ICE servers and launch mode', () => {
    const config = loadConfig({
      FENGQIAO_JANUS_URL: 'ws://127.0.0.1:8188',
      FENGQIAO_JANUS_API_SECRET: 's3cret',
      FENGQIAO_MEDIA_ICE_SERVERS: '[{"urls":"turn:turn.example:3478","username":"u","credential":"p"}]',
      FENGQIAO_MEDIA_LAUNCH: 'off',
    });
    expect(config.media).toEqual({
      janusUrl: 'ws://127.0.0.1:8188',
      apiSecret: 's3cret',
      iceServers: [{ urls: 'turn:turn.example:3478', username: 'u', credential: 'p' }],
      launch: 'off',
      recordingsDir: path.resolve('data/recordings'),
    });
    expect(loadConfig({ FENGQIAO_ROOM_RECORDINGS_DIR: '/srv/fq-recordings' }).media).toEqual({
      janusUrl: undefined,
      apiSecret: undefined,
      iceServers: [],
      launch: 'auto',
      recordingsDir: '/srv/fq-recordings',
    });
  });

  it('refuses an http address and ICE servers that are not a JSON list of STUN/TURN urls', () => {
    expect(() => loadConfig({ FENGQIAO_JANUS_URL: 'http://127.0.0.1:8088/janus' })).toThrow(/FENGQIAO_JANUS_URL/);
    expect(() => loadConfig({ FENGQIAO_MEDIA_ICE_SERVERS: 'stun:x' })).toThrow(/FENGQIAO_MEDIA_ICE_SERVERS/);
    expect(() => loadConfig({ FENGQIAO_MEDIA_ICE_SERVERS: '[{"urls":"http://x"}]' })).toThrow(
      /FENGQIAO_MEDIA_ICE_SERVERS/,
    );
  });
});
