import crypto from 'node:crypto';
import type { StreamSource } from '@fengqiao/domain';
import Janode, { type JanodeConnection, type JanodeSession, type JanusPluginReply } from 'janode';
import StreamingPlugin, { type StreamingHandle } from 'janode/plugins/streaming';
import type { MediaSettings } from '../../config';
import { messageOf, secret, withTimeout } from './janus-calls';
import { createJanusRooms } from './janus-rooms';
import {
  type IceServer,
  type Jsep,
  type MediaServer,
  type MediaState,
  MediaUnavailableError,
  type ViewerEndReason,
  type ViewerSession,
} from './media-server';
import { probeRtspSource } from './rtsp-probe';
import { mountpointRequest, type PlannedMountpoint, planMountpoint, sameSource } from './streaming-requests';

/** How long a call waits for a (re)connection in progress before refusing. */
const CONNECT_WAIT_MS = 5_000;
/** An RTP mountpoint that received nothing for this long is offline. */
const STALE_MEDIA_MS = 10_000;
const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];
/** Janus may never answer a request (a watch of an RTSP camera that is down): no caller waits longer than this. */
const REQUEST_TIMEOUT_MS = 8_000;
/** An RTSP mountpoint keeps a session open to the camera: it is released this long after its last viewer. */
const RTSP_IDLE_MS = 60_000;

export interface JanusMediaServer extends MediaServer {
  /** Resolves once connected (or rejects after `timeoutMs`): the demo waits before it makes mountpoints. */
  whenReady(timeoutMs?: number): Promise<void>;
}

interface Mounted {
  plan: PlannedMountpoint;
  /** The port Janus opened (RTP); kept so a Janus restart reopens the same one and pushed streams keep flowing. */
  videoPort: number | undefined;
  /** When Janus made it (this process's clock): Janus counts a new mountpoint's media age from its creation. */
  createdAt: number;
  /** Set while an RTSP mountpoint has no viewer: it then releases the camera. */
  idle?: NodeJS.Timeout | undefined;
}

interface Link {
  connection: JanodeConnection;
  session: JanodeSession;
  control: StreamingHandle;
}

/**
 * The media adapter over Janus's streaming plugin, through janode. One connection and session for the app, one
 * control handle that makes and removes mountpoints, and a handle per viewer. Mountpoints are not permanent, private,
 * and carry a random secret and pin that stay in this process: the browser never learns them.
 */
