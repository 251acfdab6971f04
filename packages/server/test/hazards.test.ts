import { addDays, type Hazard, type HazardDetail, type Page, shanghaiDate, type Today } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../src/app';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { runHazardReminders } from '../src/modules/hazards/hazard-reminders';
import { HazardsService } from '../src/modules/hazards/hazards.service';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import {
  callerWith,
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { JPG, PDF } from './support/upload-files';
import { zipEntry } from './support/zip';

const DAY_MS = 86_400_000;

describe.each(testDialects())('hazards on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let auxNanya: Session;
  let cadre: Session;
  let zzb: Session;
  let land: Session;
  let volunteer: Session;
  const ids: Record<string, string> = {};
  let departments: Record<string, string> = {};
  const today = shanghaiDate(new Date());

  const send = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const notifications = (userId: string, kind: string) =>
    t.deps.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();
  const photo = (s: Session, id: string, kind: 'report' | 'rectification', body = JPG) => {
    const form = multipart(body, { filename: 'photo.jpg', contentType: 'image/jpeg' });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/hazards/${id}/photos?kind=${kind}`,
      headers: s.headers(form.headers),
      payload: form.payload,
    });
  };
  const report = async (s: Session, payload: object): Promise<Hazard> => {
    const res = await send(s, '/api/v1/hazards', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Hazard;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const seeded = await seedDepartments(t.deps, town, ['国土所', '司法所']);
    departments = seeded.departments;
    ids.chief = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ids.officer = (await createAccount(t.deps, 'officer', 'officer', town.district1.id)).id;
    ids.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    ids.auxNanya = (await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id)).id;
    ids.cadre = (await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id)).id;
    ids.zzb = (await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id)).id;
    ids.land = (await createAccount(t.deps, 'land', 'department', town.town.id)).id;
    ids.volunteer = (await createAccount(t.deps, 'volunteer', 'patrol', town.shuangping.id)).id;
    await t.deps.db
      .updateTable('users')
      .set({ person_id: seeded.staffPeople.国土所 })
      .where('id', '=', ids.land)
      .execute();
    // 片区一's district officer answers for the hazards of 双坪村 and 南垭村.
    const districtOfficer = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.district1.id,
      name: '李警官',
      kind: 'staff',
    });
    await insertPersonRow(t.deps.db, districtOfficer);
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: districtOfficer.id,
      jurisdictionId: town.district1.id,
      duty: 'district_officer',
    });
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    auxNanya = await loginAs(t.app, 'aux_nanya');
    cadre = await loginAs(t.app, 'cadre');
    zzb = await loginAs(t.app, 'zzb');
    land = await loginAs(t.app, 'land');
    volunteer = await loginAs(t.app, 'volunteer');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('reports a hazard found on patrol inside the caller’s unit of work, verified by the police', async () => {
    const service = new HazardsService(t.deps);
    const ctx = callerWith(ids.volunteer, [{ role: 'patrol', on: town.shuangping }]);
    const hazard = await inUnitOfWork(t.deps, ctx, (uow) =>
      service.report(
        ctx,
        {
          source: 'patrol',
          sourceRef: { kind: 'patrol_log', id: 'log-1' },
          villageId: town.shuangping.id,
          title: '桥头护栏缺失',
          description: '双坪村桥头护栏缺失约五米',
        },
        uow,
      ),
    );
    expect(hazard.state).toBe('reported');
    expect(hazard.verifierSide).toBe('police');
    expect(hazard.sourceRef).toEqual({ kind: 'patrol_log', id: 'log-1' });
    expect(hazard.villageName).toBe('双坪村');
    expect(hazard.responsibleName).toBe('李警官');
    expect(await notifications(ids.chief, 'hazard.reported')).toHaveLength(1);
    expect(await audits('hazard.report')).toHaveLength(1);
  });

  it('rolls the hazard back with the caller’s change when that change fails', async () => {
    const service = new HazardsService(t.deps);
    const ctx = callerWith(ids.volunteer, [{ role: 'patrol', on: town.shuangping }]);
    const before = await countRows(t.deps, 'hazards');
    await expect(
      inUnitOfWork(t.deps, ctx, async (uow) => {
        await service.report(
          ctx,
          { source: 'patrol', villageId: town.shuangping.id, title: '井盖缺失', description: '路口井盖缺失' },
          uow,
        );
        throw new Error('the patrol log failed');
      }),
    ).rejects.toThrow('the patrol log failed');
    expect(await countRows(t.deps, 'hazards')).toBe(before);
  });

  it('refuses a village out of reach (404) and bad input with stable codes, writing nothing', async () => {
    const other = await seedOtherVillage(t.deps, await seedOtherTown(t.deps, town));
    const before = await countRows(t.deps, 'hazards');
    const base = { source: 'patrol', title: '隐患', description: '说明' };
    expect((await send(aux, '/api/v1/hazards', { ...base, villageId: town.nanya.id })).statusCode).toBe(404);
    expect((await send(chief, '/api/v1/hazards', { ...base, villageId: other.id })).statusCode).toBe(404);
    const group = town.groups.双坪村?.[0]?.id ?? '';
    const notVillage = await send(chief, '/api/v1/hazards', { ...base, villageId: group });
    expect(notVillage.json().error.code).toBe('HAZARD_VILLAGE_UNKNOWN');
    const past = await send(chief, '/api/v1/hazards', {
      ...base,
      villageId: town.shuangping.id,
      deadline: addDays(today, -1),
    });
    expect([past.statusCode, past.json().error.code]).toEqual([400, 'HAZARD_DEADLINE_PAST']);
    const phone = await send(chief, '/api/v1/hazards', {
      ...base,
      source: 'public',
      villageId: town.shuangping.id,
      reporterPhone: '12345',
    });
    expect(phone.json().error.code).toBe('INVALID_MOBILE');
    expect((await send(land, '/api/v1/hazards', { ...base, villageId: town.shuangping.id })).statusCode).toBe(403);
    expect(await countRows(t.deps, 'hazards')).toBe(before);
  });

  it('runs the lifecycle: assigned to the village, rectified with a photo, sent back, verified by the police', async () => {
    const hazard = await report(officer, {
      source: 'public',
      villageId: town.shuangping.id,
      title: '废弃鱼塘无护栏',
      description: '村口废弃鱼塘无护栏无警示牌',
      location: '双坪村村口',
      reporterName: '王大爷',
      reporterPhone: '13800138000',
    });
    expect(hazard.reporterPhone).toBe('138****8000');
    expect(hazard.actions).toEqual(['assign']);
    const stored = await t.deps.db.selectFrom('hazards').selectAll().where('id', '=', hazard.id).executeTakeFirst();
    expect(stored?.phone_enc).not.toContain('13800138000');
    expect((await photo(officer, hazard.id, 'report')).statusCode).toBe(201);

    // The auxiliary officer may not rectify before it is assigned, nor photograph a rectification.
    expect((await photo(aux, hazard.id, 'rectification')).statusCode).toBe(403);
    const assigned = await send(chief, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'village' },
      deadline: addDays(today, 7),
      note: '一周内整改',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((assigned.json() as HazardDetail).state).toBe('assigned');
    expect(await notifications(ids.aux, 'hazard.assigned')).toHaveLength(1);
    expect(await notifications(ids.cadre, 'hazard.assigned')).toHaveLength(1);

    // Closing without a rectification photo is refused, nothing written.
    const eventsBefore = await countRows(t.deps, 'hazard_events');
    const noPhoto = await send(aux, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已加装护栏' });
    expect([noPhoto.statusCode, noPhoto.json().error.code]).toEqual([400, 'HAZARD_RECTIFY_PHOTO_REQUIRED']);
    expect(noPhoto.json().error.messageZh).toContain('整改照片');
    expect(await countRows(t.deps, 'hazard_events')).toBe(eventsBefore);
    expect(
      (await t.deps.db.selectFrom('hazards').select('state').where('id', '=', hazard.id).executeTakeFirst())?.state,
    ).toBe('assigned');
    // The report photo does not count as a rectification photo; neither does another village's officer.
    expect((await photo(auxNanya, hazard.id, 'rectification')).statusCode).toBe(404);
    expect((await photo(aux, hazard.id, 'rectification', PDF)).statusCode).toBe(415);
    expect((await photo(cadre, hazard.id, 'rectification')).statusCode).toBe(201);
    const noNote = await send(aux, `/api/v1/hazards/${hazard.id}/rectify`, { note: ' ' });
    expect(noNote.json().error.code).toBe('HAZARD_RECTIFY_NOTE_REQUIRED');
    const rectified = await send(aux, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已加装护栏和警示牌' });
    expect(rectified.statusCode, rectified.body).toBe(200);
    expect((rectified.json() as HazardDetail).state).toBe('rectified');
    expect(await notifications(ids.chief, 'hazard.rectified')).toHaveLength(1);

    // A public-desk report of the police is verified by the police, not by the 综治办.
    const wrongSide = await send(zzb, `/api/v1/hazards/${hazard.id}/verify`, {});
    expect([wrongSide.statusCode, wrongSide.json().error.code]).toEqual([403, 'HAZARD_WRONG_SIDE']);
    const back = await send(chief, `/api/v1/hazards/${hazard.id}/send-back`, { reason: '警示牌不清晰' });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as HazardDetail).round).toBe(2);
    // A new round needs a new photo.
    const again = await send(aux, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已更换' });
    expect(again.json().error.code).toBe('HAZARD_RECTIFY_PHOTO_REQUIRED');
    expect((await photo(aux, hazard.id, 'rectification')).statusCode).toBe(201);
    expect((await send(aux, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已更换警示牌' })).statusCode).toBe(200);
    const verified = await send(officer, `/api/v1/hazards/${hazard.id}/verify`, { note: '验收合格' });
    expect(verified.statusCode, verified.body).toBe(200);
    const detail = verified.json() as HazardDetail;
    expect(detail.state).toBe('verified');
    expect(detail.actions).toEqual([]);
    expect(detail.history.map((event) => event.kind)).toEqual([
      'reported',
      'assigned',
      'rectified',
      'sent_back',
      'rectified',
      'verified',
    ]);
    expect(detail.photos.map((p) => [p.kind, p.round])).toEqual([
      ['report', 0],
      ['rectification', 1],
      ['rectification', 2],
    ]);
    expect((await send(chief, `/api/v1/hazards/${hazard.id}/verify`, {})).json().error.code).toBe(
      'HAZARD_STATE_INVALID',
    );
    const download = await get(chief, `/api/v1/hazard-photos/${detail.photos[0]?.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(await audits('hazard.photo.download')).toHaveLength(1);
    for (const action of ['hazard.assign', 'hazard.rectify', 'hazard.send_back', 'hazard.verify', 'hazard.photo']) {
      expect((await audits(action)).length, action).toBeGreaterThan(0);
    }
  });

  it('lets only the assigned department rectify a hazard assigned to it, and the 综治办 verify an inspection', async () => {
    const hazard = await report(zzb, {
      source: 'inspection',
      villageId: town.nanya.id,
      title: '山体滑坡隐患',
      description: '南垭村三组后山有裂缝',
    });
    expect(hazard.verifierSide).toBe('governance');
    const bad = await send(zzb, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'department', organizationId: 'nope' },
      deadline: addDays(today, 3),
    });
    expect(bad.json().error.code).toBe('HAZARD_DEPARTMENT_UNKNOWN');
    const assigned = await send(zzb, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'department', organizationId: departments.国土所 },
      deadline: addDays(today, 3),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((assigned.json() as HazardDetail).assigneeName).toBe('国土所');
    // The village's own auxiliary officer reads it but does not rectify what the department was given.
    const auxView = (await get(auxNanya, `/api/v1/hazards/${hazard.id}`)).json() as HazardDetail;
    expect(auxView.actions).toEqual([]);
    expect((await photo(auxNanya, hazard.id, 'rectification')).json().error.code).toBe('HAZARD_NOT_RECTIFIER');
    const landView = (await get(land, `/api/v1/hazards/${hazard.id}`)).json() as HazardDetail;
    expect(landView.actions).toEqual(['rectify', 'photo']);
    // The department's photos are its rectification, never evidence added to the 综治办's report.
    const before = await countRows(t.deps, 'hazard_photos');
    expect((await photo(land, hazard.id, 'report')).statusCode).toBe(403);
    expect(await countRows(t.deps, 'hazard_photos')).toBe(before);
    expect((await photo(zzb, hazard.id, 'report')).statusCode).toBe(201);
    expect((await photo(land, hazard.id, 'rectification')).statusCode).toBe(201);
    expect((await send(land, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已设置警戒' })).statusCode).toBe(200);
    expect((await send(chief, `/api/v1/hazards/${hazard.id}/verify`, {})).json().error.code).toBe('HAZARD_WRONG_SIDE');
    expect((await send(zzb, `/api/v1/hazards/${hazard.id}/verify`, {})).statusCode).toBe(200);
    // The department sees only what it was given.
    const landList = (await get(land, '/api/v1/hazards')).json() as Page<Hazard>;
    expect(landList.items.map((item) => item.id)).toEqual([hazard.id]);
  });

  it('lists with filters, hides other villages, and the volunteer sees what he reported', async () => {
    const all = (await get(chief, '/api/v1/hazards?limit=50')).json() as Page<Hazard>;
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    const nanya = (await get(auxNanya, '/api/v1/hazards')).json() as Page<Hazard>;
    expect(nanya.items.every((item) => item.villageId === town.nanya.id)).toBe(true);
    const inspection = (await get(chief, '/api/v1/hazards?source=inspection')).json() as Page<Hazard>;
    expect(inspection.items.map((item) => item.source)).toEqual(['inspection']);
    const verified = (await get(chief, '/api/v1/hazards?state=verified')).json() as Page<Hazard>;
    expect(verified.items).toHaveLength(2);
    const mine = (await get(volunteer, '/api/v1/hazards')).json() as Page<Hazard>;
    expect(mine.items.map((item) => item.reportedByName)).toEqual([ids.volunteer]);
    const byVillage = (await get(chief, `/api/v1/hazards?villageId=${town.shuangping.id}`)).json() as Page<Hazard>;
    expect(byVillage.items.every((item) => item.villageName === '双坪村')).toBe(true);
    // Another village's hazard answers like a missing one.
    expect((await get(auxNanya, `/api/v1/hazards/${byVillage.items[0]?.id}`)).statusCode).toBe(404);
  });

  it('flags overdue hazards, lists them, and reminds once per hazard per Shanghai day', async () => {
    const hazard = await report(chief, {
      source: 'video_patrol',
      villageId: town.shuangping.id,
      title: '电线私拉乱接',
      description: '双坪村二组电线私拉乱接',
    });
    expect(
      (
        await send(chief, `/api/v1/hazards/${hazard.id}/assign`, {
          assignee: { kind: 'village' },
          deadline: today,
        })
      ).statusCode,
    ).toBe(200);
    expect(((await get(aux, `/api/v1/hazards/${hazard.id}`)).json() as Hazard).deadline.kind).toBe('today');
    const dueSoon = (await get(aux, '/api/v1/hazards?dueSoon=true')).json() as Page<Hazard>;
    expect(dueSoon.items.map((item) => item.id)).toContain(hazard.id);
    expect(((await get(aux, '/api/v1/hazards?overdue=true')).json() as Page<Hazard>).items).toEqual([]);
    // Move the deadline into the past as the clock would: two days later it is overdue.
    await t.deps.db
      .updateTable('hazards')
      .set({ due_on: addDays(today, -2) })
      .where('id', '=', hazard.id)
      .execute();
    const overdue = (await get(aux, '/api/v1/hazards?overdue=true')).json() as Page<Hazard>;
    expect(overdue.items.map((item) => [item.id, item.overdue])).toEqual([[hazard.id, true]]);
    const now = new Date();
    expect(await runHazardReminders(t.deps, now)).toBe(1);
    expect(await runHazardReminders(t.deps, new Date(now.getTime() + 60_000))).toBe(0);
    expect(await notifications(ids.aux, 'hazard.overdue')).toHaveLength(1);
    expect(await notifications(ids.chief, 'hazard.overdue')).toHaveLength(1);
    // The next Shanghai day reminds again.
    expect(await runHazardReminders(t.deps, new Date(now.getTime() + DAY_MS))).toBe(1);
    expect(await notifications(ids.aux, 'hazard.overdue')).toHaveLength(2);
    expect(appJobs(t.deps).map((job) => job.name)).toContain('hazards.overdue-reminders');
    // The home page shows it to the village's officer, linked to the overdue list.
    const home = (await get(aux, '/api/v1/home/today')).json() as Today;
    const group = home.groups.find((g) => g.key === 'hazard_overdue');
    expect(group?.items.map((item) => item.link)).toEqual([`/hazards/${hazard.id}`]);
    expect(group?.list).toEqual({ path: '/hazards', query: { overdue: 'true' } });
  });

  it('exports the list to Excel with the reporter’s phone masked, audited once', async () => {
    const res = await get(chief, '/api/v1/hazards/export.xlsx?source=public');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const strings = zipEntry(res.rawPayload, 'xl/sharedStrings.xml');
    expect(strings).toContain('138****8000');
    expect(strings).not.toContain('13800138000');
    const [row] = await audits('hazard.export');
    expect(String(row?.detail)).toContain('"count":1');
  });
  it('starts a new round when a hazard is handed to another assignee: the earlier photos do not count', async () => {
    const hazard = await report(zzb, {
      source: 'inspection',
      villageId: town.nanya.id,
      title: '危房隐患',
      description: '南垭村旧校舍墙体开裂',
    });
    const toVillage = await send(zzb, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'village' },
      deadline: addDays(today, 5),
    });
    expect(toVillage.statusCode, toVillage.body).toBe(200);
    expect((await photo(auxNanya, hazard.id, 'rectification')).statusCode).toBe(201);
    // Moving the deadline for the same assignee keeps his photo.
    await send(zzb, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'village' },
      deadline: addDays(today, 6),
    });
    const moved = await send(zzb, `/api/v1/hazards/${hazard.id}/assign`, {
      assignee: { kind: 'department', organizationId: departments.国土所 },
      deadline: addDays(today, 7),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const refused = await send(land, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已处理' });
    expect(refused.json().error.code).toBe('HAZARD_RECTIFY_PHOTO_REQUIRED');
    expect((await photo(land, hazard.id, 'rectification')).statusCode).toBe(201);
    expect((await send(land, `/api/v1/hazards/${hazard.id}/rectify`, { note: '已处理' })).statusCode).toBe(200);
  });
});
