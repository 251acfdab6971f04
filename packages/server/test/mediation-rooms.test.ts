import { type Page, type RoomState, type RoomView, shanghaiDate, statsPeriodOf } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../src/app';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import type { DisputeRow } from '../src/modules/disputes/disputes.repository';
import { listSessionRows } from '../src/modules/disputes/mediations.repository';
import { addParticipant, SYSTEM } from '../src/modules/mediation-rooms/room-participation';
import { RoomsService } from '../src/modules/mediation-rooms/rooms.service';
import { RoomsReconciler } from '../src/modules/mediation-rooms/rooms-reconciler';
import { StatsService } from '../src/modules/statistics/stats.service';
import { scopeOf } from '../src/platform/access/access';
import { newId, nowIso } from '../src/platform/ids';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import { insertDispute, insertOpenMediation } from './support/dispute-rows';
import { fakeRoomSdp } from './support/fake-media-rooms';
import type { FakeMediaServer } from './support/fake-media-server';
import {
  callerWith,
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedSmallTown,
} from './support/fixtures';
import { withJoinToken } from './support/room-join-token';
import { createTestApp, type TestApp } from './support/test-app';

const ANSWER = { type: 'answer' as const, sdp: 'v=0\r\n' };

describe.each(testDialects())('online mediation rooms on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let officer: Session;
  let aux: Session;
  let cadre: Session;
  let otherCadre: Session;
  let otherTownOfficer: Session;
  let zzb: Session;
  const ids: Record<string, string> = {};

  const send = async (s: Session, url: string, payload: object = {}, method: 'POST' | 'PUT' = 'POST') =>
    t.app.inject({ method, url, headers: s.headers(), payload: await withJoinToken(t.app, url, s.headers(), payload) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string, targetId?: string) => {
    let query = t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action);
    if (targetId) query = query.where('target_id', '=', targetId);
    return query.orderBy('seq').execute();
  };
  const roomRow = (id: string) =>
    t.deps.db.selectFrom('mediation_rooms').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const roomCalls = () =>
    media.calls.filter((call) => /^(createRoom|publish|subscribe|roomAnswer|update|kick|setRecording):/.test(call));
  const endPublisher = (feedId: string) => {
    const publisher = [...media.rooms.publishers.values()].find((p) => p.feedId === feedId);
    if (!publisher) throw new Error(`no publisher of feed ${feedId}`);
    media.rooms.endSession(publisher.id, 'hangup');
  };

  /** A dispute in 段江村 with an open people's mediation, as the case page has it before a room is opened. */
  async function openMediation(place = town.duanjiang): Promise<{ dispute: DisputeRow; mediationId: string }> {
    const dispute = await insertDispute(t.deps.db, place, '2026-11-20T02:00:00.000Z');
    const mediationId = await insertOpenMediation(t.deps.db, dispute, nowIso(new Date(Date.now() - 3_600_000)));
    return { dispute, mediationId };
  }

  async function openRoom(s: Session, mediationId: string, body: object = {}): Promise<RoomView> {
    const res = await send(s, `/api/v1/mediations/${mediationId}/rooms`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as RoomView;
  }

  async function join(s: Session, roomId: string): Promise<RoomView> {
    const res = await send(s, `/api/v1/mediation-rooms/${roomId}/join`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as RoomView;
  }

  /** A party let in through an invitation (the guests slice's path), added as it adds them. */
  async function addParty(roomId: string, name: string) {
    return inUnitOfWork(t.deps, SYSTEM, (uow) =>
      addParticipant(
        uow,
        { id: roomId },
        {
          accountId: null,
          partyId: null,
          displayName: name,
          kind: 'party',
          joinMethod: 'link',
          status: 'waiting',
        },
      ),
    );
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    ids.officer = (await createAccount(t.deps, 'officer', 'officer', town.town.id)).id;
    ids.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.duanjiang.id)).id;
    ids.cadre = (await createAccount(t.deps, 'cadre', 'village_cadre', town.duanjiang.id)).id;
    ids.otherCadre = (await createAccount(t.deps, 'cadre2', 'village_cadre', town.shuangping.id)).id;
    ids.otherTownOfficer = (await createAccount(t.deps, 'officer2', 'officer', other.id)).id;
    ids.zzb = (await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id)).id;
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    cadre = await loginAs(t.app, 'cadre');
    otherCadre = await loginAs(t.app, 'cadre2');
    otherTownOfficer = await loginAs(t.app, 'officer2');
    zzb = await loginAs(t.app, 'zzb');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs a room from opening to the online session on the case', async () => {
    const { dispute, mediationId } = await openMediation();
    const statsBefore = await mediatedOnline();

    const opened = await openRoom(officer, mediationId);
    expect(opened).toMatchObject({ status: 'open', disputeId: dispute.id, maxParticipants: 8, me: null });
    expect(opened.actions).toEqual(expect.arrayContaining(['join', 'admit', 'close']));
    expect(media.rooms.roomsCreated.get(opened.id)).toEqual({ maxPublishers: 8 });
    expect((await audits('room.open', opened.id)).map((a) => a.user_id)).toEqual([ids.officer]);

    // The host comes in at once; the cadre, who only joins, waits; the auxiliary officer hosts in his village.
    const hostJoined = await join(officer, opened.id);
    expect(hostJoined.me?.status).toBe('admitted');
    const cadreJoined = await join(cadre, opened.id);
    expect(cadreJoined.me?.status).toBe('waiting');
    expect(cadreJoined.actions).toEqual(['join']);
    expect(cadreJoined.record).toBe('');
    const auxJoined = await join(aux, opened.id);
    expect(auxJoined.me?.status).toBe('admitted');
    const byAccount = Object.fromEntries(auxJoined.participants.map((p) => [p.displayName, p]));
    expect(byAccount.officer).toMatchObject({ kind: 'officer', joinMethod: 'login', status: 'admitted' });
    expect(byAccount.cadre).toMatchObject({ kind: 'cadre', joinMethod: 'cadre_login', status: 'waiting' });
    expect(byAccount.aux).toMatchObject({ kind: 'auxiliary', joinMethod: 'login', status: 'admitted' });

    // Waiting: no media, and the media server is not asked.
    const before = roomCalls().length;
    const offer = { offer: fakeRoomSdp('offer', ['audio', 'video']) };
    const refused = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/publish`, offer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ROOM_NOT_ADMITTED');
    const refusedSub = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/subscribe`, { feedIds: [] });
    expect(refusedSub.json().error.code).toBe('ROOM_NOT_ADMITTED');
    const refusedAnswer = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/answer`, { jsep: ANSWER });
    expect(refusedAnswer.json().error.code).toBe('ROOM_NOT_ADMITTED');
    expect(roomCalls().length).toBe(before);
    // Someone who only reads the case has not joined: his own participant does not exist yet.
    const zzbPublish = await send(zzb, `/api/v1/mediation-rooms/${opened.id}/media/publish`, offer);
    expect(zzbPublish.json().error.code).toBe('ROOM_NOT_ADMITTED');
    expect(roomCalls().length).toBe(before);

    const cadreId = cadreJoined.me?.participantId as string;
    const admitted = await send(officer, `/api/v1/mediation-rooms/${opened.id}/participants/${cadreId}/admit`);
    expect(admitted.statusCode, admitted.body).toBe(200);
    expect((await audits('room.admit', opened.id)).length).toBe(1);

    // A party arrives by link and is admitted: his name is masked for whoever may not unmask the case.
    const party = await addParty(opened.id, '王德明');
    await send(officer, `/api/v1/mediation-rooms/${opened.id}/participants/${party.id}/admit`);
    const auxView = (await get(aux, `/api/v1/mediation-rooms/${opened.id}`)).json() as RoomView;
    expect(auxView.participants.find((p) => p.id === party.id)?.displayName).toBe('王**');
    const officerView = (await get(officer, `/api/v1/mediation-rooms/${opened.id}`)).json() as RoomView;
    expect(officerView.participants.find((p) => p.id === party.id)?.displayName).toBe('王德明');

    const published = await send(officer, `/api/v1/mediation-rooms/${opened.id}/media/publish`, {
      offer: fakeRoomSdp('offer', ['audio', 'video']),
    });
    expect(published.statusCode, published.body).toBe(200);
    const { feedId: officerFeed, answer } = published.json() as { feedId: string; answer: { type: string } };
    expect(answer.type).toBe('answer');
    expect((await roomRow(opened.id)).media_started_at).not.toBeNull();
    const cadrePublished = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/publish`, {
      offer: fakeRoomSdp('offer', ['audio', 'video']),
    });
    expect(cadrePublished.statusCode, cadrePublished.body).toBe(200);
    const subscribed = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/subscribe`, {
      feedIds: [officerFeed, 'not-a-feed'],
    });
    expect(subscribed.statusCode, subscribed.body).toBe(200);
    expect((subscribed.json() as { offer: unknown }).offer).not.toBeNull();
    const answered = await send(cadre, `/api/v1/mediation-rooms/${opened.id}/media/answer`, { jsep: ANSWER });
    expect(answered.statusCode, answered.body).toBe(204);

    // The poll sees every change through the version; a dropped publisher leaves the room's feeds but stays admitted.
    const state1 = (await get(cadre, `/api/v1/mediation-rooms/${opened.id}/state`)).json() as RoomState;
    expect(state1.me).toMatchObject({ participantId: cadreId, status: 'admitted' });
    expect(state1.participants.find((p) => p.feedId === officerFeed)).toBeDefined();
    endPublisher(officerFeed);
    await waitFor(async () => {
      const state = (await get(cadre, `/api/v1/mediation-rooms/${opened.id}/state`)).json() as RoomState;
      return state.version > state1.version && state.participants.every((p) => p.feedId !== officerFeed);
    });
    const officerState = (await get(officer, `/api/v1/mediation-rooms/${opened.id}/state`)).json() as RoomState;
    expect(officerState.me.status).toBe('admitted');

    const saved = await send(officer, `/api/v1/mediation-rooms/${opened.id}/record`, { record: '双方陈述' }, 'PUT');
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as RoomView).record).toBe('双方陈述');
    expect((await audits('room.record.update', opened.id)).length).toBe(1);

    // The officer is a person of the directory: the session names him by that person too.
    const officerPerson = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      name: '张警官',
      kind: 'staff',
    });
    await insertPersonRow(t.deps.db, officerPerson);
    await t.deps.db
      .updateTable('users')
      .set({ person_id: officerPerson.id })
      .where('id', '=', ids.officer as string)
      .execute();

    const closed = await send(officer, `/api/v1/mediation-rooms/${opened.id}/close`, {
      outcome: 'agreement',
      record: '双方同意按界址线重新确权。',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const view = closed.json() as RoomView;
    expect(view).toMatchObject({ status: 'closed', outcome: 'agreement', closeReason: 'closed' });
    expect(view.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(media.rooms.roomsCreated.has(opened.id)).toBe(false);

    const room = await roomRow(opened.id);
    const [session] = await listSessionRows(t.deps.db, [mediationId]);
    if (!session) throw new Error('no session');
    expect(session.id).toBe(room.session_id);
    expect(session).toMatchObject({
      mediation_id: mediationId,
      mode: 'online',
      location: '线上调解室',
      record: '双方同意按界址线重新确权。',
      started_at: room.media_started_at,
      ended_at: room.closed_at,
    });
    expect(session.participants.map((p) => p.personId)).toEqual([officerPerson.id, null, null, null]);
    expect(session.participants.map((p) => [p.kind, p.name])).toEqual([
      ['officer', 'officer'],
      ['auxiliary', 'aux'],
      ['cadre', 'cadre'],
      ['party', '王德明'],
    ]);
    const history = (await get(officer, `/api/v1/disputes/${dispute.id}/rooms`)).json() as RoomView[];
    expect(history.map((r) => r.id)).toEqual([opened.id]);
    expect(history[0]?.participants.find((p) => p.id === party.id)?.joinMethod).toBe('link');
    const timeline = await t.deps.db
      .selectFrom('dispute_timeline')
      .select(['event', 'ref_id', 'actor_id'])
      .where('dispute_id', '=', dispute.id)
      .execute();
    expect(timeline).toContainEqual({ event: 'session_recorded', ref_id: session.id, actor_id: ids.officer });
    const [closeAudit] = await audits('room.close', opened.id);
    expect(JSON.parse(closeAudit?.detail ?? '{}')).toMatchObject({ outcome: 'agreement', participants: 4 });
    expect((await audits('mediation.session.create', mediationId)).length).toBe(1);
    expect(await mediatedOnline()).toBe(statsBefore + 1);

    // A closed room refuses everything with ROOM_CLOSED and asks the media server nothing.
    const after = roomCalls().length;
    for (const res of [
      await send(aux, `/api/v1/mediation-rooms/${opened.id}/join`),
      await send(officer, `/api/v1/mediation-rooms/${opened.id}/media/publish`, {
        offer: fakeRoomSdp('offer', ['audio', 'video']),
      }),
      await send(officer, `/api/v1/mediation-rooms/${opened.id}/record`, { record: '补充' }, 'PUT'),
      await send(officer, `/api/v1/mediation-rooms/${opened.id}/close`, { outcome: 'partial', record: '再次' }),
    ]) {
      expect(res.statusCode, res.body).toBe(410);
      expect(res.json().error.code).toBe('ROOM_CLOSED');
    }
    expect(roomCalls().length).toBe(after);
    expect(await countRows(t.deps, 'mediation_sessions')).toBe(1);
  });

  it('opens one room per mediation, and only while the mediation is open', async () => {
    const { mediationId } = await openMediation();
    await openRoom(officer, mediationId);
    const created = media.rooms.roomsCreated.size;
    const again = await send(aux, `/api/v1/mediations/${mediationId}/rooms`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ROOM_ALREADY_OPEN');
    expect(media.rooms.roomsCreated.size).toBe(created);

    const ended = await openMediation();
    await t.deps.db
      .updateTable('mediations')
      .set({ status: 'terminated' })
      .where('id', '=', ended.mediationId)
      .execute();
    const refused = await send(officer, `/api/v1/mediations/${ended.mediationId}/rooms`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ROOM_MEDIATION_NOT_OPEN');
    // A cadre may join rooms but not open them.
    const fresh = await openMediation();
    const byCadre = await send(cadre, `/api/v1/mediations/${fresh.mediationId}/rooms`);
    expect(byCadre.statusCode).toBe(403);
    expect(media.rooms.roomsCreated.size).toBe(created);
  });

  it('refuses one person more than the setting or the room allows', async () => {
    const setting = t.deps.config.rooms.maxParticipants;
    t.deps.config.rooms.maxParticipants = 2;
    try {
      const { mediationId } = await openMediation();
      const room = await openRoom(officer, mediationId, { maxParticipants: 5 });
      expect(room.maxParticipants).toBe(2);
      await join(officer, room.id);
      await join(cadre, room.id);
      const full = await send(aux, `/api/v1/mediation-rooms/${room.id}/join`);
      expect(full.statusCode).toBe(409);
      expect(full.json().error.code).toBe('ROOM_FULL');
      await expect(addParty(room.id, '李春林')).rejects.toMatchObject({ code: 'ROOM_FULL' });
    } finally {
      t.deps.config.rooms.maxParticipants = setting;
    }
    const { mediationId } = await openMediation();
    const small = await openRoom(officer, mediationId, { maxParticipants: 2 });
    expect(media.rooms.roomsCreated.get(small.id)).toEqual({ maxPublishers: 2 });
    await join(officer, small.id);
    await addParty(small.id, '王德明');
    const full = await send(cadre, `/api/v1/mediation-rooms/${small.id}/join`);
    expect(full.json().error.code).toBe('ROOM_FULL');
    // Whoever leaves gives his place back.
    const left = await send(officer, `/api/v1/mediation-rooms/${small.id}/media/leave`);
    expect(left.statusCode, left.body).toBe(204);
    expect((await audits('room.leave', small.id)).length).toBe(1);
    expect((await join(cadre, small.id)).me?.status).toBe('waiting');
  });

  it('answers a room out of reach exactly like a missing one', async () => {
    const { mediationId } = await openMediation();
    const room = await openRoom(officer, mediationId);
    const missing = await get(otherCadre, `/api/v1/mediation-rooms/${newId()}`);
    expect(missing.statusCode).toBe(404);
    const before = roomCalls().length;
    for (const s of [otherCadre, otherTownOfficer]) {
      for (const res of [
        await get(s, `/api/v1/mediation-rooms/${room.id}`),
        await send(s, `/api/v1/mediation-rooms/${room.id}/join`),
        await get(s, `/api/v1/mediation-rooms/${room.id}/state`),
        await send(s, `/api/v1/mediation-rooms/${room.id}/media/publish`, {
          offer: fakeRoomSdp('offer', ['audio', 'video']),
        }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(missing.json());
      }
    }
    expect((await send(otherTownOfficer, `/api/v1/mediations/${mediationId}/rooms`)).statusCode).toBe(404);
    expect(roomCalls().length).toBe(before);
    const list = (await get(otherCadre, '/api/v1/mediation-rooms')).json() as Page<RoomView>;
    expect(list.items.map((r) => r.id)).not.toContain(room.id);
    const own = (await get(cadre, '/api/v1/mediation-rooms?limit=200')).json() as Page<RoomView>;
    expect(own.items.map((r) => r.id)).toContain(room.id);
    expect(own.items.every((r) => r.status === 'open')).toBe(true);
    // The cadre finds the room by the case's village, read in the list's one query.
    expect(own.items.find((r) => r.id === room.id)?.villageName).toBe(town.duanjiang.name);
  });

  it('keeps one participant for two joins of one account and one admission for two admits', async () => {
    const { mediationId } = await openMediation();
    const room = await openRoom(officer, mediationId);
    const joins = await Promise.all([1, 2, 3].map(() => send(cadre, `/api/v1/mediation-rooms/${room.id}/join`)));
    expect(joins.map((res) => res.statusCode)).toEqual([200, 200, 200]);
    const rows = await t.deps.db
      .selectFrom('mediation_room_participants')
      .selectAll()
      .where('room_id', '=', room.id)
      .execute();
    expect(rows.length).toBe(1);
    const participantId = rows[0]?.id as string;
    const admits = await Promise.all(
      [officer, aux].map((s) => send(s, `/api/v1/mediation-rooms/${room.id}/participants/${participantId}/admit`)),
    );
    expect(admits.map((res) => res.statusCode)).toEqual([200, 200]);
    expect((await audits('room.admit', room.id)).length).toBe(1);
    // A reconnect: joining again keeps the admission and writes nothing new.
    const again = await join(cadre, room.id);
    expect(again.me).toEqual({ participantId, status: 'admitted' });
    expect((await audits('room.join', room.id)).length).toBe(1);
  });

  it('leaves no media-server room behind when the room row does not commit', async () => {
    const { mediationId } = await openMediation();
    const created = media.rooms.roomsCreated.size;
    // An account that does not exist: the checks pass, the insert fails on its reference.
    const ghost = callerWith(newId(), [{ role: 'officer', on: town.town }]);
    await expect(new RoomsService(t.deps).open(ghost, mediationId, {})).rejects.toThrow();
    expect(media.rooms.roomsCreated.size).toBe(created);
    expect(media.calls.filter((c) => c.startsWith('createRoom:')).length).toBeGreaterThan(0);
    expect(
      await t.deps.db.selectFrom('mediation_rooms').select('id').where('mediation_id', '=', mediationId).execute(),
    ).toEqual([]);
  });

  it('reconciles: orphan media rooms go, expired rooms close with their session', async () => {
    const reconciler = new RoomsReconciler(t.deps);
    await media.rooms.createRoom('orphan-room', { maxPublishers: 2 });
    const { dispute, mediationId } = await openMediation();
    const room = await openRoom(officer, mediationId);
    await join(officer, room.id);
    await send(officer, `/api/v1/mediation-rooms/${room.id}/media/publish`, {
      offer: fakeRoomSdp('offer', ['audio', 'video']),
    });

    // First sighting of an unknown room: it may be a room whose row is about to commit.
    expect((await reconciler.run()).destroyed).toBe(0);
    expect(media.rooms.roomsCreated.has('orphan-room')).toBe(true);
    await t.deps.db
      .updateTable('mediation_rooms')
      .set({ expires_at: nowIso(new Date(Date.now() - 1000)) })
      .where('id', '=', room.id)
      .execute();
    const result = await reconciler.run();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect(media.rooms.roomsCreated.has('orphan-room')).toBe(false);
    expect(media.rooms.roomsCreated.has(room.id)).toBe(false);
    const row = await roomRow(room.id);
    expect(row).toMatchObject({ status: 'closed', close_reason: 'expired', closed_by: null });
    expect(row.session_id).not.toBeNull();
    expect((await audits('room.expire', room.id)).length).toBe(1);
    const rooms = (await get(officer, `/api/v1/disputes/${dispute.id}/rooms`)).json() as RoomView[];
    expect(rooms[0]?.closeReason).toBe('expired');
  });

  it('says when no media server is configured, and opens nothing', async () => {
    const { mediationId } = await openMediation();
    const rooms = await countRows(t.deps, 'mediation_rooms');
    media.setState('not_configured');
    try {
      const res = await send(officer, `/api/v1/mediations/${mediationId}/rooms`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('MEDIA_NOT_CONFIGURED');
      expect(await countRows(t.deps, 'mediation_rooms')).toBe(rooms);
      // The reconciler still closes expired rooms; it has no media-server rooms to compare.
      expect((await new RoomsReconciler(t.deps).run()).destroyed).toBe(0);
    } finally {
      media.setState('ready');
    }
  });

  it('closes an expired room without a session when nobody published, as a job of every process', async () => {
    const job = appJobs(t.deps).find((j) => j.name === 'mediation-rooms.reconcile');
    expect(job?.intervalSeconds).toBe(t.config.rooms.reconcileSeconds);
    const { mediationId } = await openMediation();
    const room = await openRoom(officer, mediationId);
    await join(officer, room.id);
    await t.deps.db
      .updateTable('mediation_rooms')
      .set({ expires_at: nowIso(new Date(Date.now() - 1000)) })
      .where('id', '=', room.id)
      .execute();
    await job?.run(new Date());
    expect(await roomRow(room.id)).toMatchObject({ status: 'closed', close_reason: 'expired', session_id: null });
    expect(await listSessionRows(t.deps.db, [mediationId])).toEqual([]);
    expect(media.rooms.roomsCreated.has(room.id)).toBe(false);
  });

  it('exports the rooms list to Excel, guests masked unless the caller may unmask, with one audit row', async () => {
    const { dispute, mediationId } = await openMediation();
    const room = await openRoom(officer, mediationId);
    await join(officer, room.id);
    await addParty(room.id, '李春林');
    const sheet = async (s: Session) => {
      const res = await get(s, '/api/v1/mediation-rooms/export.xlsx');
      expect(res.statusCode, res.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: string[][] = [];
      workbook.worksheets[0]?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      return rows;
    };
    const byAux = (await sheet(aux)).find((row) => row[0] === dispute.number);
    expect(byAux?.[9]).toBe('officer（民警·账号登录）、李**（当事人·邀请链接）');
    const byOfficer = (await sheet(officer)).find((row) => row[0] === dispute.number);
    expect(byOfficer?.[9]).toContain('李春林（当事人·邀请链接）');
    const [, last] = await audits('room.export');
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({ filters: {} });
    expect(JSON.parse(last?.detail ?? '{}').unmaskedValues).toBeGreaterThanOrEqual(1);
    expect((await get(otherTownOfficer, '/api/v1/mediation-rooms/export.xlsx')).statusCode).toBe(200);
  });

  async function mediatedOnline(): Promise<number> {
    const stats = new StatsService(t.deps);
    const chief = callerWith('chief-stats', [{ role: 'chief', on: town.town }]);
    const scope = await scopeOf(t.deps.db, chief.actor as NonNullable<typeof chief.actor>, 'stats.read');
    const period = statsPeriodOf('month', shanghaiDate(new Date()).slice(0, 7));
    if (!scope || !period) throw new Error('no scope or period');
    const [figure] = await stats.figures(t.deps.db, {
      scope,
      period,
      measures: ['disputes.mediated_online'],
      now: nowIso(),
    });
    return figure?.current ?? 0;
  }
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
