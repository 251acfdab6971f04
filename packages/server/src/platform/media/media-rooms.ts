/**
 * The room half of the media adapter (architecture.md § Media): the online mediation rooms of issue #12. Janus's
 * videoroom plugin implements it (janus-rooms.ts). As with live views, the app decides who may publish and whom they
 * see; the media server only carries the streams. Room ids, secrets and pins stay inside the adapter: the browser
 * only ever sees the app's room id (the key) and SDP.
 */
import type { Jsep } from './media-server';

export interface RoomOptions {
  /** How many participants may publish at once (the room's max participants). */
  maxPublishers: number;
}

export type RoomSessionEndReason = 'closed' | 'hangup' | 'media_error';

export interface PublisherSession {
  /** Opaque handle id. */
  readonly id: string;
  /** The publisher's feed in the room (string form of Janus's numeric id). */
  readonly feedId: string;
  /** The media server's answer to the browser's offer. */
  readonly answer: Jsep;
  /** Unpublishes and detaches (idempotent). */
  close(): Promise<void>;
  onEnded(listener: (reason: RoomSessionEndReason) => void): void;
}

/**
 * One participant's reception of the other participants' feeds, over one peer connection. In the offer (and every
 * renegotiated one) each remote stream's id is the publisher's feed id, so the page knows whose tile a track is.
 */
export interface SubscriberSession {
  readonly id: string;
  /** The media server's offer for the browser. */
  readonly offer: Jsep;
  /** The browser's answer to the last offer (the first, or one from update): media starts flowing. */
  answer(jsep: Jsep): Promise<void>;
  /**
   * Sets the subscribed feeds (feeds not published are left out); a new offer when renegotiation is needed, which
   * the browser answers through `answer`, null when nothing changed. Refused (MediaUnavailableError) while the
   * last offer is unanswered: Janus would hold the new offer back and send it later, outside any request.
   */
  update(feedIds: readonly string[]): Promise<Jsep | null>;
  close(): Promise<void>;
  onEnded(listener: (reason: RoomSessionEndReason) => void): void;
}

export interface RecordingFile {
  /** The app's participant id whose stream this is. */
  participantKey: string;
  kind: 'audio' | 'video';
  /** Absolute path of the media server's recording (Janus: a `.mjr` file). */
  path: string;
  /** ISO UTC. */
  startedAt: string;
}

export interface MediaRooms {
  /** Idempotent; key = the app's room id. The Janus room id, secret and pin stay inside the adapter. */
  createRoom(key: string, options: RoomOptions): Promise<void>;
  /** Idempotent: kicks everyone, removes the room. */
  destroyRoom(key: string): Promise<void>;
  /** Keys of the rooms this app created that the media server still has (for the reconciler). */
  listRooms(): Promise<string[]>;
  /**
   * participantKey = the app's participant id (used as the publisher's display). Replaces the participant's
   * publisher, if any (a reconnect). MediaUnavailableError when there is no such room or it has maxPublishers.
   * joinToken = the single-use token the app just issued and claimed for this participant: the media server lets a
   * publisher in only with a token the app put on the room's allowed list, for this one join.
   */
  publish(key: string, participantKey: string, offer: Jsep, joinToken: string): Promise<PublisherSession>;
  /**
   * Replaces the participant's subscriber, if any. Only feeds that publish now are taken (one still connecting is
   * waited for a few seconds); none of them publishing → MediaUnavailableError, since Janus cannot offer an empty
   * subscription: a caller with no other feed yet answers `{ offer: null }` and subscribes later.
   */
  subscribe(key: string, participantKey: string, feedIds: readonly string[]): Promise<SubscriberSession>;
  /** Closes every handle of the participant in the room (publisher and subscriber). */
  kick(key: string, participantKey: string): Promise<void>;
  /** Starts or stops server-side recording of every publisher of the room (files per publisher in the room's folder). */
  setRecording(key: string, on: boolean): Promise<void>;
  /** The files recorded in the room so far (after destroyRoom too, until removeRecordings). */
  recordingFiles(key: string): Promise<RecordingFile[]>;
  removeRecordings(key: string): Promise<void>;
}
