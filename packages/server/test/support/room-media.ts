import { type ChildProcess, spawn } from 'node:child_process';
import Janode from 'janode';
import VideoRoomPlugin from 'janode/plugins/videoroom';
import type { Jsep } from '../../src/platform/media/media-server';
import { noteFeed, readRoomPlan, roomFolder } from '../../src/platform/media/room-folders';
import { FFMPEG_BINARY } from '../../src/platform/media/test-streams';
import type { RealJanus } from './real-janus';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).padStart(2, '0'))
  .join(':')
  .toUpperCase();

/**
 * An offer shaped like Chromium's (Opus + VP8, sendonly, bundled, one host candidate): Janus answers it and waits
 * for ICE that never comes. Enough to drive publish without a browser; media itself is the e2e's business.
 */
export function browserLikeOffer(): Jsep {
  const common = (mid: string) => [
    'c=IN IP4 127.0.0.1',
    'a=rtcp:9 IN IP4 0.0.0.0',
    'a=ice-ufrag:fqTe',
    'a=ice-pwd:fengqiaoTestPassword0123',
    `a=fingerprint:sha-256 ${FINGERPRINT}`,
    'a=setup:actpass',
    `a=mid:${mid}`,
    'a=sendonly',
    'a=rtcp-mux',
    'a=candidate:1 1 udp 2122260223 127.0.0.1 9 typ host',
  ];
  const sdp = [
    'v=0',
    'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0 1',
    'a=msid-semantic: WMS fq',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    ...common('0'),
    'a=msid:fq fq-audio',
    'a=rtpmap:111 opus/48000/2',
    'a=fmtp:111 minptime=10;useinbandfec=1',
    'a=ssrc:11111111 cname:fq',
    'm=video 9 UDP/TLS/RTP/SAVPF 96',
    ...common('1'),
    'a=msid:fq fq-video',
    'a=rtcp-rsize',
    'a=rtpmap:96 VP8/90000',
    'a=rtcp-fb:96 nack',
    'a=rtcp-fb:96 nack pli',
    'a=ssrc:22222222 cname:fq',
    '',
  ].join('\r\n');
  return { type: 'offer', sdp };
}

/** A browser-like answer to a media server's offer: every section received, same mids and codecs. */
export function answerTo(offer: Jsep): Jsep {
  const [head, ...sections] = offer.sdp.split(/\r\n(?=m=)/);
  const bundle = (head ?? '').split('\r\n').find((l) => l.startsWith('a=group:BUNDLE'));
  const lines = ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', ...(bundle ? [bundle] : [])];
  for (const section of sections) {
    const sectionLines = section.split('\r\n').filter(Boolean);
    const mline = sectionLines[0] ?? '';
    lines.push(
      mline,
      'c=IN IP4 127.0.0.1',
      'a=ice-ufrag:fqAn',
      'a=ice-pwd:fengqiaoTestAnswer012345',
      `a=fingerprint:sha-256 ${FINGERPRINT}`,
      'a=setup:active',
      ...sectionLines.filter((l) => l.startsWith('a=mid:') || l.startsWith('a=rtpmap:')),
      mline.startsWith('m=application') ? 'a=sctp-port:5000' : 'a=recvonly',
      'a=rtcp-mux',
    );
  }
  return { type: 'answer', sdp: `${lines.join('\r\n')}\r\n` };
}

export interface RemotePublisher {
  feedId: string;
  stop(): Promise<void>;
}

/**
 * A publisher in a room without a browser: Janus's remote publisher (`add_remote_publisher`, Janus ≥ 1.1), fed by
 * ffmpeg over plain RTP — a VP8 test picture and an Opus tone, told apart by the SSRCs Janus expects (1000 + 10 ×
 * mindex). It uses the room's plan as the adapter left it in the room's folder, and notes its feed for the
 * participant as the adapter's publish does, so recordings map to `participantKey`.
 */
export async function startRemotePublisher(
  real: RealJanus,
  key: string,
  participantKey: string,
): Promise<RemotePublisher> {
  const folder = roomFolder(real.janus.recordingsDir, key);
  const plan = readRoomPlan(folder);
  if (!plan) throw new Error(`no plan for room ${key}`);
  const connection = await Janode.connect({ address: { url: real.janus.url, apisecret: real.janus.apiSecret } });
  const session = await connection.create();
  const handle = await session.attach(VideoRoomPlugin);
  const reply = await handle.message({
    request: 'add_remote_publisher',
    room: plan.id,
    secret: plan.secret,
    display: participantKey,
    streams: [
      { type: 'video', mindex: 0, mid: '0', codec: 'vp8' },
      { type: 'audio', mindex: 1, mid: '1', codec: 'opus' },
    ],
  });
  const data = reply.plugindata?.data as { id: number; port: number };
  const feedId = String(data.id);
  noteFeed(folder, feedId, participantKey);
  const target = `rtp://127.0.0.1:${data.port}`;
  const ffmpeg: ChildProcess = spawn(
    FFMPEG_BINARY,
    [
      ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-re'],
      ...['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=15'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
      ...['-map', '0:v', '-c:v', 'libvpx', '-deadline', 'realtime', '-b:v', '300k', '-g', '15', '-threads', '1'],
      ...['-ssrc', '1000', '-payload_type', '96', '-f', 'rtp', target],
      ...['-map', '1:a', '-c:a', 'libopus', '-b:a', '32k'],
      ...['-ssrc', '1010', '-payload_type', '111', '-f', 'rtp', target],
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => ffmpeg.once('exit', () => resolve()));
  return {
    feedId,
    async stop() {
      ffmpeg.kill('SIGTERM');
      await exited;
      await handle
        .message({ request: 'remove_remote_publisher', room: plan.id, secret: plan.secret, id: Number(feedId) })
        .catch(() => undefined);
      await session.destroy().catch(() => undefined);
      await connection.close().catch(() => undefined);
    },
  };
}
