import crypto from 'node:crypto';
import type {
  MediaRooms,
  PublisherSession,
  RecordingFile,
  RoomOptions,
  RoomSessionEndReason,
  SubscriberSession,
} from '../../src/platform/media/media-rooms';
import { type Jsep, MediaUnavailableError } from '../../src/platform/media/media-server';

export interface FakePublisher extends PublisherSession {
  readonly key: string;
  readonly participantKey: string;
  /** The browser's offer it was made from. */
  readonly offer: Jsep;
  closed: boolean;
}

export interface FakeSubscriber extends SubscriberSession {
  readonly key: string;
  readonly participantKey: string;
  /** The feeds it carries now. */
  feedIds: string[];
  /** The browser's last answer. */
  answered: Jsep | undefined;
  closed: boolean;
}

export interface FakeMediaRooms extends MediaRooms {
  /** Rooms that exist now, by key. */
  roomsCreated: Map<string, RoomOptions>;
  /** Live publishers, by handle id. */
  publishers: Map<string, FakePublisher>;
  /** Live subscribers, by handle id. */
  subscribers: Map<string, FakeSubscriber>;
  /** Whether each room records now. */
  recording: Map<string, boolean>;
  /** `<key>:<participantKey>` per kick, in order. */
  kicked: string[];
  /** The join token of each publish that reached the media server, in order. */
  joinTokens: string[];
  /** Tokens on each room's allowed list now (as Janus's; empty between joins). */
  allowed: Map<string, Set<string>>;
  /** A file as Janus would have written it while the room recorded (the conversion tests drive it). */
  addRecordingFile(key: string, file: RecordingFile): void;
  /** Ends a publisher or subscriber as Janus would (hangup, media error). */
  endSession(id: string, reason: RoomSessionEndReason): void;
  /** Ends every session (the media server's close). */
  endAll(reason: RoomSessionEndReason): void;
}

/** An SDP shaped like Janus's: one section per stream (audio + video for an answer, video per feed for an offer). */
export function fakeRoomSdp(type: Jsep['type'], sections: string[]): Jsep {
  const lines = ['v=0', `o=- ${Date.now()} 1 IN IP4 127.0.0.1`, 's=VideoRoom', 't=0 0'];
  if (sections.length > 0) lines.push(`a=group:BUNDLE ${sections.join(' ')}`);
  sections.forEach((mid, index) => {
    const audio = index % 2 === 0 && type === 'answer';
    lines.push(
      audio ? 'm=audio 9 UDP/TLS/RTP/SAVPF 111' : 'm=video 9 UDP/TLS/RTP/SAVPF 96',
      'c=IN IP4 127.0.0.1',
      type === 'answer' ? 'a=recvonly' : 'a=sendonly',
      `a=mid:${mid}`,
      audio ? 'a=rtpmap:111 opus/48000/2' : 'a=rtpmap:96 VP8/90000',
    );
  });
  return { type, sdp: `${lines.join('\r\n')}\r\n` };
}

/**
 * The room half of the in-memory media server: every call goes into the shared `calls` list
 * (`createRoom:<key>`, `destroyRoom:<key>`, `publish:<key>:<participant>` (its join token in `joinTokens`), `subscribe:<key>:<participant>`,
 * `roomAnswer:<id>`, `update:<id>`, `closeSession:<id>`, `kick:<key>:<participant>`, `setRecording:<key>:on|off`,
 * `recordingFiles:<key>`, `removeRecordings:<key>`), so a test can assert that a refused request made nothing.
 * It follows the Janus adapter's rules: a participant has at most one publisher and one subscriber (a new one
 * replaces the old), a full room refuses a publisher, feeds that are not published are left out of a subscription
 * and a subscription to none of them is refused, an update waits for the answer to the previous offer.
 */
