// County-scale dispute data for the disputes benchmark (issue #3): towns × years of cases with two parties each,
// generated deterministically and bulk-inserted in batches, one transaction per batch.
import { addDays, DISPUTE_STATES, type DisputeState, type DisputeTier, shanghaiDayStart } from '@fengqiao/domain';
import { sql } from 'kysely';
import type { Db } from '../../packages/server/src/db/database';
import { toJson } from '../../packages/server/src/db/json-column';
import type { DisputePartiesTable } from '../../packages/server/src/db/schema';
import { cachedNameKeys, timedId } from '../../packages/server/src/demo/dispute-case-builder';
import { GIVEN, SURNAMES } from '../../packages/server/src/demo/maliang-data';
import {
  advanceSequence,
  type DisputeRowSet,
  emptyRowSet,
  insertDisputeRowSet,
} from '../../packages/server/src/demo/maliang-disputes.repository';
import { between, pick, seededRandom } from '../../packages/server/src/demo/random';
import {
  createJurisdictionRow,
  type JurisdictionRow,
} from '../../packages/server/src/modules/directory/jurisdictions.repository';

export interface ScaleOptions {
  towns: number;
  years: number;
  perTownPerYear: number;
  villagesPerTown: number;
  now: Date;
}

export interface ScalePlaces {
  county: JurisdictionRow;
  towns: JurisdictionRow[];
  villages: Map<string, JurisdictionRow[]>;
}

const CATEGORIES = ['neighbour', 'marriage_family', 'forest_land', 'housing_land', 'debt_loan', 'damages', 'contract'];
const SUBJECTS = [
  '排水沟堵塞',
  '宅基地边界',
  '山林界址',
  '赡养费用',
  '借款未还',
  '家禽啄食菜园',
  '田埂归属',
  '建房滴水',
];
const OPEN_STATES: readonly DisputeState[] = [
  'DISCOVERED',
  'VILLAGE_HANDLING',
  'TOWN_ACCEPTED',
  'ASSIGNED',
  'TASKFORCE',
];
const TIER_OF: Record<DisputeState, DisputeTier> = {
  DISCOVERED: 'village',
  VILLAGE_HANDLING: 'village',
  VILLAGE_FAILED: 'village',
  TOWN_ACCEPTED: 'town',
  ASSIGNED: 'town',
  TASKFORCE: 'taskforce',
  RESOLVED: 'village',
  ESCALATED_COUNTY: 'county',
  DIVERTED: 'town',
  FOLLOW_UP: 'village',
  CLOSED: 'village',
};

export async function createPlaces(db: Db, options: ScaleOptions): Promise<ScalePlaces> {
  return db.transaction().execute(async (tx) => {
    const county = await createJurisdictionRow(tx, {
      parent: null,
      level: 'county',
      code: '420626000000',
      name: '保康县',
    });
    const towns: JurisdictionRow[] = [];
    const villages = new Map<string, JurisdictionRow[]>();
    for (let t = 0; t < options.towns; t++) {
      const townCode = `420626${100 + t}000`;
      const town = await createJurisdictionRow(tx, {
        parent: county,
        level: 'town',
        code: townCode,
        name: `第${t + 1}镇`,
      });
      towns.push(town);
      const list: JurisdictionRow[] = [];
      for (let d = 0; d < Math.ceil(options.villagesPerTown / 4); d++) {
        const district = await createJurisdictionRow(tx, {
          parent: town,
          level: 'district',
          code: `${townCode.slice(0, 9)}P${String(d + 1).padStart(2, '0')}`,
          name: `第${d + 1}片区`,
        });
        for (let v = 0; v < 4 && list.length < options.villagesPerTown; v++) {
          list.push(
            await createJurisdictionRow(tx, {
              parent: district,
              level: 'village',
              code: `${townCode.slice(0, 9)}${String(201 + list.length).padStart(3, '0')}`,
              name: `${t + 1}镇第${list.length + 1}村`,
            }),
          );
        }
      }
      villages.set(town.id, list);
    }
    return { county, towns, villages };
  });
}

/**
 * Generates and inserts the disputes: most closed, some open at every tier, about 3% red. Returns how many rows
 * went in. Personal data is left empty: lists and search never read it, and encrypting 400,000 parties would
 * only measure the generator.
 */
