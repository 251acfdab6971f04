import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF, PNG } from './support/upload-files';

/**
 * An attacker's sweep over issue #8's records (review): for every account outside a record's reach, each route on
 * it answers exactly what the same route answers for a missing id, and no list shows the record.
 */
describe.each(testDialects())('issue #8 records out of reach on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const sessions: Record<string, Session> = {};
  const outsiders = ['chief2', 'officer2', 'aux2', 'auxNanya', 'cadre', 'patrol', 'monitor', 'partner', 'zzb', 'dept'];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const other = await createJurisdictionRow(t.deps.db, {
      parent: town.county,
      level: 'town',
      code: '420626105000',
      name: '歇马镇',
    });
    const otherVillage = await createJurisdictionRow(t.deps.db, {
      parent: other,
      level: 'village',
      code: '420626105201',
      name: '歇马村',
    });
    const accounts: [string, Parameters<typeof createAccount>[2], string][] = [
      ['chief', 'chief', town.town.id],
      ['aux', 'auxiliary', town.shuangping.id],
      ['auxNanya', 'auxiliary', town.nanya.id],
      ['chief2', 'chief', other.id],
      ['officer2', 'officer', other.id],
      ['aux2', 'auxiliary', otherVillage.id],
      ['cadre', 'village_cadre', town.shuangping.id],
      ['patrol', 'patrol', town.town.id],
      ['monitor', 'monitor', town.town.id],
      ['partner', 'partner', town.town.id],
      ['zzb', 'zongzhiban', town.town.id],
      ['dept', 'department', town.town.id],
    ];
    for (const [username, role, on] of accounts) {
      await createAccount(t.deps, username, role, on);
      sessions[username] = await loginAs(t.app, username);
    }
  });
  afterAll(async () => t.close());

  const session = (name: string): Session => {
    const found = sessions[name];
    if (!found) throw new Error(name);
    return found;
  };
  const send = (who: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers(), payload });
  const upload = (who: Session, url: string, content: Buffer, filename: string) => {
    const body = multipart(content, { filename });
    return t.app.inject({ method: 'POST', url, headers: who.headers(body.headers), payload: body.payload });
  };

  it('answers every route on a 双坪村 incident, duty entry and photo like a missing id, and lists none of them', async () => {
    const aux = session('aux');
    const incident = await send(aux, 'POST', '/api/v1/incidents', {
      source: 'walk_in',
      classCode: '020201',
      jurisdictionId: town.groups.双坪村?.[0]?.id,
      summary: '越界探测',
      parties: [{ role: 'caller', name: '张探测', phone: '13812345678' }],
    });
    expect(incident.statusCode, incident.body).toBe(201);
    const duty = await send(aux, 'POST', '/api/v1/duty-logs', { type: 'patrol', note: '越界探测' });
    expect(duty.statusCode, duty.body).toBe(201);
    const photo = await upload(aux, `/api/v1/duty-logs/${duty.json().id}/photos`, PNG, 'a.png');
    expect(photo.statusCode, photo.body).toBe(201);
    const routes: [method: 'GET' | 'POST', url: (id: string) => string, id: string, body?: object][] = [
      ['GET', (id) => `/api/v1/incidents/${id}`, incident.json().id],
      ['GET', (id) => `/api/v1/incidents/${id}/unmask`, incident.json().id],
      ['GET', (id) => `/api/v1/incidents/${id}/responders`, incident.json().id],
      ['POST', (id) => `/api/v1/incidents/${id}/parties`, incident.json().id, { role: 'witness', name: '王五' }],
      ['POST', (id) => `/api/v1/incidents/${id}/actions`, incident.json().id, { action: 'acknowledge' }],
      ['GET', (id) => `/api/v1/duty-logs/${id}`, duty.json().id],
      ['GET', (id) => `/api/v1/duty-log-photos/${id}/download`, photo.json().id],
    ];
    for (const name of outsiders) {
      const who = session(name);
      for (const [method, url, id, body] of routes) {
        const real = await send(who, method, url(id), body);
        const missing = await send(who, method, url('01a00000-0000-7000-8000-000000000000'), body);
        expect([name, url(':id'), real.statusCode, real.json()]).toEqual([
          name,
          url(':id'),
          missing.statusCode,
          missing.json(),
        ]);
        expect(real.statusCode).toBeGreaterThanOrEqual(400);
      }
      for (const list of ['/api/v1/incidents', '/api/v1/duty-logs', '/api/v1/duty-logs/officers']) {
        const res = await send(who, 'GET', list);
        expect(res.body, `${name} ${list}`).not.toMatch(/越界探测|张探测|双坪村/);
      }
    }
  });

  it('answers another town’s chief on a training and its material like a missing id', async () => {
    const chief = session('chief');
    const training = await send(chief, 'POST', '/api/v1/rotation/trainings', {
      townId: town.town.id,
      topic: '矛盾纠纷排查化解',
      trainer: '司法所',
      heldOn: '2026-11-05',
      place: '派出所会议室',
      attendeeIds: [],
    });
    expect(training.statusCode, training.body).toBe(201);
    const material = await upload(chief, `/api/v1/rotation/trainings/${training.json().id}/materials`, PDF, 'a.pdf');
    expect(material.statusCode, material.body).toBe(201);
    const materialId = material.json().materials[0].id as string;
    for (const name of ['chief2', 'officer2', 'aux2', 'patrol', 'monitor', 'partner', 'dept']) {
      const who = session(name);
      for (const [url, id] of [
        [(x: string) => `/api/v1/rotation/trainings/${x}`, training.json().id],
        [(x: string) => `/api/v1/rotation/training-materials/${x}/download`, materialId],
      ] as const) {
        const real = await send(who, 'GET', url(id));
        const missing = await send(who, 'GET', url('01a00000-0000-7000-8000-000000000000'));
        expect([name, real.statusCode, real.json()]).toEqual([name, missing.statusCode, missing.json()]);
      }
    }
  });
});