export function createJanusMediaServer(
  settings: MediaSettings,
  options: { rtspIdleMs?: number; requestTimeoutMs?: number } = {},
): JanusMediaServer {
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const bounded = <T>(request: Promise<T>) => withTimeout(request, timeoutMs);
  const url = settings.janusUrl;
  if (url === undefined) throw new Error('createJanusMediaServer needs FENGQIAO_JANUS_URL');
  Janode.Logger.setLevel('none');
  const server = new URL(url).host;
  const mounts = new Map<string, Mounted>();
  const viewers = new Map<string, JanusViewer>();
  const pending = new Map<string, Promise<{ videoPort?: number }>>();
  let link: Link | undefined;
  let state: MediaState = 'unreachable';
  let closing = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];
  const rooms = createJanusRooms({
    session: async () => (await ready()).session,
    recordingsDir: settings.recordingsDir,
    timeoutMs,
  });

  const connect = async () => {
    retry = undefined;
    let connection: JanodeConnection | undefined;
    try {
      const opened = await bounded(
        Janode.connect({
          address: { url, ...(settings.apiSecret ? { apisecret: settings.apiSecret } : {}) },
          retry_time_secs: 1,
          max_retries: 1,
        }),
      );
      connection = opened;
      // A Janus that refuses the session (wrong API secret) or never answers must not leave a socket open per retry
      // nor stop the retries: each step is bounded, and a failed attempt closes its connection.
      const session = await bounded(opened.create());
      const control = await bounded(session.attach(StreamingPlugin));
      if (closing) {
        await opened.close().catch(() => undefined);
        return;
      }
      const dropped = () => lost(opened);
      opened.once(Janode.EVENT.CONNECTION_CLOSED, dropped);
      opened.once(Janode.EVENT.CONNECTION_ERROR, dropped);
      session.once(Janode.EVENT.SESSION_DESTROYED, dropped);
      link = { connection: opened, session, control };
      // A restarted Janus has forgotten the mountpoints: make them again, on the same ports.
      for (const [key, mounted] of mounts) {
        await restore(control, mounted).catch(() => mounts.delete(key));
      }
      await rooms.restore(session).catch(() => undefined);
      attempt = 0;
      state = 'ready';
      for (const wake of waiters) wake();
      waiters = [];
    } catch {
      await connection?.close().catch(() => undefined);
      schedule();
    }
  };

  const schedule = () => {
    if (closing || retry) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
    attempt += 1;
    retry = setTimeout(() => void connect(), delay);
    retry.unref();
  };

  const lost = (connection: JanodeConnection) => {
    if (link?.connection !== connection) return;
    link = undefined;
    state = 'unreachable';
    for (const viewer of viewers.values()) viewer.end('media_error');
    rooms.connectionLost();
    void connection.close().catch(() => undefined);
    schedule();
  };

  const ready = async (timeoutMs = CONNECT_WAIT_MS): Promise<Link> => {
    if (closing) throw new MediaUnavailableError('the media server connection is closed');
    if (link) return link;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== wake);
        reject(new MediaUnavailableError(`the media server at ${server} does not answer`));
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      waiters.push(wake);
    });
    if (!link) throw new MediaUnavailableError(`the media server at ${server} does not answer`);
    return link;
  };

  const create = async (control: StreamingHandle, plan: PlannedMountpoint, port: number | undefined) => {
    const reply = await bounded(control.message(mountpointRequest(plan, port)));
    return createdPort(reply);
  };

  const restore = async (control: StreamingHandle, mounted: Mounted) => {
    const exists = await bounded(control.message({ request: 'info', id: mounted.plan.id, secret: mounted.plan.secret }))
      .then(() => true)
      .catch(() => false);
    if (exists) return;
    mounted.videoPort = await create(control, mounted.plan, mounted.videoPort);
    mounted.createdAt = Date.now();
  };

  const destroy = async (control: StreamingHandle, plan: PlannedMountpoint) => {
    await bounded(control.message({ request: 'destroy', id: plan.id, secret: plan.secret, permanent: false }));
  };

  /** (Re)starts an unwatched RTSP mountpoint's countdown; any viewer of it stops it (openViewer clears it). */
  const releaseWhenIdle = (key: string, mounted: Mounted) => {
    clearTimeout(mounted.idle);
    mounted.idle = undefined;
    if (mounted.plan.source.kind !== 'rtsp' || [...viewers.values()].some((v) => v.key === key)) return;
    mounted.idle = setTimeout(() => {
      if (mounts.get(key) === mounted) void media.removeMountpoint(key);
    }, options.rtspIdleMs ?? RTSP_IDLE_MS);
    mounted.idle.unref();
  };

  const ensure = async (key: string, source: StreamSource): Promise<{ videoPort?: number }> => {
    const existing = mounts.get(key);
    if (existing && sameSource(existing.plan.source, source)) {
      releaseWhenIdle(key, existing);
      return portOf(existing);
    }
    const plan = planMountpoint(source, { id: crypto.randomInt(1, 2 ** 31), secret: secret(), pin: secret() });
    const { control } = await ready();
    if (existing) {
      clearTimeout(existing.idle);
      mounts.delete(key);
      await destroy(control, existing.plan).catch(() => undefined);
    }
    const requestedPort = source.kind === 'rtp' ? source.videoPort : undefined;
    let videoPort: number | undefined;
    try {
      videoPort = await create(control, plan, requestedPort);
    } catch (error) {
      throw new MediaUnavailableError(`the media server refused the mountpoint: ${messageOf(error)}`);
    }
    const mounted: Mounted = {
      plan,
      videoPort: plan.source.kind === 'rtp' ? videoPort : undefined,
      createdAt: Date.now(),
    };
    mounts.set(key, mounted);
    releaseWhenIdle(key, mounted);
    return portOf(mounted);
  };

  const media: JanusMediaServer = {
    status: () => ({ state, server }),

    whenReady: async (timeoutMs) => {
      await ready(timeoutMs);
    },

    ensureMountpoint(key, source) {
      // One camera's mountpoint is made once even when several viewers open it at the same moment.
      const running = pending.get(key);
      const next = (running ?? Promise.resolve({})).catch(() => ({})).then(() => ensure(key, source));
      const tracked = next.finally(() => {
        if (pending.get(key) === tracked) pending.delete(key);
      });
      pending.set(key, tracked);
      return tracked;
    },

    async removeMountpoint(key) {
      const mounted = mounts.get(key);
      if (!mounted) return;
      clearTimeout(mounted.idle);
      mounts.delete(key);
      for (const viewer of viewers.values()) if (viewer.key === key) await viewer.close();
      if (link) await destroy(link.control, mounted.plan).catch(() => undefined);
    },

    async openViewer(key) {
      if (!link) throw new MediaUnavailableError(`the media server at ${server} does not answer`);
      const mounted = mounts.get(key);
      if (!mounted) throw new MediaUnavailableError(`no mountpoint for ${key}`);
      clearTimeout(mounted.idle);
      const { session } = link;
      const handle = await bounded(session.attach(StreamingPlugin)).catch((error: unknown) => {
        throw new MediaUnavailableError(`the media server refused a viewer: ${messageOf(error)}`);
      });
      let offer: Jsep;
      try {
        const watched = await bounded(handle.watch({ id: mounted.plan.id, pin: mounted.plan.pin, video: true }));
        if (watched.jsep?.type !== 'offer') throw new Error('no offer in the watch reply');
        offer = { type: 'offer', sdp: watched.jsep.sdp };
      } catch (error) {
        await bounded(handle.hangup()).catch(() => undefined);
        await bounded(handle.detach()).catch(() => undefined);
        releaseWhenIdle(key, mounted);
        throw new MediaUnavailableError(`the media server could not offer ${key}: ${messageOf(error)}`);
      }
      const viewer = new JanusViewer(key, offer, handle, timeoutMs, () => {
        viewers.delete(viewer.id);
        const current = mounts.get(key);
        if (current) releaseWhenIdle(key, current);
      });
      viewers.set(viewer.id, viewer);
      return viewer;
    },

    viewer: (id) => viewers.get(id),

    async probe(key, source) {
      if (source.kind === 'rtsp') return probeRtspSource(source.url);
      if (source.kind !== 'rtp') return 'unknown';
      const mounted = mounts.get(key);
      if (!mounted || !link) return 'unknown';
      const sinceCreated = Date.now() - mounted.createdAt;
      try {
        const reply = await bounded(
          link.control.message({ request: 'info', id: mounted.plan.id, secret: mounted.plan.secret }),
        );
        return rtpProbeResult(mediaAgeOf(reply), sinceCreated);
      } catch {
        return 'unknown';
      }
    },

    iceServers: (): IceServer[] => settings.iceServers.map((s) => ({ ...s })),

    rooms,

    async close() {
      if (closing) return;
      closing = true;
      if (retry) clearTimeout(retry);
      for (const viewer of [...viewers.values()]) await viewer.close();
      await rooms.closeSessions();
      for (const mounted of mounts.values()) clearTimeout(mounted.idle);
      const current = link;
      link = undefined;
      state = 'unreachable';
      if (!current) return;
      for (const mounted of mounts.values()) await destroy(current.control, mounted.plan).catch(() => undefined);
      mounts.clear();
      await current.session.destroy().catch(() => undefined);
      await current.connection.close().catch(() => undefined);
    },
  };

  void connect();
  return media;
}

