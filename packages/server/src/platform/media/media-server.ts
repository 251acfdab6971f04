/**
 * The narrow media adapter (architecture.md § Media). The app decides who may view what; the media server only
 * turns a source into WebRTC for one viewer at a time. Janus implements it (janus-media-server.ts); a GB/T 28181
 * gateway (wvp + ZLMediaKit) could implement the same methods (docs/operations.md § Media server).
 *
 * Signalling goes through the app's API: the browser never talks to the media server, whose API listens on localhost
 * only, and mountpoints carry secrets and pins the app keeps, so a copied link or a guessed mountpoint id shows nothing.
 */
import type { StreamSource } from '@fengqiao/domain';
import type { MediaRooms } from './media-rooms';

export interface Jsep {
  type: 'offer' | 'answer';
  sdp: string;
}

export type MediaState = 'ready' | 'not_configured' | 'unreachable';

/** No secrets in it: it is shown to callers and logged. */
export interface MediaStatus {
  state: MediaState;
  server?: string;
}

export type ViewerEndReason = 'closed' | 'hangup' | 'media_error';

export interface ViewerSession {
  /** Opaque, unique per process. */
  readonly id: string;
  /** The media server's offer for the browser. */
  readonly offer: Jsep;
  /** The browser's answer: media starts flowing. */
  answer(jsep: Jsep): Promise<void>;
  /** Tears the viewer down at the media server (idempotent). */
  close(): Promise<void>;
  onEnded(listener: (reason: ViewerEndReason) => void): void;
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface MediaServer {
  status(): MediaStatus;
  /** Idempotent; key = camera id. For an RTP source without a port, the port the media server opened. */
  ensureMountpoint(key: string, source: StreamSource): Promise<{ videoPort?: number }>;
  removeMountpoint(key: string): Promise<void>;
  /** MediaUnavailableError when not ready or no mountpoint has this key. */
  openViewer(key: string): Promise<ViewerSession>;
  viewer(id: string): ViewerSession | undefined;
  probe(key: string, source: StreamSource): Promise<'online' | 'offline' | 'unknown'>;
  /** STUN/TURN servers the browser uses (FENGQIAO_MEDIA_ICE_SERVERS). */
  iceServers(): IceServer[];
  /** The mediation rooms (videoroom): media-rooms.ts. */
  readonly rooms: MediaRooms;
  close(): Promise<void>;
}

/** The media server cannot do this now (not configured, unreachable, no such mountpoint, unsupported source). */
export class MediaUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'not_configured' | 'unavailable' = 'unavailable',
  ) {
    super(message);
    this.name = 'MediaUnavailableError';
  }
}
