import { writeFile } from 'node:fs/promises';
import type { RoomRecordings } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisputeRow } from '../src/modules/disputes/disputes.repository';
import { RoomConsents } from '../src/modules/mediation-rooms/room-consents';
import {
  addParticipant,
  type RoomParticipant,
  RoomParticipation,
} from '../src/modules/mediation-rooms/room-participation';
import { RoomRecordingConversion } from '../src/modules/mediation-rooms/room-recording-conversion';
import { nowIso } from '../src/platform/ids';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import { insertDispute, insertOpenMediation } from './support/dispute-rows';
import type { FakeMediaServer } from './support/fake-media-server';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  SYSTEM,
  seedOtherTown,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** A WebM as far as the store checks it: the EBML header, then bytes enough to ask ranges of. */
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from('webm-body-for-range-tests')]);

describe.each(testDialects())('recording of a mediation room on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let dispute: DisputeRow;
  let host: Session;
  let officer: Session;
  let cadre: Session;
  let stranger: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    media = t.deps.media as FakeMediaServer;
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    await createAccount(t.deps, 'aux_duanjiang', 'auxiliary', town.duanjiang.id);
    await createAccount(t.deps, 'officer_town', 'officer', town.town.id);
    await createAccount(t.deps, 'cadre_duanjiang', 'village_cadre', town.duanjiang.id);
    await createAccount(t.deps, 'officer_other', 'officer', other.id);
    host = await loginAs(t.app, 'aux_duanjiang');
    officer = await loginAs(t.app, 'officer_town');
    cadre = await loginAs(t.app, 'cadre_duanjiang');
    stranger = await loginAs(t.app, 'officer_other');
    dispute = await insertDispute(t.deps.db, town.duanjiang, '2026-11-20T02:00:00.000Z');
  });
  afterAll(async () => {
    await t.close();
  });

  /** An open mediation of the dispute, a room opened on it by the host through the room core, the host joined. */
  async function openRoom(): Promise<{ roomId: string; hostParticipant: { id: string } }> {
    const mediationId = await insertOpenMediation(t.deps.db, dispute, nowIso(new Date(Date.now() - 3_600_000)));
    const opened = await post(host, `/api/v1/mediations/${mediationId}/rooms`);
    expect(opened.statusCode, opened.body).toBe(201);
    const roomId = opened.json().id as string;
    const joined = await post(host, `/api/v1/mediation-rooms/${roomId}/join`);
    expect(joined.json().me.status).toBe('admitted');
    return { roomId, hostParticipant: { id: joined.json().me.participantId as string } };
  }

  /** A guest let in by an invitation (the guests slice's path): waiting, then admitted by the host through the API. */
  async function addGuest(roomId: string, name: string, status: 'waiting' | 'admitted'): Promise<RoomParticipant> {
    const guest = await inUnitOfWork(t.deps, SYSTEM, (uow) =>
      addParticipant(
        uow,
        { id: roomId },
        { accountId: null, partyId: null, displayName: name, kind: 'party', joinMethod: 'link', status: 'waiting' },
      ),
    );
    if (status === 'admitted') await admit(roomId, guest.id);
    return guest;
  }

  /** The host admits someone from the waiting room: the room core runs the recording hooks in its unit of work. */
  async function admit(roomId: string, participantId: string): Promise<void> {
    const res = await post(host, `/api/v1/mediation-rooms/${roomId}/participants/${participantId}/admit`);
    expect(res.statusCode, res.body).toBe(200);
  }

  /** A guest's consent, as the guest route gives it: RoomConsents.consent in the guest's unit of work. */
  async function guestConsents(guest: RoomParticipant): Promise<void> {
    await inUnitOfWork(t.deps, SYSTEM, (uow) => new RoomConsents(t.deps).consent(uow, guest));
  }

  async function closeRoom(roomId: string): Promise<void> {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/mediation-rooms/${roomId}/close`,
      headers: host.headers(),
      payload: { outcome: 'agreement', record: '双方同意按界址线重新确权。' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  const post = (session: Session, url: string) =>
    t.app.inject({ method: 'POST', url, headers: session.headers(), payload: {} });
  const get = (session: Session, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: session.headers(headers) });

  async function auditCount(action: string): Promise<number> {
    const rows = await t.deps.db.selectFrom('audit_log').select('seq').where('action', '=', action).execute();
    return rows.length;
  }

  async function segments(roomId: string) {
    return t.deps.db
      .selectFrom('mediation_room_recordings')
      .selectAll()
      .where('room_id', '=', roomId)
      .orderBy('segment')
      .execute();
  }

  it('refuses to start without every admitted participant’s consent, naming them masked, and leaves Janus alone', async () => {
    const { roomId } = await openRoom();
    const party = await addGuest(roomId, '王德明', 'admitted');
    await addGuest(roomId, '李春林', 'waiting');
    const calls = media.calls.length;

    const res = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RECORDING_CONSENT_MISSING');
    const missing = res.json().error.details.missing as { participantId: string; displayName: string }[];
    // The host's own consent is missing too; the waiting party does not count.
    expect(missing.map((m) => m.displayName).sort()).toEqual(['aux_duanjiang', '王**'].sort());
    expect(missing.some((m) => m.participantId === party.id)).toBe(true);
    expect(media.calls.slice(calls)).toEqual([]);
    expect(media.rooms.recording.get(roomId)).not.toBe(true);
    expect(await segments(roomId)).toEqual([]);
  });

  it('records once everyone in the room consented; a late joiner pauses it; consent and start again open segment 2', async () => {
    const { roomId, hostParticipant } = await openRoom();
    const party = await addGuest(roomId, '王德明', 'admitted');

    const own = await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ participantId: hostParticipant.id, consentedAt: expect.any(String) });
    await guestConsents(party);

    const started = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    expect(started.statusCode).toBe(200);
    expect((started.json() as RoomRecordings).recordingState).toBe('recording');
    expect(media.rooms.recording.get(roomId)).toBe(true);
    expect((await segments(roomId)).map((s) => [s.segment, s.status])).toEqual([[1, 'recording']]);
    const again = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    expect(again.json().error.code).toBe('RECORDING_ALREADY_RUNNING');

    // The state everyone polls shows the recording and each consent.
    const state = await new RoomParticipation(t.deps).state(party, 'guest', SYSTEM);
    expect(state.recordingState).toBe('recording');
    expect(state.me.consentedAt).not.toBeNull();
    expect(state.participants.every((p) => p.consentedAt !== null)).toBe(true);

    const late = await addGuest(roomId, '李春林', 'waiting');
    await admit(roomId, late.id);
    expect(media.rooms.recording.get(roomId)).toBe(false);
    expect((await segments(roomId)).map((s) => [s.segment, s.status])).toEqual([[1, 'stopped']]);
    const paused = await get(host, `/api/v1/mediation-rooms/${roomId}/recordings`);
    expect(paused.json()).toMatchObject({
      recordingState: 'paused',
      missing: [{ participantId: late.id, displayName: '李**' }],
    });

    const refused = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    expect(refused.json().error.code).toBe('RECORDING_CONSENT_MISSING');
    await guestConsents(late);
    const resumed = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    expect(resumed.statusCode).toBe(200);
    expect((await segments(roomId)).map((s) => [s.segment, s.status])).toEqual([
      [1, 'stopped'],
      [2, 'recording'],
    ]);

    const pausedByHost = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/pause`);
    expect(pausedByHost.json().recordingState).toBe('paused');
    const nothing = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/pause`);
    expect(nothing.json().error.code).toBe('RECORDING_NOT_RUNNING');
  });

  it('pauses when someone in the room withdraws, and keeps the consent history with times', async () => {
    const { roomId, hostParticipant } = await openRoom();
    await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
    expect((await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`)).statusCode).toBe(200);

    const withdrawn = await post(host, `/api/v1/mediation-rooms/${roomId}/consent/withdraw`);
    expect(withdrawn.json()).toEqual({ participantId: hostParticipant.id, consentedAt: null });
    expect(media.rooms.recording.get(roomId)).toBe(false);
    const list = (await get(host, `/api/v1/mediation-rooms/${roomId}/recordings`)).json() as RoomRecordings;
    expect(list.recordingState).toBe('paused');
    expect(list.consents).toEqual([
      expect.objectContaining({ participantId: hostParticipant.id, withdrawnAt: expect.any(String) }),
    ]);
    const pauses = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'room.recording.pause')
      .where('target_id', '=', roomId)
      .execute();
    expect(pauses.map((p) => JSON.parse(p.detail ?? '{}').reason)).toEqual(['consent_missing']);
  });

  it('lets only the host start, hides the room from other towns, and refuses a consent from someone not in it', async () => {
    const { roomId } = await openRoom();
    expect((await post(cadre, `/api/v1/mediation-rooms/${roomId}/recording/start`)).json().error.code).toBe(
      'FORBIDDEN',
    );
    expect((await post(stranger, `/api/v1/mediation-rooms/${roomId}/recording/start`)).json().error.code).toBe(
      'ROOM_NOT_FOUND',
    );
    expect((await get(stranger, `/api/v1/mediation-rooms/${roomId}/recordings`)).statusCode).toBe(404);
    expect((await post(cadre, `/api/v1/mediation-rooms/${roomId}/consent`)).json().error.code).toBe(
      'ROOM_NOT_ADMITTED',
    );
    expect((await get(cadre, `/api/v1/mediation-rooms/${roomId}/recordings`)).statusCode).toBe(200);
  });

  it('takes a guest’s consent through the guest route, with its time, and records once everyone consented', async () => {
    const { roomId } = await openRoom();
    await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/v1/mediation-rooms/${roomId}/invitations`,
      headers: host.headers(),
      payload: { displayName: '王德明', kind: 'relative' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const entered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/room-guest/enter',
      payload: { token: invited.json().token },
    });
    expect(entered.statusCode, entered.body).toBe(200);
    const cookie = `fq_room_guest=${entered.cookies.find((c) => c.name === 'fq_room_guest')?.value}`;
    const { participantId, csrfToken } = entered.json() as { participantId: string; csrfToken: string };
    await admit(roomId, participantId);
    expect((await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`)).json().error.code).toBe(
      'RECORDING_CONSENT_MISSING',
    );

    const consented = await t.app.inject({
      method: 'POST',
      url: '/api/v1/room-guest/consent',
      headers: { cookie, 'x-room-guest-csrf': csrfToken },
      payload: {},
    });
    expect(consented.statusCode, consented.body).toBeLessThan(300);
    const state = await t.app.inject({ method: 'GET', url: '/api/v1/room-guest/state', headers: { cookie } });
    expect(state.json().me.consentedAt).toEqual(expect.any(String));
    expect((await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`)).statusCode).toBe(200);
  });

  it('writes no segment when the media server cannot start recording', async () => {
    const { roomId } = await openRoom();
    await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
    media.setState('unreachable');
    try {
      const res = await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('MEDIA_UNAVAILABLE');
    } finally {
      media.setState('ready');
    }
    expect(await segments(roomId)).toEqual([]);
    const list = (await get(host, `/api/v1/mediation-rooms/${roomId}/recordings`)).json() as RoomRecordings;
    expect(list.recordingState).toBe('off');
  });

  describe('after the close', () => {
    let roomId: string;
    let fileId: string;
    let hostParticipant: { id: string };
    let party: RoomParticipant;

    beforeAll(async () => {
      ({ roomId, hostParticipant } = await openRoom());
      party = await addGuest(roomId, '王德明', 'admitted');
      await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
      await guestConsents(party);
      expect((await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`)).statusCode).toBe(200);
      const [segment] = await segments(roomId);
      const startedAt = new Date(Date.parse(segment?.started_at ?? '') + 500).toISOString();
      for (const participant of [hostParticipant, party]) {
        for (const kind of ['audio', 'video'] as const) {
          media.rooms.addRecordingFile(roomId, {
            participantKey: participant.id,
            kind,
            path: `/recordings/${roomId}/${participant.id}-${kind}.mjr`,
            startedAt,
          });
        }
      }
      await closeRoom(roomId);
    });

    it('stops recording at the close and queues the segments for conversion', async () => {
      expect(media.calls.filter((call) => call.startsWith(`setRecording:${roomId}`))).toEqual([
        `setRecording:${roomId}:on`,
        `setRecording:${roomId}:off`,
      ]);
      expect((await segments(roomId)).map((s) => s.status)).toEqual(['converting']);
    });

    it('converts each participant’s part into a WebM attachment of the case, named by role, then removes the raw files', async () => {
      const converted: string[][] = [];
      const conversion = new RoomRecordingConversion(t.deps, async (files, out) => {
        converted.push(files.map((f) => f.kind).sort());
        await writeFile(out, WEBM);
        return { bytes: WEBM.length, durationSeconds: 2400 };
      });
      expect(await conversion.run()).toEqual({ stored: 2, failed: 0 });
      expect(converted).toEqual([
        ['audio', 'video'],
        ['audio', 'video'],
      ]);
      expect((await segments(roomId)).map((s) => s.status)).toEqual(['stored']);
      expect(media.calls).toContain(`removeRecordings:${roomId}`);

      const attachments = (await get(officer, `/api/v1/disputes/${dispute.id}/attachments`)).json() as {
        fileName: string;
        mediaType: string;
      }[];
      expect(
        attachments
          .filter((a) => a.mediaType === 'video/webm')
          .map((a) => a.fileName)
          .sort(),
      ).toEqual(['线上调解录像-第1段-当事人.webm', '线上调解录像-第1段-辅警.webm'].sort());
      const list = (await get(officer, `/api/v1/mediation-rooms/${roomId}/recordings`)).json() as RoomRecordings;
      const files = list.segments[0]?.files ?? [];
      expect(files.map((f) => [f.status, f.durationSeconds, f.actions])).toEqual([
        ['stored', 2400, ['play']],
        ['stored', 2400, ['play']],
      ]);
      fileId = files[0]?.id ?? '';
      expect(await auditCount('room.recording.store')).toBeGreaterThanOrEqual(2);
      // A second run finds nothing left to do.
      expect(await conversion.run()).toEqual({ stored: 0, failed: 0 });
    });

    it('plays with Range (206), audited once per playback, and only to the case’s readers', async () => {
      const before = await auditCount('room.recording.play');
      const first = await get(officer, `/api/v1/mediation-room-recordings/${fileId}/play`, { range: 'bytes=0-3' });
      expect(first.statusCode).toBe(206);
      expect(first.headers['content-type']).toBe('video/webm');
      expect(first.headers['content-range']).toBe(`bytes 0-3/${WEBM.length}`);
      expect(first.rawPayload.equals(WEBM.subarray(0, 4))).toBe(true);
      const seek = await get(officer, `/api/v1/mediation-room-recordings/${fileId}/play`, { range: 'bytes=4-' });
      expect(seek.statusCode).toBe(206);
      expect(seek.rawPayload.equals(WEBM.subarray(4))).toBe(true);
      expect(await auditCount('room.recording.play')).toBe(before + 1);

      const whole = await get(officer, `/api/v1/mediation-room-recordings/${fileId}/play`);
      expect(whole.statusCode).toBe(200);
      expect(whole.rawPayload.equals(WEBM)).toBe(true);
      expect(await auditCount('room.recording.play')).toBe(before + 2);

      const past = await get(officer, `/api/v1/mediation-room-recordings/${fileId}/play`, { range: 'bytes=999-' });
      expect(past.statusCode).toBe(416);
      expect(past.json().error.code).toBe('RECORDING_RANGE_NOT_SATISFIABLE');

      for (const outsider of [stranger, cadre]) {
        const refused = await get(outsider, `/api/v1/mediation-room-recordings/${fileId}/play`);
        expect(refused.statusCode).toBe(404);
        expect(refused.json().error.code).toBe('RECORDING_NOT_FOUND');
      }
      expect(await auditCount('room.recording.play')).toBe(before + 2);
    });

    it('refuses recording changes once the room is closed', async () => {
      expect((await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`)).json().error.code).toBe(
        'ROOM_CLOSED',
      );
      expect((await post(host, `/api/v1/mediation-rooms/${roomId}/consent`)).json().error.code).toBe('ROOM_CLOSED');
    });
  });

  it('marks a failed conversion on its file and segment, goes on with the others, and keeps the raw files', async () => {
    const { roomId, hostParticipant } = await openRoom();
    const party = await addGuest(roomId, '王德明', 'admitted');
    await post(host, `/api/v1/mediation-rooms/${roomId}/consent`);
    await guestConsents(party);
    await post(host, `/api/v1/mediation-rooms/${roomId}/recording/start`);
    const startedAt = new Date(Date.now() + 100).toISOString();
    for (const participant of [hostParticipant, party]) {
      media.rooms.addRecordingFile(roomId, {
        participantKey: participant.id,
        kind: 'video',
        path: `/recordings/${roomId}/${participant.id}-video.mjr`,
        startedAt,
      });
    }
    await closeRoom(roomId);
    const conversion = new RoomRecordingConversion(t.deps, async (files, out) => {
      if (files[0]?.participantKey === party.id) throw new Error('janus-pp-rec failed (exit 1): corrupt header');
      await writeFile(out, WEBM);
      return { bytes: WEBM.length, durationSeconds: 60 };
    });
    // While the media server still has the room (its destruction after the close not yet done), nothing converts.
    await media.rooms.createRoom(roomId, { maxPublishers: 8 });
    expect(await conversion.run()).toEqual({ stored: 0, failed: 0 });
    expect((await segments(roomId)).map((s) => s.status)).toEqual(['converting']);
    await media.rooms.destroyRoom(roomId);
    expect(await conversion.run()).toEqual({ stored: 1, failed: 1 });
    expect((await segments(roomId)).map((s) => s.status)).toEqual(['failed']);
    const list = (await get(officer, `/api/v1/mediation-rooms/${roomId}/recordings`)).json() as RoomRecordings;
    expect(list.segments[0]?.files.map((f) => [f.status, f.error !== null])).toEqual(
      expect.arrayContaining([
        ['stored', false],
        ['failed', true],
      ]),
    );
    expect(media.calls).not.toContain(`removeRecordings:${roomId}`);
  });
});