class JanusViewer implements ViewerSession {
  readonly id = crypto.randomUUID();
  private ended = false;
  private answered = false;
  private readonly listeners: ((reason: ViewerEndReason) => void)[] = [];

  constructor(
    readonly key: string,
    readonly offer: Jsep,
    private readonly handle: StreamingHandle,
    private readonly timeoutMs: number,
    private readonly forget: () => void,
  ) {
    handle.once(Janode.EVENT.HANDLE_HANGUP, () => void this.teardown('hangup'));
    handle.once(Janode.EVENT.HANDLE_DETACHED, () => this.end('hangup'));
    handle.once(Janode.EVENT.HANDLE_ICE_FAILED, () => void this.teardown('media_error'));
    handle.on(StreamingPlugin.EVENT.STREAMING_STATUS, (data: { status?: string }) => {
      // The mountpoint went away under the viewer (removed, or Janus lost the source).
      if (data.status === 'stopped') void this.teardown('hangup');
    });
  }

  async answer(jsep: Jsep): Promise<void> {
    if (this.ended) throw new MediaUnavailableError('the viewer has ended');
    if (jsep.type !== 'answer') throw new MediaUnavailableError('the browser must send an answer');
    // A repeated answer (a retried request) must not end a view that is already playing.
    if (this.answered) throw new MediaUnavailableError('the viewer has already been answered');
    this.answered = true;
    try {
      await withTimeout(this.handle.start({ jsep: { type: 'answer', sdp: jsep.sdp } }), this.timeoutMs);
    } catch (error) {
      await this.teardown('media_error');
      throw new MediaUnavailableError(`the media server refused the answer: ${messageOf(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.teardown('closed');
  }

  onEnded(listener: (reason: ViewerEndReason) => void): void {
    if (this.ended) return;
    this.listeners.push(listener);
  }

  /** Marks the viewer ended once and tells the listeners; the handle is left to whoever ended it. */
  end(reason: ViewerEndReason): void {
    if (this.ended) return;
    this.ended = true;
    this.forget();
    for (const listener of this.listeners.splice(0)) listener(reason);
  }

  private async teardown(reason: ViewerEndReason): Promise<void> {
    if (this.ended) return;
    this.end(reason);
    await withTimeout(this.handle.hangup(), this.timeoutMs).catch(() => undefined);
    await withTimeout(this.handle.detach(), this.timeoutMs).catch(() => undefined);
  }
}

function portOf(mounted: Mounted): { videoPort?: number } {
  return mounted.videoPort === undefined ? {} : { videoPort: mounted.videoPort };
}

/** The video port Janus opened, from a `created` reply (multistream: `stream.ports[]`). */
export function createdPort(reply: JanusPluginReply): number | undefined {
  const stream = reply.plugindata?.data.stream as { ports?: { type?: string; port?: number }[] } | undefined;
  return stream?.ports?.find((m) => m.type === 'video')?.port;
}

/**
 * Janus starts a new mountpoint's media clock at its creation, so an age at least as old as the mountpoint means no
 * packet ever came; otherwise the source is online while packets keep arriving.
 */
export function rtpProbeResult(ageMs: number, sinceCreatedMs: number): 'online' | 'offline' {
  return ageMs < sinceCreatedMs && ageMs < STALE_MEDIA_MS ? 'online' : 'offline';
}

/** Milliseconds since the mountpoint's video last received a packet; Infinity when it never did. */
export function mediaAgeOf(reply: JanusPluginReply): number {
  const info = reply.plugindata?.data.info as { media?: { type?: string; age_ms?: number }[] } | undefined;
  const age = info?.media?.find((m) => m.type === 'video')?.age_ms;
  return typeof age === 'number' ? age : Number.POSITIVE_INFINITY;
}