export async function generateDisputes(
  db: Db,
  places: ScalePlaces,
  options: ScaleOptions,
  onBatch: (done: number) => void,
): Promise<number> {
  const random = seededRandom(20_261_128);
  const endMs = options.now.getTime();
  const startMs = endMs - options.years * 365 * 24 * 3_600_000;
  const total = options.towns * options.years * options.perTownPerYear;
  // Registration instants spread evenly over the period, in time order, so ids and numbers both ascend.
  const step = (endMs - startMs) / total;
  const sequences = new Map<string, number>();
  let batch: DisputeRowSet = emptyRowSet();
  let done = 0;
  const flush = async () => {
    const rows = batch;
    batch = emptyRowSet();
    await db.transaction().execute((tx) => insertDisputeRowSet(tx, rows));
    done += rows.disputes.length;
    onBatch(done);
  };
  const name = () =>
    pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
  for (let i = 0; i < total; i++) {
    const at = Math.floor(startMs + i * step + random() * step);
    const iso = new Date(at).toISOString();
    const town = places.towns[i % places.towns.length];
    if (!town) throw new Error('no town');
    const village = pick(random, places.villages.get(town.id) ?? []);
    const year = new Date(at + 8 * 3_600_000).getUTCFullYear();
    const key = `${town.id}|${year}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const ageDays = (endMs - at) / 86_400_000;
    const state: DisputeState =
      ageDays < 30 && random() < 0.5
        ? pick(random, OPEN_STATES)
        : random() < 0.01
          ? pick(random, OPEN_STATES)
          : random() < 0.03
            ? 'DIVERTED'
            : pick(random, ['CLOSED', 'CLOSED', 'CLOSED', 'FOLLOW_UP', 'RESOLVED'] as DisputeState[]);
    const tier = state === 'CLOSED' && random() < 0.15 ? 'town' : (TIER_OF[state] ?? 'village');
    const red = random() < 0.03;
    const a = name();
    const b = name();
    const id = timedId(at, random);
    const summary = `${village.name}${a.slice(0, 1)}某与${b.slice(0, 1)}某因${pick(random, SUBJECTS)}发生纠纷`;
    const parties = [a, b].map((partyName, index): DisputePartiesTable => {
      const keys = cachedNameKeys(partyName);
      return {
        id: timedId(at + index + 1, random),
        dispute_id: id,
        town_id: town.id,
        jurisdiction_id: village.id,
        person_id: null,
        role: index === 0 ? 'applicant' : 'respondent',
        name: partyName,
        name_pinyin: keys.pinyin,
        name_initials: keys.initials,
        sex: random() < 0.6 ? 'male' : 'female',
        ethnicity: '汉族',
        age: between(random, 25, 80),
        occupation: '务农',
        id_number_enc: null,
        id_number_bidx: null,
        id_number_masked: null,
        phone_enc: null,
        phone_bidx: null,
        phone_masked: null,
        address_enc: null,
        address_masked: null,
        agent: null,
        created_at: iso,
      };
    });
    const deadline = shanghaiDayStart(addDays(iso.slice(0, 10), 8)).toISOString();
    batch.disputes.push({
      id,
      town_id: town.id,
      jurisdiction_id: village.id,
      number: `${(town.code ?? '').slice(0, 9)}-${year}-${String(seq).padStart(5, '0')}`,
      category: pick(random, CATEGORIES),
      source: 'screening',
      summary,
      address_enc: null,
      address_masked: null,
      occurred_on: iso.slice(0, 10),
      people_involved: 2,
      grievance_started_on: null,
      tier,
      state,
      complexity: 'general',
      risk_grade: red ? 'red' : pick(random, ['green', 'green', 'green', 'yellow', 'orange']),
      risk_reasons: toJson([]),
      flag_threats: red ? 1 : 0,
      flag_weapons: 0,
      flag_domestic_violence: 0,
      flag_mental_disorder: 0,
      incident_ids: toJson([]),
      tier_entered_at: iso,
      deadline_at: DISPUTE_STATES.includes(state) ? deadline : null,
      overdue: 0,
      search_text: [summary, a, b].join(' '),
      party_keys: ` ${parties.flatMap((p) => [p.name_pinyin, p.name_initials]).join(' ')} `,
      created_by: null,
      created_at: iso,
      updated_at: iso,
    });
    batch.parties.push(...parties);
    if (batch.disputes.length >= 5_000) await flush();
  }
  if (batch.disputes.length > 0) await flush();
  for (const [key, seq] of sequences) {
    const [townId, year] = key.split('|');
    await advanceSequence(db, townId ?? '', Number(year), 'case', seq);
  }
  return done;
}

/** SQLite only: no fsync per batch while loading (the file is thrown away after the run anyway). */
export async function fastLoad(db: Db, on: boolean): Promise<void> {
  await sql.raw(`pragma synchronous = ${on ? 'off' : 'normal'}`).execute(db);
}
