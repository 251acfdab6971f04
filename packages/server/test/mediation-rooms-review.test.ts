import type { RoomView } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMediationRow } from '../src/modules/disputes/mediations.repository';
import { newId, nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { insertDispute } from './support/dispute-rows';
import type { FakeMediaServer } from './support/fake-media-server';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Attacks on the room core found in the issue #12 review, each kept as the test that failed before its fix. */
describe.each(testDialects())('online mediation rooms under review on %s', (dialect) => {
  let t: TestApp;
  let media: FakeMediaServer;
  let town: SmallTown;
  let officer: Session;
  let cadre: Session;

  const send = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const participantRow = (id: string) =>
    t.deps.db.selectFrom('mediation_room_participants').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  async function openRoom(): Promise<{ room: RoomView; disputeId: string; mediationId: string }> {
    const dispute = await insertDispute(t.deps.db, town.duanjiang, '2026-11-20T02:00:00.000Z');
    const mediationId = newId();
    await insertMediationRow(t.deps.db, {
      id: mediationId,
      dispute_id: dispute.id,
      town_id: dispute.town_id,
      jurisdiction_id: dispute.jurisdiction_id,
      track: 'people',
      initiated_by: 'party',
      started_at: nowIso(new Date(Date.now() - 3_600_000)),
      status: 'open',
      ended_at: null,
      mediator_ids: [],
      responsible_officer_id: null,
      extensions: [],
      termination_reason: null,
      other_routes_explained: null,
      reported_to_police: 0,
      created_at: nowIso(),
    });
    const res = await send(officer, `/api/v1/mediations/${mediationId}/rooms`);
    expect(res.statusCode, res.body).toBe(201);
    return { room: res.json() as RoomView, disputeId: dispute.id, mediationId };
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
    officer = await loginAs(t.app, 'officer');
    cadre = await loginAs(t.app, 'cadre');
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
});
