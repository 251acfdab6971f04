import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responsibleOfficerFor, villageAuxiliaryFor } from '../src/modules/coverage/district-officer';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { UsersService } from '../src/modules/users/users.service';
import { newId, nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { type SmallTown, SYSTEM, seedSmallTown, TEST_PASSWORD } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('district officer lookup on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const people: Record<'li' | 'zhou' | 'wang', string> = { li: '', zhou: '', wang: '' };
  let liUser = '';

  const staff = async (name: string, jurisdictionId: string) => {
    const row = newPersonRow(t.deps.cipher, { townId: town.town.id, jurisdictionId, name, kind: 'staff' });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    people.li = await staff('李警官', town.district1.id);
    people.zhou = await staff('周警官', town.district1.id);
    people.wang = await staff('王辅警', town.shuangping.id);
    const townId = town.town.id;
    await createAssignmentRow(t.deps.db, {
      townId,
      personId: people.li,
      jurisdictionId: town.district1.id,
      duty: 'district_officer',
    });
    await createAssignmentRow(t.deps.db, {
      townId,
      personId: people.wang,
      jurisdictionId: town.shuangping.id,
      duty: 'village_auxiliary',
    });
    const user = await t.deps.db.transaction().execute((tx) =>
      new UsersService(t.deps).provision(tx, SYSTEM, {
        username: 'li',
        displayName: '李警官',
        password: TEST_PASSWORD,
        personId: people.li,
      }),
    );
    liUser = user.id;
    // 李警官 is away 2026-12-10..2026-12-20; 周警官 covers him.
    await t.deps.db
      .insertInto('coverage_stand_ins')
      .values({
        id: newId(),
        town_id: townId,
        jurisdiction_id: town.district1.id,
        duty: 'district_officer',
        absent_person_id: people.li,
        stand_in_person_id: people.zhou,
        from_day: '2026-12-10',
        to_day: '2026-12-20',
        reason: '年休假',
        created_by: null,
        created_by_name: null,
        created_at: nowIso(),
        ended_at: null,
        ended_by: null,
        ended_by_name: null,
      })
      .execute();
  });
  afterAll(() => t?.close());

  it("finds the district officer through the village's district", async () => {
    expect(await responsibleOfficerFor(t.deps.db, town.nanya.id, '2026-12-09')).toEqual({
      personId: people.li,
      userId: liUser,
      name: '李警官',
      standIn: false,
    });
    expect(await responsibleOfficerFor(t.deps.db, town.shuangping.id, '2026-12-21')).toMatchObject({
      personId: people.li,
      standIn: false,
    });
  });

  it('answers with the stand-in while the officer is on leave, both ends of the leave included', async () => {
    for (const day of ['2026-12-10', '2026-12-15', '2026-12-20']) {
      expect(await responsibleOfficerFor(t.deps.db, town.shuangping.id, day)).toEqual({
        personId: people.zhou,
        userId: null,
        name: '周警官',
        standIn: true,
      });
    }
  });

  it('answers null when the district has no officer', async () => {
    expect(await responsibleOfficerFor(t.deps.db, town.duanjiang.id, '2026-12-15')).toBeNull();
  });

  it("finds the village's auxiliary officer, or null", async () => {
    expect(await villageAuxiliaryFor(t.deps.db, town.shuangping.id)).toEqual({
      personId: people.wang,
      userId: null,
      name: '王辅警',
    });
    expect(await villageAuxiliaryFor(t.deps.db, town.nanya.id)).toBeNull();
  });
});
