import type { StreamSource, VideoCodec } from '@fengqiao/domain';
import { MediaUnavailableError } from './media-server';

/** What the adapter keeps per mountpoint: Janus's id and the secret and pin nobody outside this process sees. */
export interface PlannedMountpoint {
  id: number;
  secret: string;
  pin: string;
  source: Extract<StreamSource, { kind: 'rtp' | 'rtsp' }>;
}

/** The payload types the test streams and most encoders use; the fmtp is what WebRTC browsers decode (baseline). */
export const CODEC_RTP: Record<VideoCodec, { pt: number; codec: string; fmtp?: string }> = {
  vp8: { pt: 96, codec: 'vp8' },
  h264: { pt: 126, codec: 'h264', fmtp: 'profile-level-id=42e01f;packetization-mode=1' },
};

/**
 * Checks that Janus can mount this source. A GB/T 28181 channel is the gateway's business (docs/operations.md
 * § Media server): Janus cannot register devices over SIP, so such a camera needs the gateway in front of it.
 */
export function planMountpoint(
  source: StreamSource,
  ids: { id: number; secret: string; pin: string },
): PlannedMountpoint {
  if (source.kind === 'gb28181') {
    throw new MediaUnavailableError(
      'a GB/T 28181 camera plays through a GB/T 28181 gateway (wvp + ZLMediaKit), which this installation does not have',
    );
  }
  if (source.kind === 'none') throw new MediaUnavailableError('the camera has no stream source yet');
  return { ...ids, source };
}

/** The streaming plugin's `create` request: private, not permanent, keyframes buffered for a picture at once. */
export function mountpointRequest(plan: PlannedMountpoint, port: number | undefined): Record<string, unknown> {
  const common = {
    request: 'create',
    id: plan.id,
    name: `fq-${plan.id}`,
    secret: plan.secret,
    pin: plan.pin,
    is_private: true,
    permanent: false,
  };
  const { source } = plan;
  if (source.kind === 'rtp') {
    const rtp = CODEC_RTP[source.codec];
    return {
      ...common,
      type: 'rtp',
      media: [
        {
          type: 'video',
          mid: 'v',
          port: port ?? 0,
          pt: rtp.pt,
          codec: rtp.codec,
          bufferkf: true,
          ...(rtp.fmtp ? { fmtp: rtp.fmtp } : {}),
        },
      ],
    };
  }
  const { url, user, password } = splitRtspCredentials(source.url);
  return {
    ...common,
    type: 'rtsp',
    url,
    ...(user ? { rtsp_user: user, rtsp_pwd: password } : {}),
    audio: false,
    video: true,
    videobufferkf: true,
    // The mountpoint stays while the camera is down; Janus reconnects and the probe reports it offline.
    rtsp_failcheck: false,
  };
}

/** Janus takes RTSP credentials apart from the address (digest authentication needs them so). */
export function splitRtspCredentials(raw: string): { url: string; user: string; password: string } {
  const parsed = new URL(raw);
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), user, password };
}

export function sameSource(a: StreamSource, b: StreamSource): boolean {
  if (a.kind === 'rtp' && b.kind === 'rtp') return a.codec === b.codec && a.videoPort === b.videoPort;
  if (a.kind === 'rtsp' && b.kind === 'rtsp') return a.url === b.url;
  return a.kind === b.kind;
}
