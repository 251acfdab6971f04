import {
  addDays,
  addMonths,
  countRecentIncidents,
  DEFAULT_INCIDENT_CLASSES,
  DEFAULT_REPEAT_WINDOW_DAYS,
  evaluateRisk,
  formatBeijingDateTime,
  formatIncidentNumber,
  INCIDENT_SEQUENCE_KIND,
  type IncidentClassDefault,
  type IncidentSource,
  incidentNumberYear,
  REPEAT_REASON_LABELS,
  type RepeatReason,
  repeatWindowStart,
  shanghaiDate,
  shanghaiDayStart,
  townShortNameOf,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import type { IncidentLinksTable } from '../db/schema';
import { UsersService } from '../modules/users/users.service';
import type { Deps } from '../platform/deps';
import type { DemoActor } from './dispute-case-builder';
import { GIVEN, SURNAMES, TOWN } from './maliang-data';
import { type DemoVillagePlace, loadContext, type MaliangDisputeContext, weighted } from './maliang-disputes';
import { advanceSequence } from './maliang-disputes.repository';
import { DemoIncident, type IncidentActor, type IncidentBuilderContext } from './maliang-incidents.builder';
import {
  CLASS_WEIGHTS,
  classForDisputeCategory,
  type DemoDisposal,
  DISPOSALS,
  DISPUTE_CLASS_DISPOSALS,
  FEEDBACK_NOTES,
  HOUR_WEIGHTS,
  SOURCE_WEIGHTS,
  SUMMARIES,
} from './maliang-incidents.data';
import {
  type DisputeIncidentLink,
  emptyIncidentRowSet,
  type IncidentSourcedDispute,
  insertIncidentRowSet,
  linkDisputesToIncidents,
  listIncidentSourcedDisputes,
  listOfficersWithoutAccount,
  listVillagePopulations,
} from './maliang-incidents.repository';
import { between, pick } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTHS = 18;
/** Calls a day on an ordinary day: about 110 a month. */
const DAILY_CALLS = 3.6;
const STATION_CODE = '420626104000';
/** Spring Festival's first day: the town fills with people home for the holiday, and with quarrels. */
const SPRING_FESTIVALS = ['2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26'];
/** From ten days before to fifteen after (the Lantern Festival): people come home early and leave late. */
const FESTIVAL_WINDOWS = SPRING_FESTIVALS.map((first) => [addDays(first, -10), addDays(first, 15)] as const);

const CLASSES = new Map(DEFAULT_INCIDENT_CLASSES.map((c) => [c.code, c]));

function classOf(code: string): IncidentClassDefault {
  const found = CLASSES.get(code);
  if (!found) throw new Error(`demo: incident class ${code} missing`);
  return found;
}

interface Place {
  village: DemoVillagePlace;
  weight: number;
  /**
   * 0 for the street communities at the town's centre, rising to 1 along the demo's list of villages (the data holds
   * no distances, so the list order stands in for them): arrivals in the far villages run late more often.
   */
  remoteness: number;
  /** How often the village's auxiliary officer is slow to acknowledge (1 is average): the scorecards differ. */
  slowness: number;
}

interface IncidentContext {
  dispute: MaliangDisputeContext;
  build: IncidentBuilderContext;
  places: Place[];
  officerOf(village: DemoVillagePlace): IncidentActor;
  auxOf(village: DemoVillagePlace): IncidentActor;
  chief: IncidentActor;
  department(name: string): string;
  caseNumber(kind: 'criminal' | 'administrative', atMs: number): string;
}

/** A day's weight: Spring Festival fortnight, the summer's long evenings, the quiet of the rainy spring. */
function dayWeight(day: string): number {
  const festival = FESTIVAL_WINDOWS.some(([from, to]) => day >= from && day <= to);
  if (festival) return 1.7;
  const month = Number(day.slice(5, 7));
  return month === 7 || month === 8 ? 1.2 : month === 3 || month === 4 ? 0.85 : 1;
}

function personName(random: () => number): string {
  return pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
}

function address(random: () => number, village: DemoVillagePlace, group: { name: string } | null): string {
  return `湖北省保康县马良镇${village.name}${group?.name ?? ''}${between(random, 1, 60)}号`;
}

/** Patrols come upon what is seen in the street (a brawl, a crash, a fire); the rest is reported by someone. */
function sourceFor(random: () => number, incidentClass: IncidentClassDefault): IncidentSource {
  const seen = ['public_order', 'traffic', 'fire_rescue', 'disaster'].includes(incidentClass.category);
  return weighted(
    random,
    seen ? SOURCE_WEIGHTS : SOURCE_WEIGHTS.filter(([s]) => s !== 'patrol' && s !== 'video_patrol'),
  );
}

/** The responsible officer is an account (`provisionOfficers` gives every district officer one). */
function accountOf(officer: IncidentActor): string {
  if (!officer.userId) throw new Error(`demo: ${officer.name} has no account`);
  return officer.userId;
}

/** Minutes from the call to arrival: mostly within the class's target, late more often in the far villages. */
function arrivalMinutes(random: () => number, target: number, remoteness: number): number {
  const late = random() < 0.03 + 0.12 * remoteness;
  return Math.max(4, Math.round(target * (late ? 1.05 + random() * 1.4 : 0.3 + random() * 0.65)));
}

/** Walks an incident from its call: dispatch, acknowledgement, arrival and handling, up to (not including) the disposal. */
function walkToHandling(
  ctx: IncidentContext,
  c: DemoIncident,
  place: Place,
  officer: IncidentActor,
  aux: IncidentActor,
  receivedAt: number,
): boolean {
  const { random } = ctx.build;
  const target = c.row.arrival_target_minutes;
  const dispatched = receivedAt + between(random, 1, 5) * MINUTE;
  if (!c.act(dispatched, 'dispatch', officer, { responsibleOfficerId: accountOf(officer) })) return false;
  const slowAck = random() < (0.04 + 0.1 * place.remoteness) * place.slowness;
  const acked = dispatched + (slowAck ? between(random, 10, 35) : between(random, 1, 6)) * MINUTE;
  if (!c.act(acked, 'acknowledge', aux)) return false;
  const arrived = receivedAt + arrivalMinutes(random, target, place.remoteness) * MINUTE;
  if (!c.act(Math.max(arrived, c.now + between(random, 3, 15) * MINUTE), 'arrive', aux)) return false;
  return c.act(c.now + between(random, 0, 6) * MINUTE, 'start_handling', aux);
}

/** Review by the district officer a few hours later and closing, by them or the chief. */
function reviewAndClose(ctx: IncidentContext, c: DemoIncident, officer: IncidentActor): void {
  const { random } = ctx.build;
  if (!c.act(c.now + between(random, 60, 20 * 60) * MINUTE, 'review', officer)) return;
  const closer = random() < 0.3 ? ctx.chief : officer;
  c.act(c.now + between(random, 20, 30 * 60) * MINUTE, 'close', closer);
}

/** The disposal step and its report back; a few are sent back once for more before they are accepted. */
function dispose(
  ctx: IncidentContext,
  c: DemoIncident,
  disposal: DemoDisposal,
  officer: IncidentActor,
  aux: IncidentActor,
) {
  const { random } = ctx.build;
  const note = pick(random, FEEDBACK_NOTES[disposal.action]);
  const act = (at: number) => {
    switch (disposal.action) {
      case 'handle_on_scene':
        return c.act(at, 'handle_on_scene', aux, { note });
      case 'mediate_on_spot':
        return c.act(at, 'mediate_on_spot', officer, { note });
      case 'mark_invalid':
        return c.act(at, 'mark_invalid', officer, { note });
      case 'open_case':
        return c.act(at, 'open_case', officer, {
          caseKind: disposal.caseKind,
          caseNumber: ctx.caseNumber(disposal.caseKind, at),
          note,
        });
      case 'refer_department':
        return c.act(at, 'refer_department', aux, { departmentId: ctx.department(disposal.department), note });
    }
  };
  if (!act(c.now + between(random, 15, 150) * MINUTE)) return;
  if (random() < 0.03) {
    const back = c.act(c.now + between(random, 2, 20) * HOUR, 'return_for_more', officer, {
      note: '处置情况记录不全，请补充当事人信息及处理结果',
    });
    if (!back || !act(c.now + between(random, 1, 24) * HOUR)) return;
  }
  reviewAndClose(ctx, c, officer);
}

function summaryFor(random: () => number, code: string, place: string, a: string, b: string): string {
  const template = pick(random, SUMMARIES[code] ?? ['{g}{a}报警求助']);
  return `${template
    .replace('{g}', place)
    .replace('{a}', `${a.slice(0, 1)}某`)
    .replace('{b}', `${b.slice(0, 1)}某`)}。`;
}

/** One ordinary call: class, place and people drawn, then walked until it ends or reaches the seed's now. */
function generateIncident(
  ctx: IncidentContext,
  receivedAt: number,
  code: string,
  place: Place,
  options: { stopAfter?: number; duplicateOf?: DemoIncident } = {},
): DemoIncident {
  const { random } = ctx.build;
  const village = place.village;
  const original = options.duplicateOf;
  const group = village.groups.length > 0 ? pick(random, village.groups) : null;
  const incidentClass = classOf(code);
  const a = personName(random);
  const b = personName(random);
  const home = `${village.name}${group?.name ?? ''}`;
  const withOther = ['010400', '020100', '020201', '020202', '020203', '020204', '020300', '030100'].includes(code);
  // A domestic-violence call comes from the wife about her husband (the summary says so).
  const party = (name: string, role: 'caller' | 'party' | 'victim' | 'suspect') => {
    const sex = code === '020300' ? (role === 'suspect' ? 'male' : 'female') : random() < 0.6 ? 'male' : 'female';
    const generated = ctx.dispute.party(name, 'applicant', sex, between(random, 18, 80), home);
    return {
      role,
      name,
      sex: generated.sex,
      idNumber: generated.idNumber,
      phone: generated.phone,
      address: generated.address,
    };
  };
  const officer = ctx.officerOf(village);
  const aux = ctx.auxOf(village);
  const c = new DemoIncident(ctx.build, {
    jurisdictionId: original?.row.jurisdiction_id ?? group?.id ?? village.id,
    source: original ? 'phone' : sourceFor(random, incidentClass),
    incidentClass,
    dispute: incidentClass.dispute,
    summary: original
      ? `${original.row.summary.replace(/。$/, '')}（另一群众再次报警）。`
      : summaryFor(random, code, home, a, b),
    address: address(random, village, group),
    parties: [
      party(a, code.startsWith('01') ? 'victim' : 'caller'),
      ...(withOther && !original ? [party(b, code === '010400' || code === '020300' ? 'suspect' : 'party')] : []),
    ],
    receivedAt,
    receivedBy: officer,
  });
  if (original) {
    c.row.address_enc = original.row.address_enc;
    c.row.address_bidx = original.row.address_bidx;
    c.row.address_masked = original.row.address_masked;
  }
  let steps = options.stopAfter ?? Number.POSITIVE_INFINITY;
  const limited = (go: () => boolean) => steps-- > 0 && go();
  const { stopAfter } = options;
  if (stopAfter !== undefined) {
    // A live call on the desk: taken only as far as asked, each step minutes after the last.
    const responsibleOfficerId = accountOf(officer);
    if (!limited(() => c.act(c.now + 3 * MINUTE, 'dispatch', officer, { responsibleOfficerId }))) return c;
    if (!limited(() => c.act(c.now + 4 * MINUTE, 'acknowledge', aux))) return c;
    if (!limited(() => c.act(c.now + 12 * MINUTE, 'arrive', aux))) return c;
    limited(() => c.act(c.now + 2 * MINUTE, 'start_handling', aux));
    return c;
  }
  if (!walkToHandling(ctx, c, place, officer, aux, receivedAt)) return c;
  if (original) {
    if (
      c.act(c.now + between(random, 2, 10) * MINUTE, 'mark_duplicate', officer, {
        duplicateOfId: original.row.id,
        note: `与${formatBeijingDateTime(original.row.received_at)}接报的警情为同一事件`,
      })
    ) {
      reviewAndClose(ctx, c, officer);
    }
    return c;
  }
  const disposals = DISPUTE_CLASS_DISPOSALS[code] ?? DISPOSALS[incidentClass.category];
  dispose(ctx, c, weighted(random, disposals), officer, aux);
  return c;
}

/**
 * The incident behind a seeded dispute registered from one: received a few hours before the dispute, walked to
 * the scene and referred to people's mediation at the dispute's creation (the referral creates the dispute), its
 * parties the dispute's own. About one in eight had been called out to before, weeks earlier, for the same quarrel
 * at the same address: that earlier call, mediated on the spot, is the repeat (and turns the dispute red).
 */
function incidentBehindDispute(ctx: IncidentContext, dispute: IncidentSourcedDispute): DemoIncident[] {
  const { random } = ctx.build;
  const created = Date.parse(dispute.created_at);
  const place =
    ctx.places.find(
      (p) => p.village.id === dispute.jurisdiction_id || p.village.groups.some((g) => g.id === dispute.jurisdiction_id),
    ) ?? ctx.places[0];
  if (!place) throw new Error('demo: no villages');
  const village = place.village;
  const group = village.groups.find((g) => g.id === dispute.jurisdiction_id) ?? null;
  const code = classForDisputeCategory(dispute.category, dispute.flag_domestic_violence === 1);
  const incidentClass = classOf(code);
  const officer = ctx.officerOf(village);
  const aux = ctx.auxOf(village);
  const where = address(random, village, group);
  const parties = dispute.parties.map((p, index) => ({
    role: index === 0 ? ('caller' as const) : ('party' as const),
    stored: {
      town_id: p.town_id,
      jurisdiction_id: p.jurisdiction_id,
      person_id: p.person_id,
      name: p.name,
      name_pinyin: p.name_pinyin,
      name_initials: p.name_initials,
      sex: p.sex,
      id_number_enc: p.id_number_enc,
      id_number_bidx: p.id_number_bidx,
      id_number_masked: p.id_number_masked,
      phone_enc: p.phone_enc,
      phone_bidx: p.phone_bidx,
      phone_masked: p.phone_masked,
      address_enc: p.address_enc,
      address_masked: p.address_masked,
    },
  }));
  const made: DemoIncident[] = [];
  if (random() < 0.12) {
    const earlier = created - between(random, 3, 25) * DAY - between(random, 0, 10) * HOUR;
    const first = new DemoIncident(ctx.build, {
      jurisdictionId: dispute.jurisdiction_id,
      source: 'dispatch_110',
      incidentClass,
      dispute: true,
      summary: `${dispute.summary.replace(/。$/, '')}，报警求助。`,
      address: where,
      parties: parties.slice(0, 1),
      receivedAt: earlier,
      receivedBy: officer,
    });
    if (walkToHandling(ctx, first, place, officer, aux, earlier)) {
      dispose(ctx, first, { action: 'mediate_on_spot' }, officer, aux);
    }
    made.push(first);
  }
  // Time enough for the latest arrival a class allows (2.5 times its target) and some handling before the referral.
  const receivedAt = created - between(random, 150, 420) * MINUTE;
  const c = new DemoIncident(ctx.build, {
    jurisdictionId: dispute.jurisdiction_id,
    source: weighted(
      random,
      SOURCE_WEIGHTS.filter(([s]) => s !== 'patrol' && s !== 'video_patrol'),
    ),
    incidentClass,
    dispute: true,
    summary: dispute.summary,
    address: where,
    parties,
    receivedAt,
    receivedBy: officer,
  });
  made.push(c);
  if (!walkToHandling(ctx, c, place, officer, aux, receivedAt)) {
    throw new Error(`demo: the incident behind ${dispute.id} did not reach handling before the dispute`);
  }
  const referred = c.act(created, 'refer_people_mediation', officer, {
    disputeCategory: dispute.category,
    note: pick(random, FEEDBACK_NOTES.refer_people_mediation),
    refId: dispute.id,
  });
  if (!referred || c.row.feedback_at !== dispute.created_at) {
    throw new Error(`demo: the incident behind ${dispute.id} was not referred at the dispute's creation`);
  }
  reviewAndClose(ctx, c, officer);
  return made;
}

/**
 * Repeat links as intake finds them (domain.md §4): an incident is linked to every earlier one within the window
 * with the same party (blind index of ID number or phone) or the same address.
 */
function linkRepeats(incidents: readonly DemoIncident[], rows: IncidentLinksTable[]): void {
  const seen = new Map<string, { at: string; id: string }[]>();
  const sorted = [...incidents].sort((x, y) => x.row.received_at.localeCompare(y.row.received_at));
  for (const c of sorted) {
    const start = repeatWindowStart(c.row.received_at, DEFAULT_REPEAT_WINDOW_DAYS);
    const keys: [string, RepeatReason][] = [];
    if (c.row.address_bidx) keys.push([`a:${c.row.address_bidx}`, 'same_address']);
    for (const p of c.parties) {
      if (p.id_number_bidx) keys.push([`i:${p.id_number_bidx}`, 'same_party']);
      if (p.phone_bidx) keys.push([`p:${p.phone_bidx}`, 'same_party']);
    }
    const linked = new Set<string>();
    for (const [key, reason] of keys) {
      const earlier = seen.get(key) ?? [];
      for (const other of earlier) {
        if (other.at < start || other.id === c.row.id || linked.has(`${other.id}:${reason}`)) continue;
        linked.add(`${other.id}:${reason}`);
        rows.push({
          incident_id: c.row.id,
          other_id: other.id,
          town_id: c.row.town_id,
          jurisdiction_id: c.row.jurisdiction_id,
          reason,
          created_at: c.row.received_at,
        });
        c.repeatLinked(other.id, REPEAT_REASON_LABELS[reason].zh);
      }
      earlier.push({ at: c.row.received_at, id: c.row.id });
      seen.set(key, earlier);
    }
  }
}

/** Incident numbers in the order calls came in within each year, as the service hands them out. */
function numberIncidents(incidents: readonly DemoIncident[]): Map<number, number> {
  const years = new Map<number, number>();
  const sorted = [...incidents].sort((x, y) => x.row.received_at.localeCompare(y.row.received_at));
  for (const { row, parties } of sorted) {
    const year = incidentNumberYear(row.received_at);
    const seq = (years.get(year) ?? 0) + 1;
    years.set(year, seq);
    row.number = formatIncidentNumber(year, townShortNameOf(TOWN.name), seq);
    row.search_text = [row.number, row.summary, ...parties.map((p) => p.name)].join(' ');
  }
  return years;
}

/** The district officers who have no account yet get one, so each can be an incident's responsible officer. */
async function provisionOfficers(tx: Tx, deps: Deps, password: string): Promise<void> {
  const users = new UsersService(deps);
  const officers = await listOfficersWithoutAccount(tx);
  for (const [index, officer] of officers.entries()) {
    await users.provision(
      tx,
      { actor: null, ip: null, requestId: 'demo-seed' },
      {
        username: `officer${index + 2}`,
        displayName: `${officer.name}（社区民警）`,
        password,
        personId: officer.personId,
        roles: officer.districtIds.map((jurisdictionId) => ({ role: 'officer' as const, jurisdictionId })),
      },
    );
  }
}

async function loadIncidentContext(tx: Tx, deps: Deps, nowMs: number): Promise<IncidentContext> {
  const dispute = await loadContext(tx, deps, 20_261_129);
  const random = dispute.builder.random;
  const populations = await listVillagePopulations(tx);
  const places: Place[] = dispute.villages.map((village) => {
    const index = populations.findIndex((p) => p.id === village.id);
    return {
      village,
      weight: populations[index]?.population ?? 600,
      remoteness: populations.length > 1 ? Math.max(0, index) / (populations.length - 1) : 0,
      slowness: 0.5 + random(),
    };
  });
  const cipher = deps.cipher;
  const caseSeq = new Map<string, number>();
  const actor = (a: DemoActor, role: IncidentActor['role']): IncidentActor => ({ ...a, role });
  return {
    dispute,
    build: { random, rows: emptyIncidentRowSet(), cipher, townId: dispute.townId, nowMs },
    places,
    officerOf: (village) => {
      const officer = dispute.officerOf(village);
      return actor(officer, officer.personId === dispute.chief.personId ? 'chief' : 'officer');
    },
    auxOf: (village) => actor(village.aux, 'auxiliary'),
    chief: actor(dispute.chief, 'chief'),
    department: (name) => dispute.department(name).id,
    caseNumber: (kind, atMs) => {
      const month = shanghaiDate(new Date(atMs)).slice(0, 7).replace('-', '');
      const key = `${kind}:${month}`;
      const seq = (caseSeq.get(key) ?? 0) + 1;
      caseSeq.set(key, seq);
      return `${kind === 'criminal' ? 'J' : 'A'}${STATION_CODE}${month}${String(seq).padStart(4, '0')}`;
    },
  };
}

/**
 * Eighteen months of Maliang's incidents ending at `now`, after its disputes: ordinary calls by class, village
 * (by population) and hour, the incidents behind the disputes registered from one (linked both ways), repeat links
 * as intake finds them, and a few calls of the last hour still on the desk. Inserted in bulk into the open seed
 * transaction; deterministic for a given `now`; the numbering sequence is advanced so the next call continues.
 */
export async function seedMaliangIncidents(
  tx: Tx,
  deps: Deps,
  password: string,
  now: Date,
): Promise<{ incidents: number }> {
  const nowMs = now.getTime();
  await provisionOfficers(tx, deps, password);
  const ctx = await loadIncidentContext(tx, deps, nowMs);
  const { random } = ctx.build;
  const all: DemoIncident[] = [];
  const placeWeights = ctx.places.map((p) => [p, p.weight] as const);
  const today = shanghaiDate(now);
  for (let day = addMonths(today, -MONTHS); day <= today; day = addDays(day, 1)) {
    const dayStart = shanghaiDayStart(day).getTime();
    const expected = DAILY_CALLS * dayWeight(day);
    let count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
    while (count-- > 0) {
      const code = weighted(random, CLASS_WEIGHTS);
      const hours = HOUR_WEIGHTS[classOf(code).category];
      const hour = weighted(
        random,
        hours.map((w, h) => [h, w] as const),
      );
      const at = dayStart + hour * HOUR + Math.floor(random() * HOUR);
      if (at > nowMs - 2 * HOUR) continue;
      const place = weighted(random, placeWeights);
      const c = generateIncident(ctx, at, code, place);
      all.push(c);
      const category = c.row.category;
      // A fire, a crash or a brawl seen by several people brings a second call minutes later.
      if ((category === 'fire_rescue' || category === 'traffic' || code === '020100') && random() < 0.08) {
        const again = at + between(random, 3, 20) * MINUTE;
        if (again < nowMs - 2 * HOUR) all.push(generateIncident(ctx, again, code, place, { duplicateOf: c }));
      }
    }
  }
  const disputes = await listIncidentSourcedDisputes(tx, ctx.dispute.townId);
  const referred = new Map<string, DemoIncident[]>();
  for (const dispute of disputes) {
    const made = incidentBehindDispute(ctx, dispute);
    referred.set(dispute.id, made);
    all.push(...made);
  }
  // The desk's live work: calls of the last two hours at every early state, two of them in 双坪村.
  const shuangping = ctx.places.find((p) => p.village.name === '双坪村') ?? ctx.places[0];
  const live: [number, string, number][] = [
    [6, '020500', 0],
    [14, '050100', 1],
    [26, '020100', 2],
    [50, '030100', 3],
    [75, '050101', 4],
    [110, '020201', 2],
  ];
  for (const [index, [minutesAgo, code, stopAfter]] of live.entries()) {
    const place = index < 2 && shuangping ? shuangping : weighted(random, placeWeights);
    all.push(generateIncident(ctx, nowMs - minutesAgo * MINUTE, code, place, { stopAfter }));
  }

  const rows = ctx.build.rows;
  linkRepeats(all, rows.links);
  const years = numberIncidents(all);
  await insertIncidentRowSet(tx, rows);
  await linkDisputesToIncidents(tx, disputeLinks(disputes, referred));
  for (const [year, seq] of years) await advanceSequence(tx, ctx.dispute.townId, year, INCIDENT_SEQUENCE_KIND, seq);
  return { incidents: rows.incidents.length };
}

/**
 * Each dispute's incident references and, for those graded only at registration, the grade they had with their
 * incidents (the real intake links the incident when the referral creates the dispute).
 */
function disputeLinks(
  disputes: readonly IncidentSourcedDispute[],
  referred: ReadonlyMap<string, DemoIncident[]>,
): DisputeIncidentLink[] {
  return disputes.map((d) => {
    const incidents = referred.get(d.id) ?? [];
    const gradedAt = d.risk_graded_at[0];
    const regraded =
      d.risk_graded_at.length === 1 && gradedAt
        ? (() => {
            const assessment = evaluateRisk(
              {
                threats: d.flag_threats === 1,
                weapons: d.flag_weapons === 1,
                domesticViolence: d.flag_domestic_violence === 1,
                severeMentalDisorder: d.flag_mental_disorder === 1,
                repeatIncidents: countRecentIncidents(
                  incidents.map((c) => c.row.received_at),
                  gradedAt,
                ),
                grievanceStartedOn: d.grievance_started_on,
                peopleInvolved: Math.max(d.people_involved, d.parties.length),
              },
              new Date(gradedAt),
            );
            return { at: gradedAt, grade: assessment.grade, reasons: assessment.reasons };
          })()
        : null;
    const referring = incidents.find((c) => c.row.dispute_id === d.id);
    return {
      disputeId: d.id,
      incidentIds: incidents.map((c) => c.row.id),
      occurredOn: shanghaiDate(referring?.row.received_at ?? d.created_at),
      regraded,
    };
  });
}
