import type { RoomJoinToken, RoomView } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { fakeRoomSdp } from './support/fake-media-rooms';
import type { FakeMediaServer } from './support/fake-media-server';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import {
  admitGuest,
  closeGuestRoom,
  type GuestCase,
  joinGuestRoom,
  openGuestRoom,
  seedGuestCase,
} from './support/room-guest-fixtures';
import { newJoinToken } from './support/room-join-token';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Issue #12: the app decides who enters a room. Every publish needs a single-use join token the app issued to that
 * admitted participant in that room; a refused token never reaches the media server, and the media server (the
 * fake, like Janus's allowed list) refuses a join whose token the adapter did not list.
 */
describe.each(testDialects())('room join tokens on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let cadre: Session;
  let guestCase: GuestCase;
  const offer = () => fakeRoomSdp('offer', ['audio', 'video']);
  const mediaPublishes = () => media.calls.filter((call) => call.startsWith('publish:')).length;

  const post = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const tokenFor = async (s: Session, roomId: string): Promise<RoomJoinToken> => {
    const res = await post(s, `/api/v1/mediation-rooms/${roomId}/media/join-token`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as RoomJoinToken;
  };
  const publish = (s: Session, roomId: string, joinToken: string) =>
    post(s, `/api/v1/mediation-rooms/${roomId}/media/publish`, { offer: offer(), joinToken });
  const join = async (s: Session, roomId: string): Promise<RoomView> => {
    const res = await post(s, `/api/v1/mediation-rooms/${roomId}/join`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as RoomView;
  };
  /** A fresh room of the guest case's mediation (one open room per mediation), the officer in it. */
  const openRoom = async (): Promise<string> => {
    const open = await t.deps.db
      .selectFrom('mediation_rooms')
      .select('id')
      .where('mediation_id', '=', guestCase.mediationId)
      .where('status', '=', 'open')
      .execute();
    for (const room of open) await closeGuestRoom(t.app, chief, room.id);
    const roomId = await openGuestRoom(t.app, chief, guestCase);
    await joinGuestRoom(t.app, officer, roomId);
    return roomId;
  };
  /** The refusal's status and stable code. */
  const refusedQuietly = async (res: Awaited<ReturnType<typeof publish>>, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.town.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    cadre = await loginAs(t.app, 'cadre');
    guestCase = await seedGuestCase(t.deps, t.app, town, chief);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishes with the participant’s own token once, hands Janus that token and audits the join', async () => {
    const roomId = await openRoom();
    const issued = await tokenFor(officer, roomId);
    expect(issued.joinToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(50_000);
    const stored = await t.deps.db.selectFrom('mediation_room_join_tokens').selectAll().execute();
    expect(stored.some((row) => row.token_hash === issued.joinToken)).toBe(false);

    const res = await publish(officer, roomId, issued.joinToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(media.rooms.joinTokens.at(-1)).toBe(issued.joinToken);
    // The adapter's allowed list holds the token for the join only.
    expect(media.rooms.allowed.get(roomId)?.size).toBe(0);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'room.media.join')
      .where('target_id', '=', roomId)
      .execute();
    expect(audit.map((row) => row.username)).toEqual(['officer']);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ feedId: res.json().feedId });

    const before = mediaPublishes();
    await refusedQuietly(await publish(officer, roomId, issued.joinToken), 409, 'ROOM_JOIN_TOKEN_USED');
    expect(mediaPublishes()).toBe(before);
  });

  it('refuses a forged token, another participant’s, another room’s and an expired one before the media server', async () => {
    const roomId = await openRoom();
    const cadreId = (await join(cadre, roomId)).me?.participantId as string;
    await admitGuest(t.app, chief, roomId, cadreId);
    const cadresToken = (await tokenFor(cadre, roomId)).joinToken;
    const expired = (await tokenFor(officer, roomId)).joinToken;
    await t.deps.db
      .updateTable('mediation_room_join_tokens')
      .set({ expires_at: new Date(Date.now() - 1_000).toISOString() })
      .where('participant_id', '!=', cadreId)
      .where('room_id', '=', roomId)
      .execute();
    // Another room: a token of the officer's in a room of another mediation.
    const otherCase = await seedGuestCase(t.deps, t.app, town, chief, '邻里噪音纠纷');
    const otherRoom = await openGuestRoom(t.app, chief, otherCase);
    await joinGuestRoom(t.app, officer, otherRoom);
    const otherRoomsToken = (await tokenFor(officer, otherRoom)).joinToken;

    const before = mediaPublishes();
    const tokensBefore = media.rooms.joinTokens.length;
    for (const forged of [newJoinToken(), 'x', cadresToken, otherRoomsToken]) {
      await refusedQuietly(await publish(officer, roomId, forged), 403, 'ROOM_JOIN_TOKEN_INVALID');
    }
    await refusedQuietly(await publish(officer, roomId, expired), 410, 'ROOM_JOIN_TOKEN_EXPIRED');
    expect(mediaPublishes()).toBe(before);
    expect(media.rooms.joinTokens.length).toBe(tokensBefore);
    // The refusals used nothing up: the cadre's and the other room's tokens still work for their holders.
    expect((await publish(cadre, roomId, cadresToken)).statusCode).toBe(200);
    expect((await publish(officer, otherRoom, otherRoomsToken)).statusCode).toBe(200);
    await closeGuestRoom(t.app, chief, otherRoom);
  });

  it('gives no token to a waiting or removed participant nor in a closed room, and a token dies with admission', async () => {
    const roomId = await openRoom();
    const cadreId = (await join(cadre, roomId)).me?.participantId as string;
    const waiting = await post(cadre, `/api/v1/mediation-rooms/${roomId}/media/join-token`);
    await refusedQuietly(waiting, 403, 'ROOM_NOT_ADMITTED');
    await admitGuest(t.app, chief, roomId, cadreId);
    const token = (await tokenFor(cadre, roomId)).joinToken;
    const removed = await post(chief, `/api/v1/mediation-rooms/${roomId}/participants/${cadreId}/remove`);
    expect(removed.statusCode, removed.body).toBe(200);
    const before = mediaPublishes();
    await refusedQuietly(await publish(cadre, roomId, token), 403, 'ROOM_NOT_ADMITTED');
    await refusedQuietly(
      await post(cadre, `/api/v1/mediation-rooms/${roomId}/media/join-token`),
      403,
      'ROOM_NOT_ADMITTED',
    );
    const officersToken = (await tokenFor(officer, roomId)).joinToken;
    await closeGuestRoom(t.app, chief, roomId);
    await refusedQuietly(await publish(officer, roomId, officersToken), 410, 'ROOM_CLOSED');
    await refusedQuietly(await post(officer, `/api/v1/mediation-rooms/${roomId}/media/join-token`), 410, 'ROOM_CLOSED');
    expect(mediaPublishes()).toBe(before);
  });

  it('lets one of two publishes racing with one token in, and the other gets ROOM_JOIN_TOKEN_USED', async () => {
    const roomId = await openRoom();
    const { joinToken } = await tokenFor(officer, roomId);
    const before = mediaPublishes();
    const results = await Promise.all([publish(officer, roomId, joinToken), publish(officer, roomId, joinToken)]);
    expect(results.map((res) => res.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((res) => res.statusCode === 409)?.json().error.code).toBe('ROOM_JOIN_TOKEN_USED');
    expect(mediaPublishes()).toBe(before + 1);
  });

  it('reconnects after a hang-up with a new token, without a new invitation', async () => {
    const roomId = await openRoom();
    const first = await publish(officer, roomId, (await tokenFor(officer, roomId)).joinToken);
    expect(first.statusCode, first.body).toBe(200);
    const publisher = [...media.rooms.publishers.values()].find((p) => p.key === roomId);
    if (!publisher) throw new Error('no publisher');
    media.rooms.endSession(publisher.id, 'hangup');
    const again = await publish(officer, roomId, (await tokenFor(officer, roomId)).joinToken);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().feedId).not.toBe(first.json().feedId);
  });

  it('gives a guest tokens through the guest routes only while admitted, and audits the guest’s join', async () => {
    const roomId = await openRoom();
    const invited = await post(chief, `/api/v1/mediation-rooms/${roomId}/invitations`, {
      partyId: guestCase.partyIds[0],
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const entered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/room-guest/enter',
      payload: { token: invited.json().token },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const cookie = entered.cookies.find((c) => c.name === 'fq_room_guest')?.value;
    const { participantId, csrfToken } = entered.json() as { participantId: string; csrfToken: string };
    const guestPost = (url: string, payload: object = {}) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: `fq_room_guest=${cookie}`, 'x-room-guest-csrf': csrfToken },
        payload,
      });
    await refusedQuietly(await guestPost('/api/v1/room-guest/media/join-token'), 403, 'ROOM_NOT_ADMITTED');
    await admitGuest(t.app, chief, roomId, participantId);
    const issued = await guestPost('/api/v1/room-guest/media/join-token');
    expect(issued.statusCode, issued.body).toBe(200);
    const { joinToken } = issued.json() as RoomJoinToken;
    // The officer cannot use the guest's token.
    await refusedQuietly(await publish(officer, roomId, joinToken), 403, 'ROOM_JOIN_TOKEN_INVALID');
    const published = await guestPost('/api/v1/room-guest/media/publish', { offer: offer(), joinToken });
    expect(published.statusCode, published.body).toBe(200);
    const again = await guestPost('/api/v1/room-guest/media/publish', { offer: offer(), joinToken });
    await refusedQuietly(again, 409, 'ROOM_JOIN_TOKEN_USED');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'room.media.join')
      .where('target_id', '=', roomId)
      .execute();
    expect(audit.map((row) => row.username)).toEqual([`room-guest:${participantId}`]);
  });

  it('has the media server refuse a join whose token the adapter did not list, as Janus does', async () => {
    const roomId = await openRoom();
    await expect(media.rooms.publish(roomId, 'someone', offer(), '')).rejects.toThrow(/allowed list/);
    expect([...media.rooms.publishers.values()].some((p) => p.participantKey === 'someone')).toBe(false);
  });
});
