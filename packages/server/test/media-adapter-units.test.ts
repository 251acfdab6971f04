import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdPort, mediaAgeOf, rtpProbeResult } from '../src/platform/media/janus-media-server';
import { janusConfigFiles } from '../src/platform/media/local-janus';
import { MediaUnavailableError } from '../src/platform/media/media-server';
import { probeRtspSource } from '../src/platform/media/rtsp-probe';
import {
  mountpointRequest,
  planMountpoint,
  sameSource,
  splitRtspCredentials,
} from '../src/platform/media/streaming-requests';
import { testStreamArgs, testStreamGroups } from '../src/platform/media/test-streams';

const ids = { id: 42, secret: 'mp-secret', pin: 'mp-pin' };

describe('streaming plugin requests', () => {
  it('makes an RTP video mountpoint private, not permanent, with a secret, a pin and buffered keyframes', () => {
    const request = mountpointRequest(planMountpoint({ kind: 'rtp', codec: 'vp8' }, ids), undefined);
    expect(request).toEqual({
      request: 'create',
      id: 42,
      name: 'fq-42',
      secret: 'mp-secret',
      pin: 'mp-pin',
      is_private: true,
      permanent: false,
      type: 'rtp',
      media: [{ type: 'video', mid: 'v', port: 0, pt: 96, codec: 'vp8', bufferkf: true }],
    });
  });

  it('asks for the given port and H.264 baseline for an h264 source', () => {
    const request = mountpointRequest(planMountpoint({ kind: 'rtp', codec: 'h264', videoPort: 5004 }, ids), 5004);
    expect(request.media).toEqual([
      {
        type: 'video',
        mid: 'v',
        port: 5004,
        pt: 126,
        codec: 'h264',
        bufferkf: true,
        fmtp: 'profile-level-id=42e01f;packetization-mode=1',
      },
    ]);
  });

  it('hands RTSP credentials to Janus apart from the address', () => {
    const request = mountpointRequest(
      planMountpoint({ kind: 'rtsp', url: 'rtsp://admin:p%40ss@10.0.0.8:554/Streaming/101' }, ids),
      undefined,
    );
    expect(request).toMatchObject({
      type: 'rtsp',
      url: 'rtsp://10.0.0.8:554/Streaming/101',
      rtsp_user: 'admin',
      rtsp_pwd: 'p@ss',
      video: true,
      audio: false,
      videobufferkf: true,
      rtsp_failcheck: false,
    });
    expect(splitRtspCredentials('rtsp://cam.local/live')).toEqual({
      url: 'rtsp://cam.local/live',
      user: '',
      password: '',
    });
  });

  it('refuses GB/T 28181 and sourceless cameras with the reason', () => {
    expect(() => planMountpoint({ kind: 'gb28181' }, ids)).toThrow(MediaUnavailableError);
    expect(() => planMountpoint({ kind: 'gb28181' }, ids)).toThrow(/wvp \+ ZLMediaKit/);
    expect(() => planMountpoint({ kind: 'none' }, ids)).toThrow(/no stream source/);
  });

  it('compares sources by what the mountpoint depends on', () => {
    expect(sameSource({ kind: 'rtp', codec: 'vp8' }, { kind: 'rtp', codec: 'vp8' })).toBe(true);
    expect(sameSource({ kind: 'rtp', codec: 'vp8' }, { kind: 'rtp', codec: 'h264' })).toBe(false);
    expect(sameSource({ kind: 'rtp', codec: 'vp8' }, { kind: 'rtp', codec: 'vp8', videoPort: 5004 })).toBe(false);
    expect(sameSource({ kind: 'rtsp', url: 'rtsp://a/1' }, { kind: 'rtsp', url: 'rtsp://a/2' })).toBe(false);
  });
});

