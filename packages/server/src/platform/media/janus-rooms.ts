import crypto from 'node:crypto';
import type { JanodeSession } from 'janode';
import VideoRoomPlugin, { type VideoRoomHandle } from 'janode/plugins/videoroom';
import { messageOf, secret, withTimeout } from './janus-calls';
import { hangUp, JanusPublisher, JanusSubscriber, type RoomHandleSession } from './janus-room-sessions';
import type { MediaRooms } from './media-rooms';
import { type Jsep, MediaUnavailableError } from './media-server';
import {
  listRecordingFiles,
  noteFeed,
  type RoomPlan,
  readRoomPlan,
  removeRecordingFiles,
  removeRoomPlan,
  roomFolder,
  writeRoomPlan,
} from './room-folders';

/** What marks a Janus room as this app's (listRooms): `fengqiao:<key>`. */
export const ROOM_DESCRIPTION_PREFIX = 'fengqiao:';
/** A subscription may name a feed whose WebRTC is still coming up: it waits this long for it, then leaves it out. */
const FEED_WAIT_MS = 3_000;
const FEED_POLL_MS = 150;
/** janus_videoroom.c's error code for "no such room". */
const NO_SUCH_ROOM = 426;

export interface JanusRooms extends MediaRooms {
  /** The connection dropped: every publisher and subscriber has ended with it (media_error). */
  connectionLost(): void;
  /** A new session after a (re)connection: rooms this process made and Janus forgot (a restart) are made again. */
  restore(session: JanodeSession): Promise<void>;
  /** Hangs up every publisher and subscriber (the app stops); the rooms stay for the next process to adopt. */
  closeSessions(): Promise<void>;
}

export interface JanusRoomsOptions {
  /** The app's Janus session once connected; MediaUnavailableError when Janus does not answer. */
  session: () => Promise<JanodeSession>;
  recordingsDir: string;
  timeoutMs: number;
}

/**
 * The videoroom half of the Janus adapter. Rooms are not permanent, carry a random numeric id, secret and pin that
 * stay in this process and in the room's folder (room-folders.ts), record into that folder, and take VP8 and Opus
 * only (what every browser sends). Each participant has at most one publisher handle and one multistream subscriber
 * handle; a new one replaces the old (a reconnect). Management requests go through one control handle per session.
 */