export function createFakeMediaRooms(
  calls: string[],
  requireReady: () => void,
  configured: () => boolean,
): FakeMediaRooms {
  const roomsCreated = new Map<string, RoomOptions>();
  const publishers = new Map<string, FakePublisher>();
  const subscribers = new Map<string, FakeSubscriber>();
  const recording = new Map<string, boolean>();
  const kicked: string[] = [];
  const joinTokens: string[] = [];
  const allowed = new Map<string, Set<string>>();
  const files = new Map<string, RecordingFile[]>();
  const endings = new Map<string, (reason: RoomSessionEndReason) => void>();
  let nextFeed = 1_000;

  const requireRoom = (key: string) => {
    requireReady();
    const room = roomsCreated.get(key);
    if (!room) throw new MediaUnavailableError(`no media room ${key} (fake)`);
    return room;
  };

  const sessionEnder = (
    session: { id: string; closed: boolean },
    forget: () => void,
  ): { listeners: ((reason: RoomSessionEndReason) => void)[]; end: (reason: RoomSessionEndReason) => void } => {
    const listeners: ((reason: RoomSessionEndReason) => void)[] = [];
    const end = (reason: RoomSessionEndReason) => {
      if (session.closed) return;
      session.closed = true;
      forget();
      endings.delete(session.id);
      for (const listener of listeners.splice(0)) listener(reason);
    };
    endings.set(session.id, end);
    return { listeners, end };
  };

  const handlesOf = (key: string, participantKey?: string) =>
    [...publishers.values(), ...subscribers.values()].filter(
      (s) => s.key === key && (participantKey === undefined || s.participantKey === participantKey),
    );

  const liveFeeds = (key: string, feedIds: readonly string[]) => {
    const published = new Set([...publishers.values()].filter((p) => p.key === key).map((p) => p.feedId));
    return [...new Set(feedIds)].filter((feed) => published.has(feed));
  };

  const rooms: FakeMediaRooms = {
    roomsCreated,
    publishers,
    subscribers,
    recording,
    kicked,
    joinTokens,
    allowed,

    async createRoom(key, options) {
      calls.push(`createRoom:${key}`);
      requireReady();
      if (!roomsCreated.has(key)) roomsCreated.set(key, { ...options });
      if (!allowed.has(key)) allowed.set(key, new Set());
      if (!recording.has(key)) recording.set(key, false);
    },

    async destroyRoom(key) {
      calls.push(`destroyRoom:${key}`);
      requireReady();
      for (const session of handlesOf(key)) endings.get(session.id)?.('closed');
      roomsCreated.delete(key);
      recording.delete(key);
      allowed.delete(key);
    },

    async listRooms() {
      // As the not-configured media server: no media server, no room to reconcile.
      if (!configured()) return [];
      requireReady();
      return [...roomsCreated.keys()];
    },

    async publish(key, participantKey, offer, joinToken) {
      calls.push(`publish:${key}:${participantKey}`);
      joinTokens.push(joinToken);
      const room = requireRoom(key);
      if (offer.type !== 'offer') throw new MediaUnavailableError('the browser must send an offer (fake)');
      // As the Janus adapter: the token is on the room's allowed list for this one join only, and Janus refuses a
      // join whose token is not listed (an empty token never is).
      const list = allowed.get(key) ?? new Set<string>();
      if (joinToken !== '') list.add(joinToken);
      const listed = list.has(joinToken);
      list.delete(joinToken);
      if (!listed) throw new MediaUnavailableError('Unauthorized (not in the allowed list) (fake)');
      for (const old of [...publishers.values()]) {
        if (old.key === key && old.participantKey === participantKey) endings.get(old.id)?.('closed');
      }
      if ([...publishers.values()].filter((p) => p.key === key).length >= room.maxPublishers) {
        throw new MediaUnavailableError(`media room ${key} is full (fake)`);
      }
      const publisher: FakePublisher = {
        id: crypto.randomUUID(),
        feedId: String(nextFeed++),
        key,
        participantKey,
        offer,
        answer: fakeRoomSdp('answer', ['audio', 'video']),
        closed: false,
        async close() {
          calls.push(`closeSession:${publisher.id}`);
          end('closed');
        },
        onEnded(listener) {
          if (!publisher.closed) listeners.push(listener);
        },
      };
      const { listeners, end } = sessionEnder(publisher, () => publishers.delete(publisher.id));
      publishers.set(publisher.id, publisher);
      return publisher;
    },

    async subscribe(key, participantKey, feedIds) {
      calls.push(`subscribe:${key}:${participantKey}`);
      requireRoom(key);
      for (const old of [...subscribers.values()]) {
        if (old.key === key && old.participantKey === participantKey) endings.get(old.id)?.('closed');
      }
      const feeds = liveFeeds(key, feedIds);
      if (feeds.length === 0) throw new MediaUnavailableError('none of these feeds is published in the room (fake)');
      let awaitingAnswer = true;
      const subscriber: FakeSubscriber = {
        id: crypto.randomUUID(),
        key,
        participantKey,
        feedIds: feeds,
        offer: fakeRoomSdp(
          'offer',
          feeds.map((_, i) => `v${i}`),
        ),
        answered: undefined,
        closed: false,
        async answer(jsep) {
          calls.push(`roomAnswer:${subscriber.id}`);
          if (subscriber.closed) throw new MediaUnavailableError('the subscriber has ended (fake)');
          if (jsep.type !== 'answer') throw new MediaUnavailableError('the browser must send an answer (fake)');
          if (!awaitingAnswer) throw new MediaUnavailableError('no offer is waiting for an answer (fake)');
          awaitingAnswer = false;
          subscriber.answered = jsep;
        },
        async update(next) {
          calls.push(`update:${subscriber.id}`);
          if (subscriber.closed) throw new MediaUnavailableError('the subscriber has ended (fake)');
          if (awaitingAnswer) throw new MediaUnavailableError('the previous offer has not been answered yet (fake)');
          const wanted = liveFeeds(key, next);
          const same =
            wanted.length === subscriber.feedIds.length && wanted.every((f) => subscriber.feedIds.includes(f));
          if (same) return null;
          subscriber.feedIds = wanted;
          awaitingAnswer = true;
          return fakeRoomSdp(
            'offer',
            wanted.map((_, i) => `v${i}`),
          );
        },
        async close() {
          calls.push(`closeSession:${subscriber.id}`);
          end('closed');
        },
        onEnded(listener) {
          if (!subscriber.closed) listeners.push(listener);
        },
      };
      const { listeners, end } = sessionEnder(subscriber, () => subscribers.delete(subscriber.id));
      subscribers.set(subscriber.id, subscriber);
      return subscriber;
    },

    async kick(key, participantKey) {
      calls.push(`kick:${key}:${participantKey}`);
      requireReady();
      kicked.push(`${key}:${participantKey}`);
      for (const session of handlesOf(key, participantKey)) endings.get(session.id)?.('closed');
    },

    async setRecording(key, on) {
      calls.push(`setRecording:${key}:${on ? 'on' : 'off'}`);
      requireRoom(key);
      recording.set(key, on);
    },

    async recordingFiles(key) {
      calls.push(`recordingFiles:${key}`);
      requireReady();
      return (files.get(key) ?? []).map((f) => ({ ...f }));
    },

    async removeRecordings(key) {
      calls.push(`removeRecordings:${key}`);
      requireReady();
      files.delete(key);
    },

    addRecordingFile(key, file) {
      files.set(key, [...(files.get(key) ?? []), { ...file }]);
    },

    endSession(id, reason) {
      endings.get(id)?.(reason);
    },

    endAll(reason) {
      for (const end of [...endings.values()]) end(reason);
    },
  };
  return rooms;
}
