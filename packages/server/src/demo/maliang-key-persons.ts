import {
  addDays,
  DEFAULT_VISIT_PLANS,
  type KeyPersonCategory,
  type KeyPersonLevel,
  type KeyPersonVisitMethod,
  keyPersonGroupOf,
  nextVisitDue,
  shanghaiDate,
  shanghaiDayStart,
  visitDeadline,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { responsibleOfficerFor, villageAuxiliaryFor } from '../modules/coverage/district-officer';
import {
  insertKeyPersonRequestRow,
  insertKeyPersonRow,
  insertKeyPersonVisitRow,
  type KeyPersonRow,
  type KeyPersonVisitRow,
} from '../modules/key-persons/key-persons.repository';
import { findUserByUsername } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { timedId } from './dispute-case-builder';
import { findDemoTownId, listDemoResidents } from './maliang-key-persons.repository';
import { between, pick, seededRandom } from './random';

const HOUR = 3_600_000;

/**
 * The demo's key persons: categories of both groups, levels, months under control. `overdue` ones had their last
 * visit long ago (the home page and the reminders show them); the rest were visited on plan.
 */
const KEY_PERSONS: readonly { category: KeyPersonCategory; level: KeyPersonLevel; overdue?: boolean }[] = [
  { category: 'released_prisoner', level: 'medium' },
  { category: 'community_correction', level: 'high' },
  { category: 'drug_user', level: 'medium', overdue: true },
  { category: 'severe_mental_disorder', level: 'high' },
  { category: 'at_risk_youth', level: 'low' },
  { category: 'petitioner', level: 'high' },
  { category: 'stability', level: 'medium' },
  { category: 'drugs', level: 'high', overdue: true },
  { category: 'criminal_record', level: 'low' },
  { category: 'mental_risk', level: 'medium' },
  { category: 'released_prisoner', level: 'low' },
  { category: 'community_correction', level: 'medium', overdue: true },
  { category: 'severe_mental_disorder', level: 'medium' },
  { category: 'fugitive', level: 'high' },
  { category: 'at_risk_youth', level: 'medium' },
  { category: 'drug_user', level: 'low' },
  { category: 'petitioner', level: 'medium' },
  { category: 'released_prisoner', level: 'high', overdue: true },
];

const FINDINGS = [
  '在家务农，情绪稳定，无异常',
  '外出务工返乡，已登记近期去向',
  '家属反映近况良好，按时服药',
  '谈心教育，表示遵纪守法',
  '电话联系本人，说明近期在县城打工',
  '与村干部共同走访，生活困难已报民政',
];
const METHODS: readonly KeyPersonVisitMethod[] = ['home', 'home', 'home', 'phone', 'video'];

/**
 * Key persons across the town's villages with their visits over the past months: the residents are picked in a fixed
 * order, the responsible officer and auxiliary come from the district assignments (as for a new record), visits follow
 * the level's default plan with a day or two of slack, a few are overdue, and one level change waits for approval.
 * Written row by row like the other demo modules (the audit log shows the demo's own actions only).
 */
export async function seedMaliangKeyPersons(tx: Tx, deps: Deps, now: Date): Promise<number> {
  const random = seededRandom(20_261_201);
  const today = shanghaiDate(now);
  const townId = await findDemoTownId(tx);
  const residents = await listDemoResidents(tx, townId);
  const officerUser = await findUserByUsername(tx, 'officer');
  const auxiliaryUser = await findUserByUsername(tx, 'auxiliary');
  const chiefUser = await findUserByUsername(tx, 'chief');
  if (!officerUser || !auxiliaryUser || !chiefUser) throw new Error('demo: accounts missing for key persons');
  const cipher = deps.cipher;
  const step = Math.max(1, Math.floor(residents.length / KEY_PERSONS.length));
  let count = 0;
  for (const [index, spec] of KEY_PERSONS.entries()) {
    const resident = residents[(index * step + (index % 3)) % residents.length];
    if (!resident) continue;
    const group = keyPersonGroupOf(spec.category);
    const since = addDays(today, -between(random, 90, 330));
    const officer = await responsibleOfficerFor(tx, resident.jurisdiction_id, since);
    const auxiliary = await villageAuxiliaryFor(tx, resident.jurisdiction_id);
    const plan = DEFAULT_VISIT_PLANS[spec.level];
    const id = timedId(shanghaiDayStart(since).getTime() + 9 * HOUR, random);
    // The visitor is whoever the demo can log in as: the village's own auxiliary for the governance group in 双坪村,
    // the district officer otherwise (demo accounts exist for one officer and one auxiliary only).
    const visitor = group === 'governance' && resident.village_name === '双坪村' ? auxiliaryUser : officerUser;
    let last: string | null = null;
    const visits: KeyPersonVisitRow[] = [];
    const stopAt = spec.overdue ? addDays(today, -between(random, 40, 120)) : today;
    for (let due = visitDeadline(since, plan); ; due = visitDeadline(last, plan)) {
      const day = addDays(due, -between(random, 0, 2));
      if (day > stopAt) break;
      const at = new Date(shanghaiDayStart(day).getTime() + (9 + random() * 8) * HOUR).toISOString();
      if (at > now.toISOString()) break;
      visits.push({
        id: timedId(Date.parse(at), random),
        key_person_id: id,
        town_id: townId,
        jurisdiction_id: resident.jurisdiction_id,
        visited_at: at,
        visited_on: day,
        method: pick(random, METHODS),
        place: resident.village_name,
        findings: pick(random, FINDINGS),
        visitor_user_id: visitor.id,
        visitor_name: visitor.display_name,
        created_at: at,
      });
      last = day;
    }
    const row: KeyPersonRow = {
      id,
      town_id: townId,
      jurisdiction_id: resident.jurisdiction_id,
      person_enc: cipher.encrypt(resident.id),
      person_bidx: cipher.blindIndex(resident.id),
      category_group: group,
      category: spec.category,
      level: spec.level,
      status: 'active',
      basis_enc: cipher.encrypt('经排查列管，按规定落实管控措施'),
      since,
      level_since: since,
      officer_person_id: officer?.personId ?? null,
      officer_name: officer?.name ?? null,
      auxiliary_person_id: auxiliary?.personId ?? null,
      auxiliary_name: auxiliary?.name ?? null,
      last_visit_on: last,
      next_visit_due: nextVisitDue(last, plan, since),
      removed_at: null,
      removed_reason: null,
      created_by: chiefUser.id,
      created_at: shanghaiDayStart(since).toISOString(),
      updated_at: now.toISOString(),
    };
    await insertKeyPersonRow(tx, row);
    for (const visit of visits) await insertKeyPersonVisitRow(tx, visit);
    count += 1;
    if (index === 0) {
      await insertKeyPersonRequestRow(tx, {
        id: timedId(now.getTime() - 2 * 24 * HOUR, random),
        key_person_id: id,
        town_id: townId,
        jurisdiction_id: resident.jurisdiction_id,
        kind: 'level',
        from_level: spec.level,
        to_level: 'low',
        reason: '近半年走访均表现稳定，已就业，申请降为三级管控',
        state: 'pending',
        requested_by: officerUser.id,
        requested_by_name: officerUser.display_name,
        requested_at: new Date(now.getTime() - 2 * 24 * HOUR).toISOString(),
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        decision_note: null,
      });
    }
  }
  return count;
}
