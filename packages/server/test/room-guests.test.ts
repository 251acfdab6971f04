import crypto from 'node:crypto';
import type {
  CreatedInvitation,
  DraftConfirmation,
  GuestEntered,
  RoomInvitation,
  RoomState,
  SharedDraft,
} from '@fengqiao/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { type FakeMediaServer, fakeOffer } from './support/fake-media-server';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedSmallTown,
  validIdNumber,
} from './support/fixtures';
import {
  admitGuest,
  closeGuestRoom,
  type GuestCase,
  joinGuestRoom,
  openGuestRoom,
  removeGuest,
  seedGuestCase,
} from './support/room-guest-fixtures';
import { withJoinToken } from './support/room-join-token';
import { createTestApp, type TestApp } from './support/test-app';

const WANG_ID = validIdNumber('42062619700101003');

/** A guest's browser: the cookie the enter set, and the CSRF token it answered with. */
interface Guest {
  cookie: string;
  csrf: string;
  participantId: string;
}

describe.each(testDialects())('room guests on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let chief: Session;
  let aux: Session;
  let auxElsewhere: Session;
  let guestCase: GuestCase;
  let disputeId = '';
  let partyIds: string[] = [];
  let agreementId = '';

  const send = (s: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const participants = (roomId: string) =>
    t.deps.db.selectFrom('mediation_room_participants').selectAll().where('room_id', '=', roomId).execute();

  // One open room per mediation: a test that failed half-way must not hold the next one's room.
  const openRoom = async (maxParticipants?: number) => {
    const open = await t.deps.db
      .selectFrom('mediation_rooms')
      .select('id')
      .where('mediation_id', '=', guestCase.mediationId)
      .where('status', '=', 'open')
      .execute();
    for (const room of open) await closeRoom(room.id);
    return openGuestRoom(t.app, chief, guestCase, maxParticipants);
  };
  const closeRoom = (roomId: string) => closeGuestRoom(t.app, chief, roomId);
  const invite = async (roomId: string, body: object = { partyId: partyIds[0] }): Promise<CreatedInvitation> => {
    const res = await send(chief, 'POST', `/api/v1/mediation-rooms/${roomId}/invitations`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CreatedInvitation;
  };
  const enter = (token: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/room-guest/enter',
      payload: { token },
      ...(cookie ? { headers: { cookie: `fq_room_guest=${cookie}` } } : {}),
    });
  const guestOf = (res: LightMyRequestResponse): Guest => {
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'fq_room_guest');
    if (!cookie) throw new Error('no guest cookie');
    const body = res.json() as GuestEntered;
    return { cookie: cookie.value, csrf: body.csrfToken, participantId: body.participantId };
  };
  const guestGet = (g: Guest, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: `fq_room_guest=${g.cookie}` } });
  const guestPost = async (g: Guest, url: string, payload: object = {}, csrf: string | null = g.csrf) => {
    const headers = { cookie: `fq_room_guest=${g.cookie}`, ...(csrf === null ? {} : { 'x-room-guest-csrf': csrf }) };
    return t.app.inject({ method: 'POST', url, headers, payload: await withJoinToken(t.app, url, headers, payload) });
  };
  const admit = (roomId: string, participantId: string) => admitGuest(t.app, chief, roomId, participantId);
  const mediaCalls = () => media.rooms.publishers.size + media.rooms.subscribers.size;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'aux_duanjiang', 'auxiliary', town.duanjiang.id);
    chief = await loginAs(t.app, 'chief');
    aux = await loginAs(t.app, 'aux');
    auxElsewhere = await loginAs(t.app, 'aux_duanjiang');
    const seeded = await seedGuestCase(t.deps, t.app, town, chief, '排水沟纠纷', [
      { role: 'applicant', name: '王德明', idNumber: WANG_ID, phone: '13812345678', address: '双坪村1组18号' },
      { role: 'respondent', name: '李春林', age: 52 },
    ]);
    guestCase = seeded;
    disputeId = seeded.disputeId;
    partyIds = seeded.partyIds;
    agreementId = seeded.agreementId;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('invites a party: the token only in the answer, hashed in the table, a QR code and a Chinese text message', async () => {
    const roomId = await openRoom();
    const created = await invite(roomId);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.link).toBe(`/join/${created.token}`);
    expect(created.qrSvg).toContain('<svg');
    expect(created.smsBody).toContain(created.link);
    expect(created.smsBody).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}前/);
    for (const secret of ['王德明', '排水沟', '13812345678']) expect(created.smsBody).not.toContain(secret);
    const row = await t.deps.db
      .selectFrom('mediation_room_invitations')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(crypto.createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);
    // The link lives FENGQIAO_ROOM_LINK_HOURS (24) but never past the room (4 hours).
    const room = await t.deps.db
      .selectFrom('mediation_rooms')
      .select('expires_at')
      .where('id', '=', roomId)
      .executeTakeFirstOrThrow();
    expect(created.expiresAt).toBe(room.expires_at);

    const list = await get(chief, `/api/v1/mediation-rooms/${roomId}/invitations`);
    expect(list.statusCode, list.body).toBe(200);
    const [listed] = list.json() as RoomInvitation[];
    expect(listed).toMatchObject({ id: created.id, status: 'pending', kind: 'party', actions: ['revoke'] });
    expect(list.body).not.toContain(created.token);
    // Names in clear only with dispute.unmask over the case: the chief has it, the village's auxiliary officer not.
    expect(listed?.displayName).toBe('王德明');
    const masked = (await get(aux, `/api/v1/mediation-rooms/${roomId}/invitations`)).json() as RoomInvitation[];
    expect(masked.map((row) => row.displayName)).toEqual(['王**']);
    expect((await audits('room.invitation.create')).at(-1)?.target_id).toBe(roomId);

    // A named invitee of another kind; a party of another case is refused with nothing written.
    await invite(roomId, { displayName: '张律师', kind: 'agent' });
    const before = await countRows(t.deps, 'mediation_room_invitations');
    const stranger = await send(chief, 'POST', `/api/v1/mediation-rooms/${roomId}/invitations`, { partyId: 'nobody' });
    expect(stranger.statusCode).toBe(400);
    expect(await countRows(t.deps, 'mediation_room_invitations')).toBe(before);
    // Out of the caller's reach: the room does not exist for them.
    expect(
      (
        await send(auxElsewhere, 'POST', `/api/v1/mediation-rooms/${roomId}/invitations`, { partyId: partyIds[0] })
      ).json().error.code,
    ).toBe('ROOM_NOT_FOUND');
    await closeRoom(roomId);
  });

  it('refuses forged, revoked, used and expired links, a closed room and a full one, with nothing made', async () => {
    const roomId = await openRoom(2);
    const forged = await enter(crypto.randomBytes(32).toString('base64url'));
    expect([forged.statusCode, forged.json().error.code]).toEqual([404, 'ROOM_LINK_INVALID']);
    expect((await enter('not a token')).json().error.code).toBe('ROOM_LINK_INVALID');

    const revoked = await invite(roomId);
    const revoke = await send(chief, 'POST', `/api/v1/mediation-rooms/${roomId}/invitations/${revoked.id}/revoke`);
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json()).toMatchObject({ status: 'revoked', actions: [] });
    expect((await enter(revoked.token)).json().error.code).toBe('ROOM_LINK_INVALID');

    const expired = await invite(roomId);
    await t.deps.db
      .updateTable('mediation_room_invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    const late = await enter(expired.token);
    expect([late.statusCode, late.json().error.code]).toEqual([410, 'ROOM_LINK_EXPIRED']);

    const used = await invite(roomId);
    guestOf(await enter(used.token));
    const again = await enter(used.token);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'ROOM_LINK_USED']);

    // The chief's own join plus one guest fill a room of two.
    await joinGuestRoom(t.app, chief, roomId);
    const extra = await invite(roomId, { partyId: partyIds[1] });
    const peopleBefore = (await participants(roomId)).length;
    const full = await enter(extra.token);
    expect([full.statusCode, full.json().error.code]).toEqual([409, 'ROOM_FULL']);
    expect((await participants(roomId)).length).toBe(peopleBefore);
    // The refused link is still good for later: the claim rolled back with the participant.
    const extraRow = await t.deps.db
      .selectFrom('mediation_room_invitations')
      .selectAll()
      .where('id', '=', extra.id)
      .executeTakeFirstOrThrow();
    expect(extraRow.used_at).toBeNull();

    await closeRoom(roomId);
    const closed = await enter(extra.token);
    expect([closed.statusCode, closed.json().error.code]).toEqual([410, 'ROOM_CLOSED']);
    expect(mediaCalls()).toBe(0);
    const denied = (await audits('room.guest.enter')).filter((row) => row.outcome === 'denied');
    expect(denied.map((row) => JSON.parse(row.detail ?? '{}').code)).toEqual(
      expect.arrayContaining(['ROOM_LINK_INVALID', 'ROOM_LINK_EXPIRED', 'ROOM_LINK_USED', 'ROOM_FULL', 'ROOM_CLOSED']),
    );
  });

  it('lets exactly one of two concurrent enters with one link in', async () => {
    const roomId = await openRoom();
    const link = await invite(roomId);
    const results = await Promise.all([enter(link.token), enter(link.token)]);
    expect(results.map((res) => res.statusCode).sort()).toEqual([200, 409]);
    expect((await participants(roomId)).filter((p) => p.join_method === 'link')).toHaveLength(1);
    await closeRoom(roomId);
  });

  it('enters waiting with no media; a reload keeps the participant; removed and closed say so', async () => {
    const roomId = await openRoom();
    const link = await invite(roomId);
    const guest = guestOf(await enter(link.token));
    const entered = await t.deps.db
      .selectFrom('mediation_room_participants')
      .selectAll()
      .where('id', '=', guest.participantId)
      .executeTakeFirstOrThrow();
    expect(entered).toMatchObject({ status: 'waiting', join_method: 'link', party_id: partyIds[0], account_id: null });
    const enterAudit = (await audits('room.guest.enter')).filter((row) => row.outcome === 'success').at(-1);
    expect(enterAudit?.username).toBe(`room-guest:${guest.participantId}`);

    // The printed QR code opens the same link marked `?via=qr`: the session then says the party came by QR code.
    const scanned = await invite(roomId, { partyId: partyIds[1] });
    const byQr = await t.app.inject({
      method: 'POST',
      url: '/api/v1/room-guest/enter',
      payload: { token: scanned.token, via: 'qr' },
    });
    const qrGuest = guestOf(byQr);
    const qrRow = await t.deps.db
      .selectFrom('mediation_room_participants')
      .select('join_method')
      .where('id', '=', qrGuest.participantId)
      .executeTakeFirstOrThrow();
    expect(qrRow.join_method).toBe('qr');

    const state = await guestGet(guest, '/api/v1/room-guest/state');
    expect(state.statusCode, state.body).toBe(200);
    expect(state.json().me).toMatchObject({ participantId: guest.participantId, status: 'waiting' });

    const refused = await guestPost(guest, '/api/v1/room-guest/media/publish', { offer: fakeOffer('guest') });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'ROOM_NOT_ADMITTED']);
    const subscribe = await guestPost(guest, '/api/v1/room-guest/media/subscribe', { feedIds: [] });
    expect(subscribe.json().error.code).toBe('ROOM_NOT_ADMITTED');
    expect(mediaCalls()).toBe(0);
    expect((await guestGet(guest, '/api/v1/room-guest/draft')).json().error.code).toBe('ROOM_NOT_ADMITTED');

    await admit(roomId, guest.participantId);

    // A reload of /join/<token> with the same cookie: the same participant, no new one, the same CSRF token.
    const reload = await enter(link.token, guest.cookie);
    expect(reload.statusCode, reload.body).toBe(200);
    expect(reload.json()).toMatchObject({
      participantId: guest.participantId,
      status: 'admitted',
      csrfToken: guest.csrf,
    });
    const session = await guestGet(guest, '/api/v1/room-guest/session');
    expect(session.json()).toMatchObject({ participantId: guest.participantId, csrfToken: guest.csrf });
    expect((await participants(roomId)).filter((p) => p.join_method === 'link')).toHaveLength(1);

    // Removed: media refused, the state still says so; closed: every guest route answers 410.
    await removeGuest(t.app, chief, roomId, guest.participantId);
    expect(
      (await guestPost(guest, '/api/v1/room-guest/media/publish', { offer: fakeOffer('again') })).json().error.code,
    ).toBe('ROOM_NOT_ADMITTED');
    expect((await guestGet(guest, '/api/v1/room-guest/state')).json().me.status).toBe('removed');
    expect((await guestPost(guest, '/api/v1/room-guest/consent')).json().error.code).toBe('ROOM_NOT_ADMITTED');
    expect((await guestGet(guest, '/api/v1/room-guest/draft')).json().error.code).toBe('ROOM_NOT_ADMITTED');
    await closeRoom(roomId);
    for (const url of ['/api/v1/room-guest/state', '/api/v1/room-guest/draft', '/api/v1/room-guest/session']) {
      const res = await guestGet(guest, url);
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 410, 'ROOM_CLOSED']);
    }
  });

  it('lets an admitted guest publish and subscribe through the room', async () => {
    const roomId = await openRoom();
    const guest = guestOf(await enter((await invite(roomId)).token));
    await admit(roomId, guest.participantId);
    const published = await guestPost(guest, '/api/v1/room-guest/media/publish', { offer: fakeOffer('guest') });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().feedId).toBeTruthy();
    expect([...media.rooms.publishers.values()].map((p) => p.participantKey)).toContain(guest.participantId);
    const left = await guestPost(guest, '/api/v1/room-guest/media/leave');
    expect(left.statusCode, left.body).toBe(204);
    const leave = (await audits('room.leave')).at(-1);
    expect(leave?.username).toBe(`room-guest:${guest.participantId}`);
    expect(leave?.user_id).toBeNull();
    await closeRoom(roomId);
  });

  it('checks the CSRF token on every guest POST', async () => {
    const roomId = await openRoom();
    const guest = guestOf(await enter((await invite(roomId)).token));
    for (const url of [
      '/api/v1/room-guest/media/leave',
      '/api/v1/room-guest/consent',
      '/api/v1/room-guest/draft/confirm',
    ]) {
      for (const csrf of [null, 'wrong', guest.csrf.slice(1)]) {
        const res = await guestPost(guest, url, { contentHash: '0'.repeat(64) }, csrf);
        expect([url, res.statusCode, res.json().error.code]).toEqual([url, 403, 'CSRF_INVALID']);
      }
    }
    expect((await participants(roomId)).find((p) => p.id === guest.participantId)?.status).toBe('waiting');
    await closeRoom(roomId);
  });

  it('opens nothing else with a guest cookie, and nothing of another room', async () => {
    const roomA = await openRoom();
    const guest = guestOf(await enter((await invite(roomA)).token));
    const cookie = { cookie: `fq_room_guest=${guest.cookie}` };
    for (const url of [
      '/api/v1/disputes',
      `/api/v1/disputes/${disputeId}`,
      '/api/v1/auth/me',
      `/api/v1/mediation-rooms/${roomA}`,
      `/api/v1/mediation-rooms/${roomA}/state`,
      `/api/v1/mediation-rooms/${roomA}/invitations`,
      `/api/v1/agreements/${agreementId}`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: cookie });
      expect([url, res.statusCode]).toEqual([url, 401]);
    }
    const post = await t.app.inject({
      method: 'POST',
      url: `/api/v1/mediation-rooms/${roomA}/media/publish`,
      headers: { ...cookie, 'x-room-guest-csrf': guest.csrf, 'x-csrf-token': guest.csrf },
      payload: { offer: fakeOffer('sneak') },
    });
    expect(post.statusCode).toBe(401);
    // A staff session opens no guest route either.
    expect((await get(aux, '/api/v1/room-guest/state')).json().error.code).toBe('ROOM_GUEST_UNAUTHENTICATED');
    // Room A's guest reads only room A: room B (another case) with its guest and shared draft never reaches them.
    await admit(roomA, guest.participantId);
    const otherCase = await seedGuestCase(t.deps, t.app, town, chief, '另一起纠纷');
    const roomB = await openGuestRoom(t.app, chief, otherCase);
    const otherGuest = guestOf(await enter((await invite(roomB, { partyId: otherCase.partyIds[0] })).token));
    const sharedB = await send(chief, 'PUT', `/api/v1/mediation-rooms/${roomB}/shared-draft`, {
      agreementId: otherCase.agreementId,
    });
    expect(sharedB.statusCode, sharedB.body).toBe(204);
    const stateA = (await guestGet(guest, '/api/v1/room-guest/state')).json() as RoomState;
    expect(stateA.roomId).toBe(roomA);
    expect(stateA.participants.map((p) => p.id)).not.toContain(otherGuest.participantId);
    expect((await guestGet(guest, '/api/v1/room-guest/draft')).json().error.code).toBe('ROOM_DRAFT_NOT_SHARED');
    // Room A's cookie with room B's guest's CSRF token is refused.
    const crossed = await guestPost({ ...guest, csrf: otherGuest.csrf }, '/api/v1/room-guest/media/leave');
    expect(crossed.json().error.code).toBe('CSRF_INVALID');
    await closeRoom(roomA);
    await closeRoom(roomB);
    // A made-up or a cleared cookie is no one.
    const nobody = await t.app.inject({
      method: 'GET',
      url: '/api/v1/room-guest/state',
      headers: { cookie: 'fq_room_guest=forged' },
    });
    expect([nobody.statusCode, nobody.json().error.code]).toEqual([401, 'ROOM_GUEST_UNAUTHENTICATED']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/room-guest/state' })).statusCode).toBe(401);
  });

  it('shares the draft masked, takes a confirmation of what was read, refuses a stale one', async () => {
    const roomId = await openRoom();
    const guest = guestOf(await enter((await invite(roomId)).token));
    await admit(roomId, guest.participantId);
    expect((await guestGet(guest, '/api/v1/room-guest/draft')).json().error.code).toBe('ROOM_DRAFT_NOT_SHARED');

    const shared = await send(chief, 'PUT', `/api/v1/mediation-rooms/${roomId}/shared-draft`, { agreementId });
    expect(shared.statusCode, shared.body).toBe(204);
    const read = await guestGet(guest, '/api/v1/room-guest/draft');
    expect(read.statusCode, read.body).toBe(200);
    const draft = read.json() as SharedDraft;
    expect(draft.parties).toEqual([
      { role: 'applicant', name: '王**' },
      { role: 'respondent', name: '李**' },
    ]);
    expect(draft.terms).toBe('李春林于本月内疏通排水沟');
    for (const secret of ['王德明', WANG_ID, '13812345678', '双坪村1组18号']) expect(read.body).not.toContain(secret);
    expect(draft.confirmedAt).toBeNull();

    // The mediator edits the draft after the guest read it: the old hash is stale.
    const edited = await send(chief, 'PATCH', `/api/v1/agreements/${agreementId}`, {
      terms: '李春林于十日内疏通排水沟',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await guestPost(guest, '/api/v1/room-guest/draft/confirm', { contentHash: draft.contentHash });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'ROOM_DRAFT_CHANGED']);
    expect(await countRows(t.deps, 'mediation_room_draft_confirmations')).toBe(0);

    const fresh = (await guestGet(guest, '/api/v1/room-guest/draft')).json() as SharedDraft;
    expect(fresh.contentHash).not.toBe(draft.contentHash);
    const confirmed = await guestPost(guest, '/api/v1/room-guest/draft/confirm', { contentHash: fresh.contentHash });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().confirmedAt).toBeTruthy();
    // Confirming the same text again is one confirmation.
    await guestPost(guest, '/api/v1/room-guest/draft/confirm', { contentHash: fresh.contentHash });
    const list = await get(chief, `/api/v1/mediation-rooms/${roomId}/draft-confirmations`);
    expect(list.statusCode, list.body).toBe(200);
    const confirmations = list.json() as DraftConfirmation[];
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]).toMatchObject({ participantId: guest.participantId, agreementId, current: true });
    const audit = (await audits('room.draft.confirm')).at(-1);
    expect(audit?.username).toBe(`room-guest:${guest.participantId}`);
    expect((await audits('room.draft.share')).at(-1)?.target_id).toBe(roomId);

    // Another edit: the confirmation stays, no longer current.
    await send(chief, 'PATCH', `/api/v1/agreements/${agreementId}`, { terms: '李春林于五日内疏通排水沟' });
    const after = (
      await get(chief, `/api/v1/mediation-rooms/${roomId}/draft-confirmations`)
    ).json() as DraftConfirmation[];
    expect(after[0]?.current).toBe(false);
    await closeRoom(roomId);
  });

  it('shares only a written draft of the room’s own mediation', async () => {
    const roomId = await openRoom();
    const bad = await send(chief, 'PUT', `/api/v1/mediation-rooms/${roomId}/shared-draft`, { agreementId: 'nope' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([409, 'ROOM_DRAFT_NOT_A_DRAFT']);
    const room = await t.deps.db
      .selectFrom('mediation_rooms')
      .select('shared_agreement_id')
      .where('id', '=', roomId)
      .executeTakeFirstOrThrow();
    expect(room.shared_agreement_id).toBeNull();
    const aside = await send(aux, 'PUT', `/api/v1/mediation-rooms/${roomId}/shared-draft`, { agreementId });
    expect(aside.statusCode).toBe(204);
    const stop = await send(chief, 'PUT', `/api/v1/mediation-rooms/${roomId}/shared-draft`, { agreementId: null });
    expect(stop.statusCode).toBe(204);
    await closeRoom(roomId);
  });
});
