import { addDays, shanghaiDate } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { insertStandInRow, listCoverageHolders, listCoveragePlaces } from '../modules/coverage/coverage.repository';
import { CoverageService } from '../modules/coverage/coverage.service';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { newId } from '../platform/ids';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';

/**
 * Leaves and stand-ins of Maliang's "1+1+N" net, recorded by the chief: the officer of the third district (and of
 * his second district) on annual leave this week with the fifth district's officer standing in (the view shows who
 * covers him), an auxiliary
 * officer's sick leave two months ago covered by a neighbour (ended, in the history), and the last village's
 * auxiliary officer on sick leave from today with nobody found yet: the one real gap the coverage view shows. Runs
 * after the other seeds, so none of their records depends on these leaves.
 */
export async function seedMaliangCoverage(tx: Tx, deps: Deps, now: Date): Promise<void> {
  const chief = await findUserByUsername(tx, 'chief');
  if (!chief) throw new Error('demo: the chief account is missing');
  const grants = (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? [];
  const townId = grants[0]?.townId;
  if (!townId) throw new Error('demo: the chief has no town');
  const ctx = demoContext(chief, grants);
  const uow = new UnitOfWork(tx, ctx);
  const coverage = new CoverageService(deps);
  const today = shanghaiDate(now);

  const places = await listCoveragePlaces(tx, townId);
  const holders = await listCoverageHolders(tx, townId);
  const districts = places.filter((place) => place.level === 'district');
  const villages = places.filter((place) => place.level !== 'district');
  const officerOf = (index: number) => {
    const district = districts[index];
    const officer = holders.find((h) => h.jurisdiction_id === district?.id && h.duty === 'district_officer');
    if (!district || !officer) throw new Error(`demo: district ${index + 1} has no officer`);
    return { district, officer };
  };
  const auxiliaryOf = (index: number) => {
    const village = villages.at(index);
    const aux = holders.find((h) => h.jurisdiction_id === village?.id && h.duty === 'village_auxiliary');
    if (!village || !aux) throw new Error(`demo: village ${index} has no auxiliary officer`);
    return { village, aux };
  };

  // An officer answers for two districts: his leave is recorded on each, with the same stand-in.
  const away = officerOf(2);
  const standIn = officerOf(4);
  const hisDistricts = holders.filter((h) => h.person_id === away.officer.person_id && h.duty === 'district_officer');
  for (const held of hisDistricts) {
    await coverage.createStandIn(
      ctx,
      {
        jurisdictionId: held.jurisdiction_id,
        duty: 'district_officer',
        absentPersonId: away.officer.person_id,
        standInPersonId: standIn.officer.person_id,
        fromDay: addDays(today, -2),
        toDay: addDays(today, 4),
        reason: '年休假',
      },
      uow,
      now,
    );
  }

  const sick = auxiliaryOf(1);
  const neighbour = auxiliaryOf(2);
  const from = addDays(today, -62);
  await insertStandInRow(tx, {
    id: newId(),
    town_id: townId,
    jurisdiction_id: sick.village.id,
    duty: 'village_auxiliary',
    absent_person_id: sick.aux.person_id,
    stand_in_person_id: neighbour.aux.person_id,
    from_day: from,
    to_day: addDays(from, 9),
    reason: '病假',
    created_by: chief.id,
    created_by_name: chief.display_name,
    created_at: `${addDays(from, -1)}T01:00:00.000Z`,
    ended_at: `${addDays(from, 7)}T01:00:00.000Z`,
    ended_by: chief.id,
    ended_by_name: chief.display_name,
  });

  const uncovered = auxiliaryOf(-1);
  await coverage.createStandIn(
    ctx,
    {
      jurisdictionId: uncovered.village.id,
      duty: 'village_auxiliary',
      absentPersonId: uncovered.aux.person_id,
      standInPersonId: null,
      fromDay: today,
      toDay: addDays(today, 6),
      reason: '病假，代岗人员待定',
    },
    uow,
    now,
  );
}