export function createJanusRooms(options: JanusRoomsOptions): JanusRooms {
  const bounded = <T>(request: Promise<T>) => withTimeout(request, options.timeoutMs);
  const plans = new Map<string, RoomPlan>();
  const recording = new Map<string, boolean>();
  const sessions = new Map<string, RoomHandleSession>();
  const pending = new Map<string, Promise<void>>();
  let control: { session: JanodeSession; handle: Promise<VideoRoomHandle> } | undefined;

  const folderOf = (key: string) => roomFolder(options.recordingsDir, key);

  const controlHandle = async (): Promise<VideoRoomHandle> => {
    const session = await options.session();
    if (control?.session !== session) {
      const handle = bounded(session.attach(VideoRoomPlugin));
      control = { session, handle };
      handle.catch(() => {
        if (control?.handle === handle) control = undefined;
      });
    }
    return control.handle.catch((error: unknown) => {
      throw new MediaUnavailableError(`the media server refused a room handle: ${messageOf(error)}`);
    });
  };

  /** The plan this process made, or one a previous process left in the room's folder. */
  const planOf = (key: string): RoomPlan | undefined => {
    const known = plans.get(key);
    if (known) return known;
    const saved = readRoomPlan(folderOf(key));
    if (saved) plans.set(key, saved);
    return saved;
  };

  const requirePlan = (key: string): RoomPlan => {
    const plan = planOf(key);
    if (!plan) throw new MediaUnavailableError(`no media room ${key}`);
    return plan;
  };

  /**
   * Turns on the room's allowed list, empty: Janus then refuses any publisher join without a token listed, and the
   * adapter lists one only for the single join the app has just admitted (publish). Subscribers are not checked by
   * Janus; they reach only feeds the app passes, with the room's pin that never leaves this process.
   */
  const requireTokens = async (handle: VideoRoomHandle, plan: RoomPlan) => {
    await bounded(handle.allow({ room: plan.id, action: 'enable', secret: plan.secret }));
  };

  /** Adds or removes one join token on the room's allowed list. */
  const allowToken = async (plan: RoomPlan, action: 'add' | 'remove', token: string) => {
    const handle = await controlHandle();
    await bounded(handle.allow({ room: plan.id, action, list: [token], secret: plan.secret }));
  };

  const makeRoom = async (handle: VideoRoomHandle, key: string, plan: RoomPlan, record: boolean) => {
    await bounded(
      handle.create({
        room: plan.id,
        description: `${ROOM_DESCRIPTION_PREFIX}${key}`,
        max_publishers: plan.maxPublishers,
        permanent: false,
        // Listed (to the app only: Janus's API is on localhost behind the API secret) so the reconciler finds it;
        // joining still needs the pin, managing the secret.
        is_private: false,
        secret: plan.secret,
        pin: plan.pin,
        audiocodec: 'opus',
        videocodec: 'vp8',
        // The browsers compute the active speaker themselves; Janus's talking events would only add traffic.
        talking_events: false,
        notify_joining: false,
        record,
        rec_dir: folderOf(key),
      }),
    );
    try {
      await requireTokens(handle, plan);
    } catch (error) {
      // A room open to any publisher with the pin must not stay: it goes, and the caller sees the failure.
      await bounded(handle.destroy({ room: plan.id, secret: plan.secret, permanent: false })).catch(() => undefined);
      throw error;
    }
  };

  const create = async (key: string, maxPublishers: number) => {
    const handle = await controlHandle();
    const known = planOf(key);
    if (known) {
      const found = await bounded(handle.exists({ room: known.id })).catch(() => ({ exists: false }));
      if (found.exists) {
        // A room adopted from a previous process, perhaps made before rooms checked tokens.
        await requireTokens(handle, known).catch((error: unknown) => {
          throw new MediaUnavailableError(`the media server refused the room's allowed list: ${messageOf(error)}`);
        });
        return;
      }
    }
    const plan: RoomPlan = known ?? {
      id: crypto.randomInt(1, 2 ** 47),
      secret: secret(),
      pin: secret(),
      maxPublishers,
    };
    // The plan is written before Janus makes the room: should this process die in between, the next one can
    // still remove the room (the reconciler), since only the plan holds its secret.
    writeRoomPlan(folderOf(key), plan);
    try {
      await makeRoom(handle, key, plan, false);
    } catch (error) {
      if (!known) removeRoomPlan(folderOf(key));
      plans.delete(key);
      throw new MediaUnavailableError(`the media server refused the room: ${messageOf(error)}`);
    }
    plans.set(key, plan);
    recording.set(key, false);
  };

  const sessionsOf = (key: string, participantKey?: string) =>
    [...sessions.values()].filter(
      (s) => s.key === key && (participantKey === undefined || s.participantKey === participantKey),
    );

  /** The requested feeds Janus has publishing in the room now, waiting a little for those still joining. */
  const publishingFeeds = async (plan: RoomPlan, feedIds: readonly string[]): Promise<string[]> => {
    const wanted = [...new Set(feedIds)];
    const until = Date.now() + FEED_WAIT_MS;
    for (;;) {
      const handle = await controlHandle();
      const { participants } = await bounded(handle.listParticipants({ room: plan.id })).catch((error: unknown) => {
        throw new MediaUnavailableError(`the media server could not list the room: ${messageOf(error)}`);
      });
      const publishing = new Set(participants.filter((p) => p.publisher).map((p) => String(p.feed)));
      const present = new Set(participants.map((p) => String(p.feed)));
      const joining = wanted.filter((feed) => present.has(feed) && !publishing.has(feed));
      if (joining.length === 0 || Date.now() >= until) return wanted.filter((feed) => publishing.has(feed));
      await new Promise((resolve) => setTimeout(resolve, FEED_POLL_MS));
    }
  };

  const attach = async (session: JanodeSession, what: string): Promise<VideoRoomHandle> =>
    bounded(session.attach(VideoRoomPlugin)).catch((error: unknown) => {
      throw new MediaUnavailableError(`the media server refused a ${what}: ${messageOf(error)}`);
    });

  const rooms: JanusRooms = {
    async createRoom(key, { maxPublishers }) {
      if (!Number.isInteger(maxPublishers) || maxPublishers < 1) {
        throw new MediaUnavailableError(`a room takes at least one publisher, not ${maxPublishers}`);
      }
      folderOf(key);
      // One key's room is made once even when two requests ask at the same moment.
      const next = (pending.get(key) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => create(key, maxPublishers));
      const tracked = next.finally(() => {
        if (pending.get(key) === tracked) pending.delete(key);
      });
      pending.set(key, tracked);
      await tracked;
    },

    async destroyRoom(key) {
      const folder = folderOf(key);
      for (const session of sessionsOf(key)) await session.close();
      const plan = planOf(key);
      if (!plan) return;
      const handle = await controlHandle();
      try {
        await bounded(handle.destroy({ room: plan.id, secret: plan.secret, permanent: false }));
      } catch (error) {
        if (janusCode(error) !== NO_SUCH_ROOM) {
          throw new MediaUnavailableError(`the media server did not remove the room: ${messageOf(error)}`);
        }
      }
      plans.delete(key);
      recording.delete(key);
      removeRoomPlan(folder);
    },

    async listRooms() {
      const handle = await controlHandle();
      const { list } = await bounded(handle.list()).catch((error: unknown) => {
        throw new MediaUnavailableError(`the media server could not list its rooms: ${messageOf(error)}`);
      });
      return list.flatMap((room) =>
        room.description?.startsWith(ROOM_DESCRIPTION_PREFIX)
          ? [room.description.slice(ROOM_DESCRIPTION_PREFIX.length)]
          : [],
      );
    },

    async publish(key, participantKey, offer, joinToken) {
      const folder = folderOf(key);
      const plan = requirePlan(key);
      if (offer.type !== 'offer') throw new MediaUnavailableError('the browser must send an offer');
      for (const old of sessionsOf(key, participantKey)) if (old instanceof JanusPublisher) await old.close();
      // Janus counts only publishers whose media flows: the adapter counts those it let in, so a room never holds
      // more than its maximum, even while their connections come up.
      const publishing = sessionsOf(key).filter((s) => s instanceof JanusPublisher).length;
      if (publishing >= plan.maxPublishers) {
        throw new MediaUnavailableError(`the media room is full (${plan.maxPublishers} publishers)`);
      }
      const handle = await attach(await options.session(), 'publisher');
      let feedId: string;
      let answer: Jsep;
      try {
        // The token is on the allowed list only for this join: Janus accepts this participant once, as the app did.
        await allowToken(plan, 'add', joinToken);
        try {
          const joined = await bounded(
            handle.joinConfigurePublisher({
              room: plan.id,
              pin: plan.pin,
              display: participantKey,
              token: joinToken,
              jsep: { type: 'offer', sdp: offer.sdp },
            }),
          );
          if (joined.jsep?.type !== 'answer') throw new Error('no answer in the join reply');
          feedId = String(joined.feed);
          answer = { type: 'answer', sdp: joined.jsep.sdp };
        } finally {
          await allowToken(plan, 'remove', joinToken).catch(() => undefined);
        }
      } catch (error) {
        await hangUp(handle, options.timeoutMs);
        throw new MediaUnavailableError(`the media server refused the publisher: ${messageOf(error)}`);
      }
      noteFeed(folder, feedId, participantKey);
      const publisher = new JanusPublisher(key, participantKey, feedId, answer, handle, options.timeoutMs, forget);
      sessions.set(publisher.id, publisher);
      return publisher;
    },

    async subscribe(key, participantKey, feedIds) {
      const plan = requirePlan(key);
      for (const old of sessionsOf(key, participantKey)) if (old instanceof JanusSubscriber) await old.close();
      const feeds = await publishingFeeds(plan, feedIds);
      if (feeds.length === 0) throw new MediaUnavailableError('none of these feeds is published in the room');
      const handle = await attach(await options.session(), 'subscriber');
      let offer: Jsep;
      try {
        const joined = await bounded(
          handle.joinSubscriber({
            room: plan.id,
            pin: plan.pin,
            streams: feeds.map((feed) => ({ feed: Number(feed) })),
            // A publisher that leaves must not make Janus send an offer on its own: the browser only ever gets
            // offers as replies to its own requests (subscribe, update).
            autoupdate: false,
            // Each remote stream's id is then the publisher's feed id: the page knows whose tile a track is.
            use_msid: true,
          }),
        );
        if (joined.jsep?.type !== 'offer') throw new Error('no offer in the join reply');
        offer = { type: 'offer', sdp: joined.jsep.sdp };
      } catch (error) {
        await hangUp(handle, options.timeoutMs);
        throw new MediaUnavailableError(`the media server refused the subscriber: ${messageOf(error)}`);
      }
      const subscriber = new JanusSubscriber(key, participantKey, offer, feeds, handle, options.timeoutMs, forget, {
        publishing: (requested) => publishingFeeds(plan, requested),
      });
      sessions.set(subscriber.id, subscriber);
      return subscriber;
    },

    async kick(key, participantKey) {
      for (const session of sessionsOf(key, participantKey)) await session.close();
      const plan = planOf(key);
      if (!plan) return;
      // A publisher this process holds no handle for (one of a previous process, still in the room) goes too.
      const handle = await controlHandle();
      const { participants } = await bounded(handle.listParticipants({ room: plan.id })).catch(() => ({
        participants: [],
      }));
      for (const participant of participants) {
        if (participant.display !== participantKey) continue;
        await bounded(handle.kick({ room: plan.id, feed: participant.feed, secret: plan.secret })).catch(
          () => undefined,
        );
      }
    },

    async setRecording(key, on) {
      const plan = requirePlan(key);
      const handle = await controlHandle();
      await bounded(handle.enable_recording({ room: plan.id, secret: plan.secret, record: on })).catch(
        (error: unknown) => {
          throw new MediaUnavailableError(`the media server did not switch recording: ${messageOf(error)}`);
        },
      );
      recording.set(key, on);
    },

    async recordingFiles(key) {
      return listRecordingFiles(folderOf(key));
    },

    async removeRecordings(key) {
      removeRecordingFiles(folderOf(key));
    },

    connectionLost() {
      control = undefined;
      for (const session of [...sessions.values()]) session.end('media_error');
    },

    async restore(session) {
      const handle = await bounded(session.attach(VideoRoomPlugin));
      control = { session, handle: Promise.resolve(handle) };
      for (const [key, plan] of plans) {
        const found = await bounded(handle.exists({ room: plan.id })).catch(() => ({ exists: true }));
        if (!found.exists) await makeRoom(handle, key, plan, recording.get(key) ?? false).catch(() => undefined);
      }
    },

    async closeSessions() {
      for (const session of [...sessions.values()]) await session.close();
    },
  };

  function forget(id: string) {
    sessions.delete(id);
  }

  return rooms;
}

/** Janus's numeric error code from a janode plugin error (`_code`), if any. */
function janusCode(error: unknown): number | undefined {
  const code = (error as { _code?: unknown } | null)?._code;
  return typeof code === 'number' ? code : undefined;
}
