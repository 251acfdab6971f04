import type { Jsep } from '../../video/live/use-webrtc-view';

export type { Jsep };

/**
 * The media calls of one participant of one room, through the app's API (the browser never talks to the media
 * server): a staff member's through the session (`staffRoomApi`), a party's through the guest cookie (`guestRoomApi`).
 */
export interface RoomMediaApi {
  /** Publishes the browser's offer; the answer, the participant's feed and the ICE servers to use. */
  publish(offer: Jsep): Promise<{ answer: Jsep; feedId: string; iceServers: RTCIceServer[] }>;
  /** Sets the feeds received; a new offer from the media server when the connection must be renegotiated. */
  subscribe(feedIds: string[]): Promise<{ offer: Jsep | null }>;
  /** The browser's answer to the last subscribe offer: media then flows. */
  answer(jsep: Jsep): Promise<void>;
  /** Stops publishing and receiving (the participant stays in the room). */
  leave(): Promise<void>;
}
