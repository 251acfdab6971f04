import Janode from 'janode';
import VideoRoomPlugin from 'janode/plugins/videoroom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JanusMediaServer } from '../src/platform/media/janus-media-server';
import { readRoomPlan, roomFolder } from '../src/platform/media/room-folders';
import { type RealJanus, realMediaAvailable, startRealJanus } from './support/real-janus';
import { newJoinToken } from './support/room-join-token';
import { browserLikeOffer } from './support/room-media';

const available = realMediaAvailable();

/**
 * Issue #12: Janus itself accepts only a publisher the app just admitted. A client that knows the room's id and pin
 * (everything but the app's token) still cannot join as a publisher: the room's allowed list is on and empty, and
 * the adapter lists a token only for the one join it makes.
 */
describe.skipIf(!available)('join tokens on a real Janus (videoroom allowed list)', () => {
  let real: RealJanus;
  let media: JanusMediaServer;

  beforeAll(async () => {
    real = await startRealJanus();
    media = await real.connect();
  }, 30_000);
  afterAll(async () => {
    await real?.stop();
  });

  it('refuses a publisher join without a token or with one not listed, and one the adapter already used', async () => {
    await media.rooms.createRoom('room-t', { maxPublishers: 4 });
    const plan = readRoomPlan(roomFolder(real.janus.recordingsDir, 'room-t'));
    if (!plan) throw new Error('no room plan');
    const used = newJoinToken();
    const published = await media.rooms.publish('room-t', 'p-officer', browserLikeOffer(), used);
    expect(published.feedId).toMatch(/^\d+$/);

    const connection = await Janode.connect({ address: { url: real.janus.url, apisecret: real.janus.apiSecret } });
    const session = await connection.create();
    try {
      for (const token of [undefined, newJoinToken(), used]) {
        const intruder = await session.attach(VideoRoomPlugin);
        await expect(
          intruder.joinConfigurePublisher({
            room: plan.id,
            pin: plan.pin,
            display: 'intruder',
            ...(token === undefined ? {} : { token }),
            jsep: browserLikeOffer(),
          }),
        ).rejects.toThrow(/not in the allowed list/);
        await intruder.detach().catch(() => undefined);
      }
      const { participants } = await (await session.attach(VideoRoomPlugin)).listParticipants({ room: plan.id });
      expect(participants.map((p) => p.display)).toEqual(['p-officer']);
    } finally {
      await session.destroy();
      await connection.close();
      await media.rooms.destroyRoom('room-t');
    }
  });
});
