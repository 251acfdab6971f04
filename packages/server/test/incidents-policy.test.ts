import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { DisputesService } from '../src/modules/disputes/disputes.service';
import { IncidentsService } from '../src/modules/incidents/incidents.service';
import type { RequestContext } from '../src/platform/context';
import { testDialects } from './support/databases';
import {
  callerWith,
  createAccount,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * One way from grants to incidents: whatever shape a grant has (a county-level grant, a village auxiliary, an
 * officer of one district, two grants at once), the incidents it lists, opens one by one and may work are the same
 * set, and the list's `actions` agree with it.
 */
describe.each(testDialects())('incidents policy on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let service: IncidentsService;
  const ids: Record<string, string> = {};
  let chiefId: string;

  const record = async (ctx: RequestContext, key: string, place: JurisdictionRow) => {
    const made = await service.create(ctx, {
      source: 'phone',
      classCode: '050100',
      jurisdictionId: place.id,
      summary: `${place.name}群众求助`,
    });
    ids[key] = made.id;
  };

  const reach = async (ctx: RequestContext) => {
    const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    const page = await service.list(ctx, { limit: 100 });
    const listed = page.items.map((item) => keyOf.get(item.id)).sort();
    const listedWork = page.items
      .filter((item) => item.actions.includes('add_party'))
      .map((item) => keyOf.get(item.id))
      .sort();
    const readable: string[] = [];
    for (const [key, id] of Object.entries(ids)) {
      const opened = await service.readable(t.deps.db, ctx, id).then(
        () => true,
        () => false,
      );
      if (opened) readable.push(key);
    }
    return { listed, readable: readable.sort(), listedWork };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    service = new IncidentsService(t.deps, new DisputesService(t.deps));
    const otherTown = await seedOtherTown(t.deps, town);
    const otherVillage = await seedOtherVillage(t.deps, otherTown);
    chiefId = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    const otherChiefId = (await createAccount(t.deps, 'chief2', 'chief', otherTown.id)).id;
    const chief = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
    await record(chief, 'shuangping', town.shuangping);
    await record(chief, 'shuangpingGroup', town.groups.双坪村?.[0] ?? town.shuangping);
    await record(chief, 'nanya', town.nanya);
    await record(chief, 'duanjiang', town.duanjiang);
    await record(callerWith(otherChiefId, [{ role: 'chief', on: otherTown }]), 'otherTown', otherVillage);
  });
  afterAll(async () => t.close());

  it('gives a county-level grant every town under it, to list, open and work', async () => {
    const all = ['duanjiang', 'nanya', 'otherTown', 'shuangping', 'shuangpingGroup'];
    const county = callerWith(chiefId, [{ role: 'chief', on: town.county }]);
    expect(await reach(county)).toEqual({ listed: all, readable: all, listedWork: all });
  });

  it('gives an officer of one district the whole town’s desk', async () => {
    const town1 = ['duanjiang', 'nanya', 'shuangping', 'shuangpingGroup'];
    const officer = callerWith(chiefId, [{ role: 'officer', on: town.district1 }]);
    expect(await reach(officer)).toEqual({ listed: town1, readable: town1, listedWork: town1 });
  });

  it('gives an auxiliary officer the village and its groups only, and adds a second village’s grant', async () => {
    const village = ['shuangping', 'shuangpingGroup'];
    const auxiliary = callerWith(chiefId, [{ role: 'auxiliary', on: town.shuangping }]);
    expect(await reach(auxiliary)).toEqual({ listed: village, readable: village, listedWork: village });
    const two = callerWith(chiefId, [
      { role: 'auxiliary', on: town.shuangping },
      { role: 'auxiliary', on: town.duanjiang },
    ]);
    const both = ['duanjiang', 'shuangping', 'shuangpingGroup'];
    expect(await reach(two)).toEqual({ listed: both, readable: both, listedWork: both });
  });

  it('gives roles without incident permissions nothing: the list refuses and each record is not found', async () => {
    const cadre = callerWith(chiefId, [{ role: 'village_cadre', on: town.shuangping }]);
    await expect(service.list(cadre, { limit: 10 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.readable(t.deps.db, cadre, ids.shuangping ?? '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('offers police steps only to the police, and the unmask only where it reaches', async () => {
    const id = ids.shuangping ?? '';
    const auxiliary = callerWith(chiefId, [{ role: 'auxiliary', on: town.shuangping }]);
    const officer1 = callerWith(chiefId, [{ role: 'officer', on: town.district1 }]);
    const officer2 = callerWith(chiefId, [{ role: 'officer', on: town.district2 }]);
    expect((await service.view(auxiliary, id)).actions).toEqual(['add_party']);
    expect((await service.view(officer1, id)).actions).toEqual(['dispatch', 'add_party', 'unmask']);
    expect((await service.view(officer2, id)).actions).toEqual(['dispatch', 'add_party']);
  });
});
