import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaRooms, RoomSessionEndReason } from '../src/platform/media/media-rooms';
import { MediaUnavailableError } from '../src/platform/media/media-server';
import { createNotConfiguredMediaServer } from '../src/platform/media/not-configured';
import { createFakeMediaServer } from './support/fake-media-server';
import { type RealJanus, realMediaAvailable, startRealJanus } from './support/real-janus';
import { newJoinToken } from './support/room-join-token';
import { answerTo, browserLikeOffer, type RemotePublisher, startRemotePublisher } from './support/room-media';

/** The rooms under test, and a way to get a feed that publishes media (Janus: only such feeds can be subscribed). */
interface Harness {
  rooms: MediaRooms;
  publishingFeed(key: string, participantKey: string): Promise<string>;
  stop(): Promise<void>;
}

function fakeHarness(): Harness {
  const media = createFakeMediaServer();
  return {
    rooms: media.rooms,
    publishingFeed: async (key, participantKey) =>
      (await media.rooms.publish(key, participantKey, browserLikeOffer(), newJoinToken())).feedId,
    stop: () => media.close(),
  };
}

async function janusHarness(): Promise<Harness> {
  const real: RealJanus = await startRealJanus();
  const media = await real.connect();
  const remotes: RemotePublisher[] = [];
  return {
    rooms: media.rooms,
    async publishingFeed(key, participantKey) {
      const remote = await startRemotePublisher(real, key, participantKey);
      remotes.push(remote);
      return remote.feedId;
    },
    async stop() {
      for (const remote of remotes) await remote.stop();
      await real.stop();
    },
  };
}

const harnesses: [string, () => Promise<Harness>][] = [['the in-memory fake', async () => fakeHarness()]];
if (realMediaAvailable()) harnesses.push(['Janus', janusHarness]);

/**
 * The same rules on the fake the other slices test with and on the Janus adapter: a test that passes on the fake
 * means the same on the real media server.
 */
describe.each(harnesses)('media rooms behave alike (%s)', (_name, start) => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  }, 30_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('makes a room once per key and removes it idempotently', async () => {
    await h.rooms.createRoom('k-create', { maxPublishers: 3 });
    await h.rooms.createRoom('k-create', { maxPublishers: 3 });
    expect((await h.rooms.listRooms()).filter((k) => k === 'k-create')).toHaveLength(1);
    await h.rooms.destroyRoom('k-create');
    await h.rooms.destroyRoom('k-create');
    expect(await h.rooms.listRooms()).not.toContain('k-create');
  });

  it('refuses media in a room it does not have', async () => {
    await expect(h.rooms.publish('k-none', 'p1', browserLikeOffer(), newJoinToken())).rejects.toBeInstanceOf(
      MediaUnavailableError,
    );
    await expect(h.rooms.subscribe('k-none', 'p1', ['1'])).rejects.toBeInstanceOf(MediaUnavailableError);
    await expect(h.rooms.setRecording('k-none', true)).rejects.toBeInstanceOf(MediaUnavailableError);
  });

  it("holds at most maxPublishers, replaces a participant's publisher on republish, and a kick ends its sessions", async () => {
    await h.rooms.createRoom('k-full', { maxPublishers: 2 });
    const a = await h.rooms.publish('k-full', 'pa', browserLikeOffer(), newJoinToken());
    const ended: RoomSessionEndReason[] = [];
    a.onEnded((reason) => ended.push(reason));
    const again = await h.rooms.publish('k-full', 'pa', browserLikeOffer(), newJoinToken());
    expect(ended).toEqual(['closed']);
    expect(again.answer.type).toBe('answer');
    await h.rooms.publish('k-full', 'pb', browserLikeOffer(), newJoinToken());
    await expect(h.rooms.publish('k-full', 'pc', browserLikeOffer(), newJoinToken())).rejects.toThrow(/full/);

    const kicked: RoomSessionEndReason[] = [];
    again.onEnded((reason) => kicked.push(reason));
    await h.rooms.kick('k-full', 'pa');
    expect(kicked).toEqual(['closed']);
    await h.rooms.publish('k-full', 'pc', browserLikeOffer(), newJoinToken());
    await h.rooms.destroyRoom('k-full');
  });

  it('subscribes only to published feeds, offers first, and takes an update only after the answer', async () => {
    await h.rooms.createRoom('k-sub', { maxPublishers: 4 });
    await expect(h.rooms.subscribe('k-sub', 'viewer', ['123456'])).rejects.toThrow(/none of these feeds/);
    const feed = await h.publishingFeed('k-sub', 'party');
    const subscriber = await h.rooms.subscribe('k-sub', 'viewer', [feed, '123456']);
    expect(subscriber.offer.type).toBe('offer');
    await expect(subscriber.update([])).rejects.toThrow(/not been answered/);
    await subscriber.answer(answerTo(subscriber.offer));
    await expect(subscriber.answer(answerTo(subscriber.offer))).rejects.toThrow(/no offer/);
    expect(await subscriber.update([feed])).toBeNull();
    const offer = await subscriber.update([]);
    expect(offer?.type).toBe('offer');

    const ended: RoomSessionEndReason[] = [];
    subscriber.onEnded((reason) => ended.push(reason));
    await h.rooms.destroyRoom('k-sub');
    expect(ended).toEqual(['closed']);
  }, 20_000);

  it('switches recording on and off in a room it has', async () => {
    await h.rooms.createRoom('k-rec', { maxPublishers: 2 });
    await h.rooms.setRecording('k-rec', true);
    await h.rooms.setRecording('k-rec', false);
    expect(await h.rooms.recordingFiles('k-rec')).toEqual([]);
    await h.rooms.destroyRoom('k-rec');
  });
});

describe('media rooms without a media server', () => {
  it('on the fake set to not configured, list no room either, and refuse the rest', async () => {
    const fake = createFakeMediaServer();
    fake.setState('not_configured');
    expect(await fake.rooms.listRooms()).toEqual([]);
    await expect(fake.rooms.createRoom('k', { maxPublishers: 2 })).rejects.toMatchObject({ reason: 'not_configured' });
    expect(fake.rooms.roomsCreated.size).toBe(0);
  });

  it('refuse every act as not configured, and list no room', async () => {
    const { rooms } = createNotConfiguredMediaServer();
    expect(await rooms.listRooms()).toEqual([]);
    const refusals = [
      rooms.createRoom('k', { maxPublishers: 2 }),
      rooms.destroyRoom('k'),
      rooms.publish('k', 'p', browserLikeOffer(), newJoinToken()),
      rooms.subscribe('k', 'p', ['1']),
      rooms.kick('k', 'p'),
      rooms.setRecording('k', true),
      rooms.recordingFiles('k'),
      rooms.removeRecordings('k'),
    ];
    for (const refusal of refusals) {
      await expect(refusal).rejects.toMatchObject({ name: 'MediaUnavailableError', reason: 'not_configured' });
    }
  });
});
