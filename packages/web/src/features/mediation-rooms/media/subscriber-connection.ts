import { GATHERING_LIMIT_MS, gatheringComplete } from '../../video/live/use-webrtc-view';
import { trackFeed } from './remote-feeds';
import type { RoomMediaApi } from './room-media-api';

export interface SubscriberCallbacks {
  /** The media of one feed changed: its stream with the tracks received so far. */
  onFeedStream(feedId: string, stream: MediaStream): void;
  onDropped(): void;
}

/**
 * One receive-only connection for every feed of the room. The media server offers, the browser answers; when the
 * feeds change the app asks the media server for the new set and answers its new offer on the same connection.
 */
export class SubscriberConnection {
  readonly pc: RTCPeerConnection;
  private requested: string[] = [];
  private readonly streams = new Map<string, MediaStream>();
  private readonly kinds = new Map<string, Set<string>>();
  private closed = false;
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    iceServers: RTCIceServer[],
    private readonly callbacks: SubscriberCallbacks,
    private readonly graceMs: number,
  ) {
    this.pc = new RTCPeerConnection({ iceServers });
    this.pc.ontrack = (event) => this.attach(event);
    this.pc.oniceconnectionstatechange = () => this.watchIce();
  }

  /** Asks for exactly these feeds; renegotiates when the media server sends a new offer. */
  async subscribe(api: RoomMediaApi, feedIds: string[]): Promise<void> {
    const { offer } = await api.subscribe(feedIds);
    if (this.closed) return;
    // Tracks of feeds no longer asked for stop arriving; forget them so a feed published again starts clean.
    for (const feedId of [...this.streams.keys()]) {
      if (!feedIds.includes(feedId)) {
        this.streams.delete(feedId);
        this.kinds.delete(feedId);
      }
    }
    this.requested = feedIds;
    if (!offer) return;
    await this.pc.setRemoteDescription(offer);
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    await gatheringComplete(this.pc, GATHERING_LIMIT_MS);
    if (this.closed) return;
    const sdp = this.pc.localDescription?.sdp;
    if (!sdp) throw new Error('no local description');
    await api.answer({ type: 'answer', sdp });
  }

  /** The receiver of each feed's audio, for the active speaker's levels. */
  audioReceivers(): Map<string, RTCRtpReceiver> {
    const receivers = new Map<string, RTCRtpReceiver>();
    for (const transceiver of this.pc.getTransceivers()) {
      const track = transceiver.receiver.track;
      if (track.kind !== 'audio' || transceiver.currentDirection === 'inactive') continue;
      for (const [feedId, stream] of this.streams) {
        if (stream.getTrackById(track.id)) receivers.set(feedId, transceiver.receiver);
      }
    }
    return receivers;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.disconnectedTimer);
    this.pc.ontrack = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
  }

  private attach(event: RTCTrackEvent): void {
    const { track } = event;
    const feedId = trackFeed(event.streams[0]?.id, track.kind, this.requested, this.kinds);
    if (!feedId) return;
    const kinds = this.kinds.get(feedId) ?? new Set<string>();
    kinds.add(track.kind);
    this.kinds.set(feedId, kinds);
    // A stream of our own per feed: the media server may name every stream alike, and a tile wants only its feed.
    const previous = this.streams.get(feedId);
    const stream = new MediaStream([...(previous?.getTracks().filter((t) => t.kind !== track.kind) ?? []), track]);
    this.streams.set(feedId, stream);
    this.callbacks.onFeedStream(feedId, stream);
  }

  private watchIce(): void {
    const state = this.pc.iceConnectionState;
    clearTimeout(this.disconnectedTimer);
    if (state === 'failed') this.callbacks.onDropped();
    if (state === 'disconnected') this.disconnectedTimer = setTimeout(() => this.callbacks.onDropped(), this.graceMs);
  }
}
