import crypto from 'node:crypto';
import type { StreamSource } from '@fengqiao/domain';
import {
  type Jsep,
  type MediaServer,
  type MediaState,
  MediaUnavailableError,
  type ViewerEndReason,
  type ViewerSession,
} from '../../src/platform/media/media-server';
import { createFakeMediaRooms, type FakeMediaRooms } from './fake-media-rooms';

export type { FakeMediaRooms, FakePublisher, FakeSubscriber } from './fake-media-rooms';

export interface FakeViewer extends ViewerSession {
  readonly key: string;
  /** The browser's answer, once given. */
  answered: Jsep | undefined;
  closed: boolean;
}

export interface FakeMediaServer extends MediaServer {
  readonly rooms: FakeMediaRooms;
  mountpoints: Map<string, StreamSource>;
  viewers: Map<string, FakeViewer>;
  /** Every call, in order (`ensureMountpoint:<key>`, `openViewer:<key>`, `answer:<id>`, `close:<id>`…). */
  calls: string[];
  /** Ends a viewer as Janus would (hangup, media error) or as a close does. */
  endViewer(id: string, reason: ViewerEndReason): void;
  setState(state: MediaState): void;
  /** What probe answers, per key (default `unknown`). */
  probeResults: Map<string, 'online' | 'offline' | 'unknown'>;
}

/** An SDP offer shaped like Janus's streaming offer: one sendonly VP8 video section. */
export function fakeOffer(key: string): Jsep {
  const sdp = [
    'v=0',
    `o=- ${Date.now()} 1 IN IP4 127.0.0.1`,
    `s=Mountpoint ${key}`,
    't=0 0',
    'a=group:BUNDLE v',
    'm=video 9 UDP/TLS/RTP/SAVPF 96',
    'c=IN IP4 127.0.0.1',
    'a=sendonly',
    'a=mid:v',
    'a=rtpmap:96 VP8/90000',
    '',
  ].join('\r\n');
  return { type: 'offer', sdp };
}

/**
 * The in-memory media server for tests: records every call and keeps mountpoints and viewers in maps, so a test can
 * assert what was opened, answered and closed, and that a refused request left the media server as it was.
 */
export function createFakeMediaServer(): FakeMediaServer {
  let state: MediaState = 'ready';
  const mountpoints = new Map<string, StreamSource>();
  const viewers = new Map<string, FakeViewer>();
  const calls: string[] = [];
  const probeResults = new Map<string, 'online' | 'offline' | 'unknown'>();
  let nextPort = 20_000;
  const ports = new Map<string, number>();
  const endings = new Map<string, (reason: ViewerEndReason) => void>();

  const requireReady = () => {
    if (state === 'not_configured') throw new MediaUnavailableError('no media server (fake)', 'not_configured');
    if (state === 'unreachable') throw new MediaUnavailableError('media server unreachable (fake)');
  };

  const end = (viewer: FakeViewer, listeners: ((reason: ViewerEndReason) => void)[], reason: ViewerEndReason) => {
    if (viewer.closed) return;
    viewer.closed = true;
    viewers.delete(viewer.id);
    for (const listener of listeners) listener(reason);
  };

  const fake: FakeMediaServer = {
    rooms: createFakeMediaRooms(
      calls,
      () => requireReady(),
      () => state !== 'not_configured',
    ),
    mountpoints,
    viewers,
    calls,
    probeResults,
    setState: (next) => {
      state = next;
    },
    status: () => ({ state, ...(state === 'not_configured' ? {} : { server: 'fake' }) }),
    async ensureMountpoint(key, source) {
      calls.push(`ensureMountpoint:${key}`);
      requireReady();
      if (source.kind === 'gb28181' || source.kind === 'none') {
        throw new MediaUnavailableError(`a ${source.kind} source cannot be mounted`);
      }
      mountpoints.set(key, source);
      if (source.kind !== 'rtp') return {};
      if (source.videoPort !== undefined) return { videoPort: source.videoPort };
      const port = ports.get(key) ?? nextPort++;
      ports.set(key, port);
      return { videoPort: port };
    },
    async removeMountpoint(key) {
      calls.push(`removeMountpoint:${key}`);
      mountpoints.delete(key);
      ports.delete(key);
    },
    async openViewer(key) {
      calls.push(`openViewer:${key}`);
      requireReady();
      if (!mountpoints.has(key)) throw new MediaUnavailableError(`no mountpoint ${key}`);
      const listeners: ((reason: ViewerEndReason) => void)[] = [];
      const viewer: FakeViewer = {
        id: crypto.randomUUID(),
        key,
        offer: fakeOffer(key),
        answered: undefined,
        closed: false,
        async answer(jsep) {
          calls.push(`answer:${viewer.id}`);
          if (viewer.closed) throw new MediaUnavailableError('the viewer has ended');
          viewer.answered = jsep;
        },
        async close() {
          calls.push(`close:${viewer.id}`);
          end(viewer, listeners, 'closed');
        },
        onEnded(listener) {
          listeners.push(listener);
        },
      };
      endings.set(viewer.id, (reason) => end(viewer, listeners, reason));
      viewers.set(viewer.id, viewer);
      return viewer;
    },
    viewer: (id) => viewers.get(id),
    async probe(key) {
      calls.push(`probe:${key}`);
      return probeResults.get(key) ?? 'unknown';
    },
    iceServers: () => [],
    endViewer(id, reason) {
      endings.get(id)?.(reason);
    },
    async close() {
      calls.push('close');
      for (const id of [...viewers.keys()]) endings.get(id)?.('closed');
      fake.rooms.endAll('closed');
    },
  };
  return fake;
}
