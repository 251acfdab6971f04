import { GATHERING_LIMIT_MS, gatheringComplete } from '../../video/live/use-webrtc-view';
import type { RoomMediaApi } from './room-media-api';

export interface PublisherCallbacks {
  /** ICE reached `failed`, or stayed `disconnected` past the grace period: the caller rebuilds the connection. */
  onDropped(): void;
}

/**
 * One send-only connection carrying the participant's microphone and camera (or screen) to the media server. The
 * two transceivers exist from the start, so a changed device, a camera turned off or a shared screen is a
 * `replaceTrack` on the same sender and never a renegotiation.
 */
export class PublisherConnection {
  readonly pc: RTCPeerConnection;
  private readonly audio: RTCRtpSender;
  private readonly video: RTCRtpSender;
  private closed = false;
  private disconnectedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    iceServers: RTCIceServer[],
    tracks: { audio: MediaStreamTrack | null; video: MediaStreamTrack | null },
    private readonly callbacks: PublisherCallbacks,
    private readonly graceMs: number,
  ) {
    this.pc = new RTCPeerConnection({ iceServers });
    this.audio = this.pc.addTransceiver(tracks.audio ?? 'audio', { direction: 'sendonly' }).sender;
    this.video = this.pc.addTransceiver(tracks.video ?? 'video', { direction: 'sendonly' }).sender;
    this.pc.oniceconnectionstatechange = () => this.watchIce();
  }

  /** Offer → the app's publish with the join token → the media server's answer. Returns the feed id. */
  async publish(api: RoomMediaApi, joinToken: string): Promise<{ feedId: string }> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    // Not trickled: the offer carries what was gathered within the limit, as the live viewer's answer does.
    await gatheringComplete(this.pc, GATHERING_LIMIT_MS);
    const sdp = this.pc.localDescription?.sdp;
    if (!sdp) throw new Error('no local description');
    const { answer, feedId } = await api.publish({ type: 'offer', sdp }, joinToken);
    if (this.closed) return { feedId };
    await this.pc.setRemoteDescription(answer);
    return { feedId };
  }

  async replace(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<void> {
    if (this.closed) return;
    await (kind === 'audio' ? this.audio : this.video).replaceTrack(track);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.disconnectedTimer);
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
  }

  private watchIce(): void {
    const state = this.pc.iceConnectionState;
    clearTimeout(this.disconnectedTimer);
    if (state === 'failed') this.callbacks.onDropped();
    if (state === 'disconnected') this.disconnectedTimer = setTimeout(() => this.callbacks.onDropped(), this.graceMs);
  }
}
