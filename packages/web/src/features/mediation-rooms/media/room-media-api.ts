import type { Jsep } from '../../video/live/use-webrtc-view';

export type { Jsep };

/**
 * The media calls of one participant of one room, through the app's API (the browser never talks to the media
 * server): a staff member's through the session (`staffRoomApi`), a party's through the guest cookie (`guestRoomApi`).
 */
export interface RoomMediaApi {
  /**
   * A single-use token for the next publish and the STUN/TURN servers to build the connections with, asked before
   * the connection exists so that TURN is used from the first attempt.
   */
  joinToken(): Promise<{ joinToken: string; iceServers: RTCIceServer[] }>;
  /** Publishes the browser's offer with a token from `joinToken`; the answer and the participant's feed. */
  publish(offer: Jsep, joinToken: string): Promise<{ answer: Jsep; feedId: string }>;
  /** Sets the feeds received; a new offer from the media server when the connection must be renegotiated. */
  subscribe(feedIds: string[]): Promise<{ offer: Jsep | null }>;
  /** The browser's answer to the last subscribe offer: media then flows. */
  answer(jsep: Jsep): Promise<void>;
  /** Stops publishing and receiving (the participant stays in the room). */
  leave(): Promise<void>;
}