describe('Janus replies', () => {
  it('reads the video port of a created mountpoint', () => {
    const reply = {
      janus: 'success',
      plugindata: {
        plugin: 'janus.plugin.streaming',
        data: { streaming: 'created', stream: { id: 42, ports: [{ type: 'video', mid: 'v', port: 20004 }] } },
      },
    };
    expect(createdPort(reply)).toBe(20004);
    expect(createdPort({ janus: 'success' })).toBeUndefined();
  });

  it('reads the media age, Infinity when there is none', () => {
    const reply = {
      janus: 'success',
      plugindata: { plugin: 'p', data: { info: { media: [{ type: 'video', age_ms: 120 }] } } },
    };
    expect(mediaAgeOf(reply)).toBe(120);
    expect(mediaAgeOf({ janus: 'success', plugindata: { plugin: 'p', data: { info: {} } } })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('counts a source online only when packets arrived after the mountpoint was made, and recently', () => {
    expect(rtpProbeResult(60, 5_000)).toBe('online');
    // Janus starts the clock at creation: an age as old as the mountpoint means nothing ever came.
    expect(rtpProbeResult(3_010, 3_000)).toBe('offline');
    expect(rtpProbeResult(12_000, 600_000)).toBe('offline');
  });
});

describe('local Janus configuration', () => {
  const files = janusConfigFiles({
    libDir: '/nonexistent/janus',
    configDir: '/tmp/fq-janus',
    wsPort: 18188,
    apiSecret: 'api-secret',
  });

  it('serves the WebSocket API on 127.0.0.1 only, with the API secret, and no admin API', () => {
    const ws = files['janus.transport.websockets.jcfg'];
    expect(ws).toContain('ws_port = 18188');
    expect(ws).toContain('ws_ip = "127.0.0.1"');
    expect(ws).toContain('admin_ws = false');
    expect(ws).toContain('wss = false');
    expect(files['janus.jcfg']).toContain('api_secret = "api-secret"');
    expect(files['janus.jcfg']).toContain('configs_folder = "/tmp/fq-janus"');
    expect(Object.keys(files)).not.toContain('janus.transport.http.jcfg');
  });

  it('keeps WebRTC ports and the ports sources push into in the two documented ranges', () => {
    expect(files['janus.jcfg']).toContain('rtp_port_range = "20000-40000"');
    expect(files['janus.plugin.streaming.jcfg']).toContain('rtp_port_range = "10000-19999"');
  });
});

describe('ffmpeg test streams', () => {
  it('encodes moving VP8 test video once, with a keyframe a second, and sends it as RTP to every port', () => {
    const args = testStreamArgs({ codec: 'vp8', pattern: 'testsrc', ports: [20004, 20006] }).join(' ');
    expect(args).toContain('-re -f lavfi -i testsrc=size=640x360:rate=15 -c:v libvpx -deadline realtime');
    expect(args).toContain('-g 15');
    // Threaded libvpx starves on a busy machine (docs/BENCHMARKS.md § Live video frame rate).
    expect(args).toContain('-threads 1');
    expect(args).toContain(
      '-f tee [f=rtp:payload_type=96]rtp://127.0.0.1:20004?pkt_size=1200|[f=rtp:payload_type=96]rtp://127.0.0.1:20006?pkt_size=1200',
    );
  });

  it('uses H.264 baseline for h264 cameras', () => {
    const args = testStreamArgs({ codec: 'h264', pattern: 'smptebars', ports: [20008] }).join(' ');
    expect(args).toContain('smptebars=size=640x360:rate=15');
    expect(args).toContain('-c:v libx264 -profile:v baseline');
    expect(args).toContain('[f=rtp:payload_type=126]rtp://127.0.0.1:20008');
  });

  it('shares one encoder among the cameras of the same codec and picture', () => {
    const groups = testStreamGroups([
      { port: 1, codec: 'vp8' },
      { port: 2, codec: 'vp8', pattern: 'smptebars' },
      { port: 3, codec: 'vp8', pattern: 'testsrc' },
      { port: 4, codec: 'h264' },
    ]);
    expect(groups).toEqual([
      { codec: 'vp8', pattern: 'testsrc', ports: [1, 3] },
      { codec: 'vp8', pattern: 'smptebars', ports: [2] },
      { codec: 'h264', pattern: 'testsrc', ports: [4] },
    ]);
  });
});

describe('RTSP probe', () => {
  let server: net.Server;
  let port = 0;
  beforeAll(async () => {
    server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is online when the host accepts a TCP connection, offline when refused', async () => {
    expect(await probeRtspSource(`rtsp://user:pw@127.0.0.1:${port}/live`)).toBe('online');
    expect(await probeRtspSource('rtsp://127.0.0.1:9/live')).toBe('offline');
  });
});
