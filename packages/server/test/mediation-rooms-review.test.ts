import type { RoomView } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addParticipant, SYSTEM } from '../src/modules/mediation-rooms/room-participation';
import { RoomsReconciler } from '../src/modules/mediation-rooms/rooms-reconciler';
import { newId, nowIso } from '../src/platform/ids';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import { insertDispute, insertOpenMediation } from './support/dispute-rows';
import { fakeRoomSdp } from './support/fake-media-rooms';
import type { FakeMediaServer } from './support/fake-media-server';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { withJoinToken } from './support/room-join-token';
import { createTestApp, type TestApp } from './support/test-app';

/** Attacks on the room core found in the issue #12 review, each kept as the test that failed before its fix. */
describe.each(testDialects())('online mediation rooms under review on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let officer: Session;
  let cadre: Session;
  let otherCadre: Session;
  const OFFER = () => ({ offer: fakeRoomSdp('offer', ['audio', 'video']) });
  const roomCalls = () =>
    media.calls.filter((call) => /^(createRoom|publish|subscribe|roomAnswer|update|kick|setRecording):/.test(call));
  const addParty = (roomId: string, name: string) =>
    inUnitOfWork(t.deps, SYSTEM, (uow) =>
      addParticipant(
        uow,
        { id: roomId },
        { accountId: null, partyId: null, displayName: name, kind: 'party', joinMethod: 'link', status: 'waiting' },
      ),
    );

  const send = async (s: Session, url: string, payload: object = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: s.headers(),
      payload: await withJoinToken(t.app, url, s.headers(), payload),
    });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const participantRow = (id: string) =>
    t.deps.db.selectFrom('mediation_room_participants').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function openMediation(): Promise<{ disputeId: string; mediationId: string }> {
    const dispute = await insertDispute(t.deps.db, town.duanjiang, '2026-11-20T02:00:00.000Z');
    const mediationId = await insertOpenMediation(t.deps.db, dispute, nowIso(new Date(Date.now() - 3_600_000)));
    return { disputeId: dispute.id, mediationId };
  }

  async function openRoom(): Promise<{ room: RoomView; disputeId: string; mediationId: string }> {
    const { disputeId, mediationId } = await openMediation();
    const res = await send(officer, `/api/v1/mediations/${mediationId}/rooms`);
    expect(res.statusCode, res.body).toBe(201);
    return { room: res.json() as RoomView, disputeId, mediationId };
  }

  async function join(s: Session, roomId: string): Promise<RoomView> {
    const res = await send(s, `/api/v1/mediation-rooms/${roomId}/join`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as RoomView;
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'officer', 'officer', town.town.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.duanjiang.id);
    await createAccount(t.deps, 'cadre2', 'village_cadre', town.shuangping.id);
    officer = await loginAs(t.app, 'officer');
    cadre = await loginAs(t.app, 'cadre');
    otherCadre = await loginAs(t.app, 'cadre2');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers a removal and a leave that committed as done when the media server is down at the kick', async () => {
    const { room } = await openRoom();
    await join(officer, room.id);
    const cadreId = (await join(cadre, room.id)).me?.participantId as string;
    media.setState('unreachable');
    try {
      const removed = await send(officer, `/api/v1/mediation-rooms/${room.id}/participants/${cadreId}/remove`);
      expect(removed.statusCode, removed.body).toBe(200);
      expect((await participantRow(cadreId)).status).toBe('removed');
      const left = await send(officer, `/api/v1/mediation-rooms/${room.id}/media/leave`);
      expect(left.statusCode, left.body).toBe(204);
    } finally {
      media.setState('ready');
    }
  });

  it('writes one session for two closes at once, and refuses a join racing the close or after it', async () => {
    const { room, mediationId } = await openRoom();
    await join(officer, room.id);
    const body = { outcome: 'agreement', record: '双方同意' };
    const [a, b, late] = await Promise.all([
      send(officer, `/api/v1/mediation-rooms/${room.id}/close`, body),
      send(officer, `/api/v1/mediation-rooms/${room.id}/close`, body),
      send(cadre, `/api/v1/mediation-rooms/${room.id}/join`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 410]);
    expect([200, 410]).toContain(late.statusCode);
    const sessions = await t.deps.db
      .selectFrom('mediation_sessions')
      .select('id')
      .where('mediation_id', '=', mediationId)
      .execute();
    expect(sessions.length).toBe(1);
    const after = await send(cadre, `/api/v1/mediation-rooms/${room.id}/join`);
    expect(after.statusCode).toBe(410);
    expect(after.json().error.code).toBe('ROOM_CLOSED');
  });

  it('subscribes to no feed of another room, and asks the media server nothing for one', async () => {
    const first = await openRoom();
    const second = await openRoom();
    await join(officer, first.room.id);
    await join(officer, second.room.id);
    const published = await send(officer, `/api/v1/mediation-rooms/${first.room.id}/media/publish`, OFFER());
    expect(published.statusCode, published.body).toBe(200);
    const { feedId } = published.json() as { feedId: string };
    const before = roomCalls().length;
    const res = await send(officer, `/api/v1/mediation-rooms/${second.room.id}/media/subscribe`, { feedIds: [feedId] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ offer: null });
    expect(roomCalls().length).toBe(before);
  });

  it('refuses session descriptions that are too large or of the wrong type with 400, before the media server', async () => {
    const { room } = await openRoom();
    await join(officer, room.id);
    const before = roomCalls().length;
    const url = `/api/v1/mediation-rooms/${room.id}/media/publish`;
    for (const offer of [
      { type: 'offer', sdp: 'x'.repeat(200_001) },
      { type: 'answer', sdp: 'v=0' },
      { type: 'rollback', sdp: 'v=0' },
      { type: 'offer', sdp: '' },
      { type: 'offer', sdp: 12 },
    ]) {
      const res = await send(officer, url, { offer });
      expect(res.statusCode, JSON.stringify(offer).slice(0, 40)).toBe(400);
    }
    const huge = await send(officer, url, { offer: { type: 'offer', sdp: 'x'.repeat(1_100_000) } });
    expect(huge.statusCode).toBe(413);
    const answer = await send(officer, `/api/v1/mediation-rooms/${room.id}/media/answer`, {
      jsep: { type: 'answer', sdp: 'x'.repeat(200_001) },
    });
    expect(answer.statusCode).toBe(400);
    expect(roomCalls().length).toBe(before);
  });

  it("shows a cadre neither the record nor parties' names, in the dispute's rooms and in the poll", async () => {
    const { room, disputeId } = await openRoom();
    await join(officer, room.id);
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/mediation-rooms/${room.id}/record`,
      headers: officer.headers(),
      payload: { record: '笔录：王德明称对方拖欠工资' },
    });
    const party = await addParty(room.id, '王德明');
    await send(officer, `/api/v1/mediation-rooms/${room.id}/participants/${party.id}/admit`);
    const cadreId = (await join(cadre, room.id)).me?.participantId as string;
    await send(officer, `/api/v1/mediation-rooms/${room.id}/participants/${cadreId}/admit`);
    for (const res of [
      await get(cadre, `/api/v1/disputes/${disputeId}/rooms`),
      await get(cadre, `/api/v1/mediation-rooms/${room.id}`),
      await get(cadre, `/api/v1/mediation-rooms/${room.id}/state`),
      await get(cadre, '/api/v1/mediation-rooms?limit=50'),
    ]) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain('王德明');
      expect(res.body).not.toContain('拖欠');
    }
    // Another village's cadre: the dispute's rooms answer as for a dispute that does not exist.
    const missing = await get(otherCadre, `/api/v1/disputes/${newId()}/rooms`);
    const other = await get(otherCadre, `/api/v1/disputes/${disputeId}/rooms`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
  });

  it('answers every room route of a room out of reach exactly like a missing room', async () => {
    const { room } = await openRoom();
    await join(officer, room.id);
    const party = await addParty(room.id, '李春林');
    const before = roomCalls().length;
    const probe = async (id: string) => [
      await get(otherCadre, `/api/v1/mediation-rooms/${id}`),
      await get(otherCadre, `/api/v1/mediation-rooms/${id}/state`),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/join`),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/participants/${party.id}/admit`),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/participants/${party.id}/remove`),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/media/publish`, OFFER()),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/media/subscribe`, { feedIds: [] }),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/media/answer`, { jsep: { type: 'answer', sdp: 'v=0' } }),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/media/leave`),
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/mediation-rooms/${id}/record`,
        headers: otherCadre.headers(),
        payload: { record: 'x' },
      }),
      await send(otherCadre, `/api/v1/mediation-rooms/${id}/close`, { outcome: 'agreement', record: '' }),
    ];
    const outOfReach = await probe(room.id);
    const missing = await probe(newId());
    outOfReach.forEach((res, i) => {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json()).toEqual(missing[i]?.json());
    });
    expect(roomCalls().length).toBe(before);
  });

  it('answers 503 when the media server is down at publish and writes no feed; a close still closes', async () => {
    const { room } = await openRoom();
    await join(officer, room.id);
    media.setState('unreachable');
    try {
      const res = await send(officer, `/api/v1/mediation-rooms/${room.id}/media/publish`, OFFER());
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('MEDIA_UNAVAILABLE');
      const row = await t.deps.db
        .selectFrom('mediation_rooms')
        .selectAll()
        .where('id', '=', room.id)
        .executeTakeFirstOrThrow();
      expect(row.media_started_at).toBeNull();
      const closed = await send(officer, `/api/v1/mediation-rooms/${room.id}/close`, {
        outcome: 'adjourned',
        record: '',
      });
      expect(closed.statusCode, closed.body).toBe(200);
    } finally {
      media.setState('ready');
    }
  });

  it('leaves a participant removed during his publish without a publisher', async () => {
    const { room } = await openRoom();
    await join(officer, room.id);
    const cadreId = (await join(cadre, room.id)).me?.participantId as string;
    await send(officer, `/api/v1/mediation-rooms/${room.id}/participants/${cadreId}/admit`);
    const rooms = media.rooms;
    const publish = rooms.publish.bind(rooms);
    // The removal commits while the media server is answering the publish.
    rooms.publish = async (key, participantKey, offer, joinToken) => {
      const session = await publish(key, participantKey, offer, joinToken);
      const removed = await send(officer, `/api/v1/mediation-rooms/${room.id}/participants/${cadreId}/remove`);
      expect(removed.statusCode, removed.body).toBe(200);
      return session;
    };
    try {
      const res = await send(cadre, `/api/v1/mediation-rooms/${room.id}/media/publish`, OFFER());
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('ROOM_NOT_ADMITTED');
    } finally {
      rooms.publish = publish;
    }
    expect([...rooms.publishers.values()].filter((p) => p.participantKey === cadreId)).toEqual([]);
    expect((await participantRow(cadreId)).feed_id).toBeNull();
  });

  it('opens one room for two opens at once and leaves no media-server room for the refused one', async () => {
    const { mediationId } = await openMediation();
    const created = new Set(media.rooms.roomsCreated.keys());
    const opens = await Promise.all([1, 2].map(() => send(officer, `/api/v1/mediations/${mediationId}/rooms`)));
    expect(opens.map((res) => res.statusCode).sort()).toEqual([201, 409]);
    const room = opens.find((res) => res.statusCode === 201)?.json() as RoomView;
    const added = [...media.rooms.roomsCreated.keys()].filter((key) => !created.has(key));
    expect(added).toEqual([room.id]);
  });

  it('keeps a media-server room whose row is still being written through a reconciler run', async () => {
    const { mediationId } = await openMediation();
    const rooms = media.rooms;
    const createRoom = rooms.createRoom.bind(rooms);
    const reconciler = new RoomsReconciler(t.deps);
    await reconciler.run();
    // A run starting while the row is uncommitted (on SQLite it waits for the commit, on PostgreSQL it does not).
    let run: Promise<{ destroyed: number }> | null = null;
    rooms.createRoom = async (key, options) => {
      await createRoom(key, options);
      run = reconciler.run();
    };
    try {
      const res = await send(officer, `/api/v1/mediations/${mediationId}/rooms`);
      expect(res.statusCode, res.body).toBe(201);
      const id = (res.json() as RoomView).id;
      expect((await (run as Promise<{ destroyed: number }> | null))?.destroyed).toBe(0);
      expect(rooms.roomsCreated.has(id)).toBe(true);
      expect((await reconciler.run()).destroyed).toBe(0);
      expect(rooms.roomsCreated.has(id)).toBe(true);
    } finally {
      rooms.createRoom = createRoom;
    }
  });

  it('writes the online session when the mediation ended while its room was open (agreement made effective)', async () => {
    const { room, mediationId } = await openRoom();
    await join(officer, room.id);
    const published = await send(officer, `/api/v1/mediation-rooms/${room.id}/media/publish`, OFFER());
    expect(published.statusCode, published.body).toBe(200);
    // What an agreement made effective during the room does to its mediation (agreements.service.ts).
    await t.deps.db
      .updateTable('mediations')
      .set({ status: 'agreed', ended_at: nowIso() })
      .where('id', '=', mediationId)
      .execute();
    const closed = await send(officer, `/api/v1/mediation-rooms/${room.id}/close`, {
      outcome: 'agreement',
      record: '双方当场达成协议',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const sessions = await t.deps.db
      .selectFrom('mediation_sessions')
      .selectAll()
      .where('mediation_id', '=', mediationId)
      .execute();
    expect(sessions.map((row) => [row.mode, row.record])).toEqual([['online', '双方当场达成协议']]);
    expect((closed.json() as RoomView).sessionId).toBe(sessions[0]?.id);
  });
});
