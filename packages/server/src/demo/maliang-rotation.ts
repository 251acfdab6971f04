import {
  buildRota,
  DEFAULT_DAYS_PER_SLOT,
  DEFAULT_HOLIDAY_CALENDAR,
  DEFAULT_SLOTS_PER_MONTH,
  indexCalendar,
  shanghaiDate,
  workingDaysOfMonth,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { createAssignmentRow } from '../modules/directory/assignments.repository';
import { insertPersonRow } from '../modules/directory/people.repository';
import { newPersonRow } from '../modules/directory/person-pii';
import { rotaSlotRows } from '../modules/rotation/rota-slot-rows';
import {
  insertCalendarDayRows,
  insertCheckInRow,
  insertRotaRow,
  insertRotationSettings,
  insertSlotRows,
  insertSwapRow,
  listTownVillages,
} from '../modules/rotation/rotation.repository';
import { insertTrainingRow } from '../modules/rotation/trainings.repository';
import type { Deps } from '../platform/deps';
import { newId } from '../platform/ids';
import { GIVEN, SURNAMES } from './maliang-data';
import { between, pick, seededRandom } from './random';

/** The rota's fixed seed in the demo, so every machine shows the same directors on the same days. */
export const DEMO_ROTA_SEED = 2026;

const TOPICS = [
  ['矛盾纠纷排查化解与人民调解程序', '马良镇司法所'],
  ['治安巡防与重点人员管控', '马良派出所'],
  ['农村宅基地与山林权属纠纷政策', '马良镇自然资源所'],
  ['防范电信网络诈骗宣传', '马良派出所'],
  ['未成年人保护与家庭暴力干预', '马良镇民政办'],
] as const;

/**
 * The rotation in the Maliang demo: a security director (治保主任, an invented person like every demo person) for
 * each village and community, this year's rota from a fixed seed, check-ins for the days already past (a few
 * missed), a swap request waiting for the chief, and a training record for the monthly meetings of recent months.
 */
export async function seedMaliangRotation(tx: Tx, deps: Deps, now: Date): Promise<void> {
  const random = seededRandom(20_261_129);
  const town = await tx.selectFrom('jurisdictions').select('id').where('level', '=', 'town').executeTakeFirstOrThrow();
  const townId = town.id;
  const desk = await tx.selectFrom('users').select('id').where('username', '=', 'officer').executeTakeFirst();
  const chief = await tx.selectFrom('users').select('id').where('username', '=', 'chief').executeTakeFirst();
  const villages = await listTownVillages(tx, townId);
  const directors = new Map<string, string>();
  for (const village of villages) {
    const person = newPersonRow(deps.cipher, {
      townId,
      jurisdictionId: village.id,
      name: pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + pick(random, [...GIVEN]),
      kind: 'staff',
      title: '治保主任',
      phone: `139${String(between(random, 0, 99_999_999)).padStart(8, '0')}`,
    });
    await insertPersonRow(tx, person);
    await createAssignmentRow(tx, {
      townId,
      personId: person.id,
      jurisdictionId: village.id,
      duty: 'security_director',
      since: '2021-03-01',
    });
    directors.set(village.id, person.id);
  }

  const at = now.toISOString();
  await insertRotationSettings(tx, { town_id: townId, calendar_seeded_at: at });
  await insertCalendarDayRows(
    tx,
    DEFAULT_HOLIDAY_CALENDAR.map((day) => ({ town_id: townId, ...day, updated_at: at })),
  );
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const rota = buildRota({
    year,
    villages: villages.map((v) => v.id),
    slotsPerMonth: DEFAULT_SLOTS_PER_MONTH,
    daysPerSlot: DEFAULT_DAYS_PER_SLOT,
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    seed: DEMO_ROTA_SEED,
  });
  if (!rota.ok) throw new Error(`demo: the rota cannot be built (${rota.code})`);
  const rotaId = newId();
  await insertRotaRow(tx, {
    id: rotaId,
    town_id: townId,
    year,
    seed: DEMO_ROTA_SEED,
    generated_by: chief?.id ?? null,
    generated_at: `${year - 1}-12-20T02:00:00.000Z`,
  });
  const slots = rotaSlotRows({ id: rotaId, townId, year }, rota.slots, directors, `${year - 1}-12-20T02:00:00.000Z`);
  await insertSlotRows(tx, slots);

  for (const slot of slots) {
    for (const day of slot.days) {
      // Roughly one day in twenty the director did not come (sick, a flood on the road): no check-in.
      if (day >= today || random() < 0.05) continue;
      await insertCheckInRow(tx, {
        id: newId(),
        slot_id: slot.id,
        town_id: townId,
        jurisdiction_id: slot.jurisdiction_id,
        date: day,
        recorded_by: desk?.id ?? null,
        recorded_at: `${day}T01:30:00.000Z`,
      });
    }
  }

  const upcoming = slots.filter((slot) => slot.start_date > today);
  const [first, second] = upcoming.filter((slot) => slot.month === upcoming[0]?.month);
  if (first && second) {
    await insertSwapRow(tx, {
      id: newId(),
      town_id: townId,
      jurisdiction_id: first.jurisdiction_id,
      year,
      kind: 'exchange',
      status: 'pending',
      slot_id: first.id,
      other_slot_id: second.id,
      replacement_person_id: null,
      reason: '村里换届选举，治保主任需在村主持工作',
      requested_by: desk?.id ?? null,
      requested_by_name: '片区民警',
      requested_at: at,
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      decision_note: null,
    });
  }

  const calendar = indexCalendar(DEFAULT_HOLIDAY_CALENDAR);
  const month = Number(today.slice(5, 7));
  for (let back = 4; back >= 0; back -= 1) {
    const m = month - back;
    if (m < 1) continue;
    // The monthly meeting: the first working day of the month, with that month's directors attending.
    const heldOn = workingDaysOfMonth(year, m, calendar)[0];
    if (!heldOn || heldOn >= today) continue;
    const [topic, trainer] = TOPICS[(m - 1) % TOPICS.length] ?? TOPICS[0];
    await insertTrainingRow(tx, {
      id: newId(),
      town_id: townId,
      jurisdiction_id: townId,
      topic,
      trainer,
      held_on: heldOn,
      place: '马良派出所会议室',
      attendee_ids: slots
        .filter((slot) => slot.month === m && slot.director_person_id)
        .map((slot) => slot.director_person_id ?? ''),
      created_by: chief?.id ?? null,
      created_at: `${heldOn}T09:00:00.000Z`,
      updated_at: `${heldOn}T09:00:00.000Z`,
    });
  }
}
