import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJurisdictionRow, type JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { type DisputePlace, mediationActions } from '../src/modules/disputes/disputes.policy';
import { insertDepartments } from '../src/modules/disputes/disputes.repository';
import { DisputesService } from '../src/modules/disputes/disputes.service';
import type { RequestContext } from '../src/platform/context';
import { nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { callerWith, createAccount, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * One way from grants to records: whatever shape a grant has (a county-level grant, a department grant narrowed to
 * its department's cases), the disputes it lists, the disputes it may open one by one and the disputes it may work
 * are the same set.
 */
describe.each(testDialects())('disputes policy on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let service: DisputesService;
  const ids: Record<string, string> = {};
  let chiefId: string;
  let landUserId: string;
  let landId: string;
  let otherTown: JurisdictionRow;

  const register = async (ctx: RequestContext, key: string, place: JurisdictionRow) => {
    const made = await service.register(ctx, {
      jurisdictionId: place.id,
      category: 'neighbour',
      source: 'screening',
      summary: `${place.name}邻里纠纷`,
      complexity: 'general',
      peopleInvolved: 2,
    });
    ids[key] = made.id;
  };

  /** The three answers of the policy for one caller, as sets of the keys above. */
  const reach = async (ctx: RequestContext) => {
    const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    const listed = (await service.list(ctx, { limit: 100 })).items.map((item) => keyOf.get(item.id));
    const readable: string[] = [];
    const workable: string[] = [];
    const edit: string[] = [];
    for (const [key, id] of Object.entries(ids)) {
      const opened = await service.readable(t.deps.db, ctx, id).then(
        () => true,
        () => false,
      );
      if (opened) readable.push(key);
      const worked = await service.writable(t.deps.db, ctx, id).then(
        () => true,
        () => false,
      );
      if (worked) workable.push(key);
      if (opened && (await service.view(ctx, id)).actions.includes('edit')) edit.push(key);
    }
    return { listed: listed.sort(), readable: readable.sort(), workable: workable.sort(), edit: edit.sort() };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    service = new DisputesService(t.deps);
    otherTown = await createJurisdictionRow(t.deps.db, {
      parent: town.county,
      level: 'town',
      code: '420626105000',
      name: '歇马镇',
    });
    const otherVillage = await createJurisdictionRow(t.deps.db, {
      parent: otherTown,
      level: 'village',
      code: '420626105201',
      name: '歇马村',
    });
    const land = await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'department',
      name: '国土所',
    });
    landId = land.id;
    const court = await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'department',
      name: '法庭',
    });
    const clerk = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      name: '国土所干部',
      kind: 'staff',
      organizationId: land.id,
    });
    await insertPersonRow(t.deps.db, clerk);
    chiefId = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    const otherChiefId = (await createAccount(t.deps, 'chief2', 'chief', otherTown.id)).id;
    landUserId = (await createAccount(t.deps, 'land', 'department', town.town.id)).id;
    await t.deps.db.updateTable('users').set({ person_id: clerk.id }).where('id', '=', landUserId).execute();

    const chief = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
    await register(chief, 'shuangpingLand', town.shuangping);
    await register(chief, 'nanyaCourt', town.nanya);
    await register(chief, 'duanjiang', town.duanjiang);
    await register(callerWith(otherChiefId, [{ role: 'chief', on: otherTown }]), 'otherTown', otherVillage);
    const at = nowIso();
    await insertDepartments(t.deps.db, ids.shuangpingLand ?? '', [land.id], at);
    await insertDepartments(t.deps.db, ids.nanyaCourt ?? '', [court.id], at);
  });
  afterAll(async () => t.close());

  it('gives a county-level grant the same disputes to list, to open and to work: every town under it', async () => {
    const county = callerWith(chiefId, [{ role: 'zongzhiban', on: town.county }]);
    const all = ['duanjiang', 'nanyaCourt', 'otherTown', 'shuangpingLand'];
    expect(await reach(county)).toEqual({ listed: all, readable: all, workable: all, edit: all });
  });

  it('gives department staff exactly the cases assigned to their department, for reading and for working', async () => {
    const department = callerWith(landUserId, [{ role: 'department', on: town.town }]);
    const mine = ['shuangpingLand'];
    expect(await reach(department)).toEqual({ listed: mine, readable: mine, workable: mine, edit: mine });
  });

  it('narrows only the department grant of someone who also holds another role', async () => {
    const both = callerWith(landUserId, [
      { role: 'department', on: town.town },
      { role: 'auxiliary', on: town.duanjiang },
    ]);
    const reached = ['duanjiang', 'shuangpingLand'];
    expect(await reach(both)).toEqual({ listed: reached, readable: reached, workable: reached, edit: reached });
  });

  it('leaves police mediation to an officer or the chief, for the actions as for the service', async () => {
    const place: DisputePlace = { town_id: town.town.id, jurisdiction_id: town.shuangping.id, departmentIds: [] };
    const open = (track: 'police' | 'people') => ({ track, status: 'open' });
    const auxiliary = callerWith(landUserId, [{ role: 'auxiliary', on: town.shuangping }]);
    const officer = callerWith(chiefId, [{ role: 'officer', on: town.district1 }]);
    const department = callerWith(landUserId, [{ role: 'department', on: town.town }]);
    expect(await mediationActions(t.deps.db, auxiliary, open('police'), place)).toEqual([]);
    expect(await mediationActions(t.deps.db, auxiliary, open('people'), place)).toContain('extend');
    expect(await mediationActions(t.deps.db, officer, open('police'), place)).toContain('record_session');
    expect(await mediationActions(t.deps.db, department, open('people'), place)).toEqual([]);
    const assigned = { ...place, departmentIds: [landId] };
    expect(await mediationActions(t.deps.db, department, open('people'), assigned)).toContain('terminate');
    expect(await mediationActions(t.deps.db, department, open('police'), assigned)).toEqual([]);
    const id = ids.shuangpingLand ?? '';
    expect((await service.view(officer, id)).actions).toContain('mediate_police');
    expect((await service.view(auxiliary, id)).actions).toContain('edit');
    expect((await service.view(auxiliary, id)).actions).not.toContain('mediate_police');
  });
});
