import type { RoomView } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { insertDispute, insertOpenMediation } from './support/dispute-rows';
import { fakeRoomSdp } from './support/fake-media-rooms';
import type { FakeMediaServer } from './support/fake-media-server';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const ANSWER = { type: 'answer' as const, sdp: 'v=0\r\n' };

/**
 * The browser's reconnect (web: use-room-media.ts): after a drop it rebuilds both connections, publishing first and
 * subscribing with a new receiving connection. The media server may not have noticed the drop (a silent network
 * loss reaches Janus late), so the subscription of the old connection must not be updated for the new one.
 */
describe.each(testDialects())('a participant reconnecting to a room on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let officer: Session;
  let aux: Session;

  const send = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'officer', 'officer', town.town.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.duanjiang.id);
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function openRoom(): Promise<string> {
    const dispute = await insertDispute(t.deps.db, town.duanjiang, '2026-11-20T02:00:00.000Z');
    const mediationId = await insertOpenMediation(t.deps.db, dispute, nowIso(new Date(Date.now() - 3_600_000)));
    const opened = await send(officer, `/api/v1/mediations/${mediationId}/rooms`);
    expect(opened.statusCode, opened.body).toBe(201);
    return (opened.json() as RoomView).id;
  }

  async function publish(s: Session, roomId: string): Promise<string> {
    const token = await send(s, `/api/v1/mediation-rooms/${roomId}/media/join-token`);
    expect(token.statusCode, token.body).toBe(200);
    const res = await send(s, `/api/v1/mediation-rooms/${roomId}/media/publish`, {
      offer: fakeRoomSdp('offer', ['audio', 'video']),
      joinToken: (token.json() as { joinToken: string }).joinToken,
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { feedId: string }).feedId;
  }

  it('gets a fresh subscription offer after publishing again, though the old subscription never ended', async () => {
    const roomId = await openRoom();
    await send(officer, `/api/v1/mediation-rooms/${roomId}/join`);
    const joined = (await send(aux, `/api/v1/mediation-rooms/${roomId}/join`)).json() as RoomView;
    const auxId = joined.me?.participantId as string;
    const officerFeed = await publish(officer, roomId);
    await publish(aux, roomId);
    const first = await send(aux, `/api/v1/mediation-rooms/${roomId}/media/subscribe`, { feedIds: [officerFeed] });
    expect(first.json().offer).not.toBeNull();
    expect((await send(aux, `/api/v1/mediation-rooms/${roomId}/media/answer`, { jsep: ANSWER })).statusCode).toBe(204);
    const live = () => [...media.rooms.subscribers.values()].filter((s) => s.participantKey === auxId && !s.closed);
    const old = live()[0];
    expect(old).toBeDefined();

    // The drop: the browser publishes again on a new connection, then asks for the same feeds.
    await publish(aux, roomId);
    const again = await send(aux, `/api/v1/mediation-rooms/${roomId}/media/subscribe`, { feedIds: [officerFeed] });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().offer).not.toBeNull();
    expect(old?.closed).toBe(true);
    expect(live()).toHaveLength(1);
    expect(live()[0]?.id).not.toBe(old?.id);
    expect((await send(aux, `/api/v1/mediation-rooms/${roomId}/media/answer`, { jsep: ANSWER })).statusCode).toBe(204);
    expect(live()[0]?.answered).toEqual(ANSWER);
  });
});
