import type { DutyCalendar, DutyLog, Page } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { testDialects } from './support/databases';
import { countRows, createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { EXE, JPG, PDF, PNG, storedFiles } from './support/upload-files';

const MAX_BYTES = 4096;
const BACKDATE_DAYS = 3650;

describe.each(testDialects())('duty log on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let auxNanya: Session;
  let chief: Session;
  let officer: Session;
  let patrol: Session;
  let auxId = '';
  let auxNanyaId = '';
  let disputeId = '';
  let disputeNumber = '';
  let nanyaDisputeId = '';
  const incidentIds: Record<string, string> = {};

  /** An incident as the incidents module stores it, written directly: only its place and number matter here. */
  const incident = async (jurisdictionId: string, number: string) => {
    const now = new Date().toISOString();
    const id = `incident-${number}`;
    await insertIncidentRow(
      t.deps.db,
      incidentRow(
        { id, townId: town.town.id, jurisdictionId, number, receivedAt: now },
        {
          source: 'dispatch_110',
          class_code: '020100',
          class_name: '纠纷',
          summary: '邻里争吵',
          arrival_deadline_at: now,
        },
      ),
    );
    return id;
  };

  const post = (s: Session, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/duty-logs', headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const count = (table: 'duty_logs' | 'duty_log_links' | 'duty_log_photos') => countRows(t.deps, table);
  const audits = async (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const upload = (s: Session, id: string, content: Buffer, filename: string) => {
    const body = multipart(content, { filename });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/duty-logs/${id}/photos`,
      headers: s.headers(body.headers),
      payload: body.payload,
    });
  };

  beforeAll(async () => {
    // Ten years back, so the fixed October dates below stay recordable; the bound itself is tested with it.
    t = await createTestApp(
      dialect,
      {},
      { FENGQIAO_ATTACHMENT_MAX_BYTES: String(MAX_BYTES), FENGQIAO_INCIDENT_BACKDATE_DAYS: String(BACKDATE_DAYS) },
    );
    town = await seedSmallTown(t.deps);
    auxId = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    auxNanyaId = (await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id)).id;
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'patrol', 'patrol', town.town.id);
    aux = await loginAs(t.app, 'aux');
    auxNanya = await loginAs(t.app, 'aux_nanya');
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    patrol = await loginAs(t.app, 'patrol');
    const dispute = (jurisdictionId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/disputes',
        headers: chief.headers(),
        payload: { jurisdictionId, category: 'neighbour', source: 'screening', summary: '邻里排水纠纷' },
      });
    const made = (await dispute(town.shuangping.id)).json() as { id: string; number: string };
    disputeId = made.id;
    disputeNumber = made.number;
    nanyaDisputeId = (await dispute(town.nanya.id)).json().id;
    incidentIds.shuangping = await incident(town.groups[town.shuangping.name]?.[0]?.id ?? '', 'J2026-001');
    incidentIds.nanya = await incident(town.nanya.id, 'J2026-002');
  });
  afterAll(async () => t.close());

  it('logs a duty from the type alone: now, the caller’s own village, the caller as officer, audited', async () => {
    const before = Date.now();
    const res = await post(aux, { type: 'patrol' });
    expect(res.statusCode, res.body).toBe(201);
    const entry = res.json() as DutyLog;
    expect(entry).toMatchObject({
      type: 'patrol',
      villageId: town.shuangping.id,
      villageName: '双坪村',
      townId: town.town.id,
      officerUserId: auxId,
      officerName: 'aux',
      place: null,
      note: null,
      links: [],
      photos: [],
      actions: ['photo'],
    });
    expect(Date.parse(entry.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(entry.occurredAt)).toBeLessThanOrEqual(Date.now());
    const [row] = await audits('duty_log.create');
    expect(row).toMatchObject({ target_type: 'duty_log', target_id: entry.id, user_id: auxId });
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ type: 'patrol', villageId: town.shuangping.id });
  });

  it('takes the time, place, note and a dispute link the caller may read, labelled with its number', async () => {
    const occurredAt = '2026-11-20T10:15:00+08:00';
    const res = await post(aux, {
      type: 'mediation',
      occurredAt,
      place: '双坪村3组',
      note: '调解排水沟纠纷',
      links: [
        { kind: 'dispute', id: disputeId },
        { kind: 'dispute', id: disputeId },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'mediation',
      occurredAt: '2026-11-20T02:15:00.000Z',
      occurredOn: '2026-11-20',
      place: '双坪村3组',
      note: '调解排水沟纠纷',
      links: [{ kind: 'dispute', id: disputeId, label: disputeNumber }],
    });
    const fetched = await get(chief, `/api/v1/duty-logs/${res.json().id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toMatchObject({ links: [{ label: disputeNumber }], actions: [] });
  });

  it('refuses another village, a group, an unknown id and a missing village alike, writing nothing', async () => {
    const logs = await count('duty_logs');
    const created = (await audits('duty_log.create')).length;
    for (const villageId of [
      town.nanya.id,
      town.duanjiang.id,
      town.groups[town.shuangping.name]?.[0]?.id,
      'no-such-village',
    ]) {
      const res = await post(aux, { type: 'patrol', villageId });
      expect(res.statusCode, String(villageId)).toBe(404);
      expect(res.json().error.code).toBe('DUTY_VILLAGE_NOT_FOUND');
    }
    // The chief holds no village: the entry must name one.
    const chiefs = await post(chief, { type: 'patrol' });
    expect(chiefs.statusCode).toBe(400);
    expect(chiefs.json().error.code).toBe('DUTY_VILLAGE_REQUIRED');
    // An officer logs in the villages of their district only.
    expect((await post(officer, { type: 'patrol', villageId: town.duanjiang.id })).statusCode).toBe(404);
    // Without duty.log anywhere: 403, before any other check.
    expect((await post(patrol, { type: 'patrol', villageId: town.shuangping.id })).statusCode).toBe(403);
    expect((await post(patrol, { type: 'patrol' })).statusCode).toBe(403);
    expect((await post(patrol, { type: 'patrol', occurredAt: '2099-01-01T00:00:00Z' })).statusCode).toBe(403);
    expect(await count('duty_logs')).toBe(logs);
    expect(await audits('duty_log.create')).toHaveLength(created);
    expect((await post(chief, { type: 'traffic', villageId: town.duanjiang.id })).statusCode).toBe(201);
    expect((await post(officer, { type: 'publicity', villageId: town.nanya.id })).statusCode).toBe(201);
  });

  it('refuses a time in the future beyond the clock skew with TIME_IN_FUTURE, writing nothing', async () => {
    const logs = await count('duty_logs');
    const future = await post(aux, { type: 'patrol', occurredAt: new Date(Date.now() + 6 * 60_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({
      code: 'TIME_IN_FUTURE',
      details: { problems: [{ code: 'TIME_IN_FUTURE', path: 'occurredAt' }] },
    });
    expect(await count('duty_logs')).toBe(logs);
    const skewed = await post(aux, { type: 'patrol', occurredAt: new Date(Date.now() + 3 * 60_000).toISOString() });
    expect(skewed.statusCode).toBe(201);
  });

  it('refuses a time further back than FENGQIAO_INCIDENT_BACKDATE_DAYS with TIME_TOO_FAR_BACK, writing nothing', async () => {
    const logs = await count('duty_logs');
    const old = await post(aux, {
      type: 'patrol',
      occurredAt: new Date(Date.now() - (BACKDATE_DAYS + 1) * 86_400_000).toISOString(),
    });
    expect(old.statusCode).toBe(400);
    expect(old.json().error).toMatchObject({
      code: 'TIME_TOO_FAR_BACK',
      details: { problems: [{ code: 'TIME_TOO_FAR_BACK', path: 'occurredAt' }] },
    });
    expect(await count('duty_logs')).toBe(logs);
  });

  it('links incidents in the caller’s reach by their number, and refuses those out of reach, writing nothing', async () => {
    const linked = await post(aux, {
      type: 'scene_protection',
      links: [{ kind: 'incident', id: incidentIds.shuangping }],
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().links).toEqual([{ kind: 'incident', id: incidentIds.shuangping, label: 'J2026-001' }]);
    const logs = await count('duty_logs');
    const links = await count('duty_log_links');
    for (const link of [
      { kind: 'dispute', id: nanyaDisputeId },
      { kind: 'dispute', id: 'no-such-dispute' },
      { kind: 'incident', id: incidentIds.nanya },
      { kind: 'incident', id: 'no-such-incident' },
    ]) {
      const res = await post(aux, { type: 'mediation', links: [{ kind: 'dispute', id: disputeId }, link] });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'DUTY_LINK_NOT_FOUND', details: { index: 1, ...link } });
    }
    expect(await count('duty_logs')).toBe(logs);
    expect(await count('duty_log_links')).toBe(links);
    // The officer reads the whole town's disputes and incidents, so these links are theirs to make.
    const officers = await post(officer, {
      type: 'mediation',
      villageId: town.nanya.id,
      links: [
        { kind: 'dispute', id: nanyaDisputeId },
        { kind: 'incident', id: incidentIds.nanya },
      ],
    });
    expect(officers.statusCode).toBe(201);
    expect(officers.json().links.map((l: { label: string }) => l.label)).toContain('J2026-002');
  });

  it('lists per village, officer, day and type within the reader’s reach, newest first, page by page', async () => {
    const day = '2026-11-18';
    const ids: string[] = [];
    for (const [i, type] of (['patrol', 'publicity', 'patrol'] as const).entries()) {
      const res = await post(aux, { type, occurredAt: `${day}T0${i + 1}:00:00+08:00` });
      ids.push(res.json().id);
    }
    const nanyaEntry = (await post(auxNanya, { type: 'patrol', occurredAt: `${day}T09:00:00+08:00` })).json().id;

    const list = async (s: Session, query: string) => {
      const res = await get(s, `/api/v1/duty-logs?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Page<DutyLog>;
    };
    expect((await list(chief, `day=${day}`)).items.map((e) => e.id)).toEqual([nanyaEntry, ...ids.toReversed()]);
    expect((await list(aux, `day=${day}`)).items.map((e) => e.id)).toEqual(ids.toReversed());
    expect((await list(auxNanya, `day=${day}`)).items.map((e) => e.id)).toEqual([nanyaEntry]);
    expect((await list(chief, `day=${day}&villageId=${town.nanya.id}`)).items.map((e) => e.id)).toEqual([nanyaEntry]);
    expect((await list(chief, `day=${day}&officerId=${auxNanyaId}`)).items.map((e) => e.id)).toEqual([nanyaEntry]);
    expect((await list(chief, `day=${day}&type=patrol&officerId=${auxId}`)).items.map((e) => e.id)).toEqual([
      ids[2],
      ids[0],
    ]);
    expect((await list(chief, `from=2026-11-17&to=2026-11-18&villageId=${town.shuangping.id}`)).items).toHaveLength(3);
    // Another village's entries are not there for the auxiliary officer, even when asked for by village.
    expect((await list(aux, `villageId=${town.nanya.id}`)).items).toEqual([]);

    const first = await list(chief, `day=${day}&limit=2`);
    expect(first.items.map((e) => e.id)).toEqual([nanyaEntry, ids[2]]);
    const second = await list(chief, `day=${day}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();

    expect((await get(patrol, '/api/v1/duty-logs')).statusCode).toBe(403);
    expect((await get(auxNanya, `/api/v1/duty-logs/${ids[0]}`)).statusCode).toBe(404);
    expect((await get(auxNanya, '/api/v1/duty-logs/no-such-entry')).statusCode).toBe(404);
    expect((await get(chief, '/api/v1/duty-logs?cursor=bad')).statusCode).toBe(400);
  });

  it('counts an officer’s month per Shanghai day: 23:30 Beijing stays that day, 00:30 is the next', async () => {
    // 23:30 on 31 October and 00:30 on 1 November in Beijing: both 31 October in UTC.
    await post(aux, { type: 'patrol', occurredAt: '2026-10-31T15:30:00Z' });
    await post(aux, { type: 'key_person', occurredAt: '2026-10-31T16:30:00Z' });
    await post(aux, { type: 'patrol', occurredAt: '2026-10-15T08:00:00+08:00' });
    await post(aux, { type: 'patrol', occurredAt: '2026-10-15T20:00:00+08:00' });
    await post(aux, { type: 'intelligence', occurredAt: '2026-10-15T21:00:00+08:00' });
    await post(auxNanya, { type: 'patrol', occurredAt: '2026-10-15T21:00:00+08:00' });

    const calendar = async (s: Session, query: string) => {
      const res = await get(s, `/api/v1/duty-logs/calendar?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as DutyCalendar;
    };
    expect(await calendar(chief, `officerId=${auxId}&month=2026-10`)).toEqual({
      officerId: auxId,
      month: '2026-10',
      days: [
        {
          day: '2026-10-15',
          total: 3,
          counts: [
            { type: 'patrol', count: 2 },
            { type: 'intelligence', count: 1 },
          ],
        },
        { day: '2026-10-31', total: 1, counts: [{ type: 'patrol', count: 1 }] },
      ],
    });
    const november = await calendar(aux, 'month=2026-11');
    expect(november.officerId).toBe(auxId);
    expect(november.days[0]).toEqual({ day: '2026-11-01', total: 1, counts: [{ type: 'key_person', count: 1 }] });
    // Another village's auxiliary officer sees nothing of this officer's month.
    expect((await calendar(auxNanya, `officerId=${auxId}&month=2026-10`)).days).toEqual([]);
    expect((await get(chief, '/api/v1/duty-logs/calendar?month=2026-13')).statusCode).toBe(400);

    const officers = await get(chief, '/api/v1/duty-logs/officers?since=2026-01-01');
    expect(officers.statusCode).toBe(200);
    expect((officers.json() as { userId: string; villageName: string }[]).map((o) => o.userId)).toContain(auxId);
    expect(
      (await get(aux, '/api/v1/duty-logs/officers?since=2026-01-01')).json().map((o: { userId: string }) => o.userId),
    ).toEqual([auxId]);
  });

  it('takes photos of one’s own entry, images only, within the size limit, and streams them back audited', async () => {
    const entry = (await post(aux, { type: 'scene_protection' })).json() as DutyLog;
    const files = storedFiles(t.config.dataDir).length;
    const photos = await count('duty_log_photos');

    const png = await upload(aux, entry.id, PNG, '现场.png');
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ dutyLogId: entry.id, mediaType: 'image/png', size: PNG.length });
    expect((await upload(aux, entry.id, JPG, 'photo.jpeg')).statusCode).toBe(201);
    const fetched = (await get(aux, `/api/v1/duty-logs/${entry.id}`)).json() as DutyLog;
    expect(fetched.photos).toEqual([png.json().id, expect.any(String)]);

    const download = await get(chief, `/api/v1/duty-log-photos/${png.json().id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(await audits('duty_log.photo.download')).toHaveLength(1);
    expect(await audits('duty_log.photo.create')).toHaveLength(2);
    expect((await get(auxNanya, `/api/v1/duty-log-photos/${png.json().id}/download`)).statusCode).toBe(404);

    // Hostile or wrong files: a PDF (not a photo), an executable named .png, a PDF named .jpg, an oversize image.
    const refused = [
      [PDF, 'scan.pdf', 415],
      [EXE, 'photo.png', 415],
      [PDF, 'photo.jpg', 415],
      [Buffer.concat([PNG, Buffer.alloc(MAX_BYTES)]), 'big.png', 413],
    ] as const;
    for (const [content, name, status] of refused) {
      const res = await upload(aux, entry.id, content, name);
      expect(res.statusCode, name).toBe(status);
    }
    // Someone else's entry: another village answers 404, the chief who reads it may not add evidence to it.
    expect((await upload(auxNanya, entry.id, PNG, 'x.png')).statusCode).toBe(404);
    expect((await upload(chief, entry.id, PNG, 'x.png')).statusCode).toBe(403);
    expect((await upload(patrol, entry.id, PNG, 'x.png')).statusCode).toBe(404);
    const broken = await t.app.inject({
      method: 'POST',
      url: `/api/v1/duty-logs/${entry.id}/photos`,
      headers: aux.headers({ 'content-type': 'multipart/form-data; boundary=nothing' }),
      payload: '--nothing\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG',
    });
    expect(broken.statusCode).toBe(400);

    expect(await count('duty_log_photos')).toBe(photos + 2);
    expect(storedFiles(t.config.dataDir)).toHaveLength(files + 2);
  });

  it('names every audit row it writes', async () => {
    const rows = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target_type'])
      .where('action', 'like', 'duty_log.%')
      .execute();
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(['duty_log.create', 'duty_log.photo.create', 'duty_log.photo.download']),
    );
    expect(new Set(rows.map((r) => r.target_type))).toEqual(new Set(['duty_log']));
  });

  it('shows a link’s number only to a reader who may read the linked record; to others it is inaccessible', async () => {
    const made = await post(officer, {
      type: 'mediation',
      villageId: town.shuangping.id,
      links: [
        { kind: 'incident', id: incidentIds.nanya },
        { kind: 'dispute', id: nanyaDisputeId },
        { kind: 'dispute', id: disputeId },
      ],
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = (made.json() as DutyLog).id;
    const linksFor = async (s: Session) => {
      const one = (await get(s, `/api/v1/duty-logs/${id}`)).json() as DutyLog;
      const listed = ((await get(s, '/api/v1/duty-logs?limit=50')).json() as Page<DutyLog>).items.find(
        (e) => e.id === id,
      );
      expect(listed?.links).toEqual(one.links);
      return one.links;
    };
    expect(await linksFor(officer)).toEqual([
      { kind: 'dispute', id: disputeId, label: disputeNumber },
      { kind: 'dispute', id: nanyaDisputeId, label: expect.any(String) },
      { kind: 'incident', id: incidentIds.nanya, label: 'J2026-002' },
    ]);
    expect(await linksFor(aux)).toEqual([
      { kind: 'dispute', id: disputeId, label: disputeNumber },
      { kind: 'dispute', id: null, label: null },
      { kind: 'incident', id: null, label: null },
    ]);
  });
});
