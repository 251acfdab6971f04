import {
  addDays,
  addMonths,
  computeIdCheckChar,
  type DisputeComplexity,
  type DisputeSource,
  type DiversionRoute,
  formatAgreementNumber,
  formatCaseNumber,
  type SessionMode,
  shanghaiDate,
  shanghaiDayStart,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { deadlineSettings } from '../modules/disputes/dispute-settings';
import type { Deps } from '../platform/deps';
import { type CaseBuilderContext, type DemoActor, DemoCase, type NewDemoParty } from './dispute-case-builder';
import { DEPARTMENTS, GIVEN, SURNAMES } from './maliang-data';
import { advanceSequence, type DisputeRowSet, emptyRowSet, insertDisputeRowSet } from './maliang-disputes.repository';
import { buildStoryCases } from './maliang-disputes.stories';
import { between, pick, seededRandom } from './random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTHS = 18;
/** The sequence kinds the services pass to nextSequence (disputes.service, agreements.service). */
const CASE_SEQUENCE = 'case';
const AGREEMENT_SEQUENCE = 'people_agreement';
const TOWN_SHORT_NAME = '马';

export interface DemoVillagePlace {
  id: string;
  name: string;
  districtId: string;
  aux: DemoActor;
  group(name: string): string;
  groups: readonly { id: string; name: string }[];
}

export interface DemoDepartment {
  id: string;
  name: string;
  staff: DemoActor;
}

/** What the generator needs from the directory the demo seed has just written. */
export interface MaliangDisputeContext {
  builder: CaseBuilderContext;
  townId: string;
  townCode: string;
  villages: readonly DemoVillagePlace[];
  governance: DemoActor;
  chief: DemoActor;
  village(name: string): DemoVillagePlace;
  department(name: string): DemoDepartment;
  officerOf(village: DemoVillagePlace): DemoActor;
  party(name: string, role: NewDemoParty['role'], sex: 'male' | 'female', age: number, home: string): NewDemoParty;
}

// Weighted as rural mediation statistics run: neighbours, family, land and homesteads dominate.
const CATEGORY_WEIGHTS: readonly [string, number][] = [
  ['neighbour', 24],
  ['marriage_family', 18],
  ['forest_land', 15],
  ['housing_land', 13],
  ['debt_loan', 6],
  ['damages', 5],
  ['contract', 4],
  ['production_business', 3],
  ['village_affairs', 3],
  ['traffic_accident', 3],
  ['labour', 2],
  ['consumer', 1],
  ['pollution', 1],
  ['land_acquisition', 1],
  ['other', 1],
];

const SUMMARIES: Record<string, readonly string[]> = {
  neighbour: [
    '{g}{a}与邻居{b}因排水沟堵塞、雨水漫入院内发生争吵',
    '{g}{a}家散养鸡鸭啄食{b}家菜园，双方发生口角',
    '{g}{a}与{b}因房前通行道路堆放柴火发生争执',
    '{g}{a}与{b}因狗咬伤家禽赔偿问题发生纠纷',
  ],
  marriage_family: [
    '{g}{a}与{b}夫妻因家务及外出务工收入分配长期争吵',
    '{g}{a}兄弟姊妹间因老人赡养费用分摊发生纠纷',
    '{g}{a}与儿媳{b}因分家后住房使用发生矛盾',
    '{g}{a}与{b}因离婚后子女探视问题发生争执',
  ],
  forest_land: [
    '{g}{a}与{b}因承包山林界址不清发生争执',
    '{g}{a}与{b}因责任田边界及田埂归属发生纠纷',
    '{g}{a}与{b}因退耕还林补助归属发生争议',
    '{g}{a}与{b}因山林砍伐越界发生纠纷',
  ],
  housing_land: [
    '{g}{a}与{b}因新建房屋占用宅基地边界发生争执',
    '{g}{a}与{b}因建房滴水、采光问题发生纠纷',
    '{g}{a}与{b}因老屋拆除后宅基地使用权发生争议',
  ],
  debt_loan: ['{g}{a}与{b}因借款到期未还发生纠纷', '{g}{a}向{b}催讨农资赊欠款发生争执'],
  damages: ['{g}{a}家耕牛踩踏{b}家庄稼引发赔偿纠纷', '{g}{a}与{b}因施工损坏水管赔偿发生纠纷'],
  contract: ['{g}{a}与{b}因土地流转合同租金支付发生纠纷', '{g}{a}与{b}因房屋修缮承揽费用发生争议'],
  production_business: ['{g}{a}与{b}因合伙养殖分红发生纠纷', '{g}{a}与{b}因茶叶收购价格结算发生争执'],
  village_affairs: ['{g}{a}对低保评定结果有异议与村组干部发生争执', '{g}{a}与{b}因村组公共水池使用发生纠纷'],
  traffic_accident: ['{a}驾驶摩托车与{b}的三轮车在村道相刮擦，双方就赔偿发生争议'],
  labour: ['{a}在{b}承包的工地务工，因工资拖欠发生纠纷'],
  consumer: ['{a}在{b}经营的农资店购买的化肥质量有异议引发纠纷'],
  pollution: ['{g}{a}投诉{b}养猪场污水流入农田引发纠纷'],
  land_acquisition: ['{g}{a}与{b}因道路拓宽征地补偿分配发生争议'],
  other: ['{g}{a}与{b}因红白喜事礼金往来发生矛盾'],
};

const OCCUPATIONS = ['务农', '务农', '务农', '务工', '个体经营', '养殖户', '退休'];

export function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [item, w] of items) {
    roll -= w;
    if (roll < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

/** Loads the places, people and accounts of the freshly seeded directory. */
export async function loadContext(tx: Tx, deps: Deps, seed: number): Promise<MaliangDisputeContext> {
  const random = seededRandom(seed);
  const builder: CaseBuilderContext = {
    random,
    rows: emptyRowSet(),
    deadlines: deadlineSettings(deps.config),
    cipher: deps.cipher,
  };
  const places = await tx.selectFrom('jurisdictions').select(['id', 'parent_id', 'level', 'name', 'code']).execute();
  const town = places.find((p) => p.level === 'town');
  if (!town) throw new Error('demo: the town must be seeded before its disputes');
  const users = await tx.selectFrom('users').select(['id', 'username', 'person_id']).execute();
  const staff = await tx
    .selectFrom('persons')
    .select(['id', 'name', 'title', 'jurisdiction_id', 'organization_id'])
    .where('kind', '=', 'staff')
    .execute();
  const assignments = await tx.selectFrom('assignments').select(['person_id', 'jurisdiction_id', 'duty']).execute();
  const organizations = await tx.selectFrom('organizations').select(['id', 'name']).execute();

  const actorOf = (personId: string, title: string, organizationId: string | null = null): DemoActor => {
    const person = staff.find((p) => p.id === personId);
    const user = users.find((u) => u.person_id === personId);
    return { userId: user?.id ?? null, personId, name: `${person?.name ?? ''}（${title}）`, organizationId };
  };
  const userActor = (username: string, title: string): DemoActor => {
    const user = users.find((u) => u.username === username);
    if (!user?.person_id) throw new Error(`demo: account ${username} missing`);
    return actorOf(user.person_id, title);
  };

  const villages: DemoVillagePlace[] = places
    .filter((p) => p.level === 'village' || p.level === 'community')
    .map((v) => {
      const groups = places.filter((g) => g.parent_id === v.id).map((g) => ({ id: g.id, name: g.name }));
      const auxPerson = staff.find((p) => p.jurisdiction_id === v.id && p.title === '驻村辅警');
      if (!auxPerson) throw new Error(`demo: no auxiliary officer in ${v.name}`);
      return {
        id: v.id,
        name: v.name,
        districtId: v.parent_id ?? town.id,
        aux: actorOf(auxPerson.id, '驻村辅警'),
        groups,
        group: (name: string) => groups.find((g) => g.name === name)?.id ?? v.id,
      };
    });
  const departments = new Map<string, DemoDepartment>();
  for (const name of DEPARTMENTS) {
    const organization = organizations.find((o) => o.name === name);
    const person = staff.find((p) => p.organization_id === organization?.id);
    if (!organization || !person) throw new Error(`demo: department ${name} missing`);
    departments.set(name, { id: organization.id, name, staff: actorOf(person.id, name, organization.id) });
  }

  let serial = 0;
  return {
    builder,
    townId: town.id,
    townCode: town.code ?? '420626104000',
    villages,
    governance: userActor('zongzhiban', '综治办'),
    chief: userActor('chief', '所长'),
    village(name) {
      const found = villages.find((v) => v.name === name);
      if (!found) throw new Error(`demo: village ${name} missing`);
      return found;
    },
    department(name) {
      const found = departments.get(name);
      if (!found) throw new Error(`demo: department ${name} missing`);
      return found;
    },
    officerOf(village) {
      const officer = assignments.find(
        (a) => a.jurisdiction_id === village.districtId && a.duty === 'district_officer',
      );
      return officer ? actorOf(officer.person_id, '社区民警') : userActor('chief', '所长');
    },
    party(name, role, sex, age, home) {
      serial += 1;
      const birthYear = 2026 - age;
      const seq = String(((serial * 7) % 50) * 2 + (sex === 'male' ? 1 : 0) + 300).slice(-3);
      const first17 = `420626${birthYear}${String(between(random, 1, 12)).padStart(2, '0')}${String(between(random, 1, 28)).padStart(2, '0')}${seq}`;
      return {
        name,
        role,
        sex,
        age,
        occupation: pick(random, OCCUPATIONS),
        idNumber: first17 + computeIdCheckChar(first17),
        phone: `1${pick(random, ['33', '37', '39', '58', '77', '80', '86', '89'])}${String(between(random, 0, 99_999_999)).padStart(8, '0')}`,
        address: `湖北省保康县马良镇${home}${between(random, 1, 60)}号`,
      };
    },
  };
}

/**
 * One generated case from registration on: the tier and outcome are drawn first, then the case is walked action by
 * action and stops at the first step that would lie after `now`, so recent cases are still open. A few older ones
 * stall on purpose and end up overdue.
 */
function generateCase(ctx: MaliangDisputeContext, registeredAt: number, nowMs: number): DemoCase {
  const { random } = ctx.builder;
  const village = pick(random, ctx.villages);
  const group = village.groups.length > 0 ? pick(random, village.groups) : null;
  const category = weighted(random, CATEGORY_WEIGHTS);
  const name = () =>
    pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
  const a = name();
  const b = name();
  const summary = pick(random, SUMMARIES[category] ?? SUMMARIES.other ?? [''])
    .replace('{g}', `${village.name}${group?.name ?? ''}`)
    .replace('{a}', `${a.slice(0, 1)}某`)
    .replace('{b}', `${b.slice(0, 1)}某`);
  const home = `${village.name}${group?.name ?? ''}`;
  const regDay = shanghaiDate(new Date(registeredAt));
  const oldGrievance = (category === 'forest_land' || category === 'housing_land') && random() < 0.03;
  const grievanceStartedOn = oldGrievance
    ? addMonths(regDay, -between(random, 14, 60))
    : random() < 0.12
      ? addMonths(regDay, -between(random, 6, 10))
      : null;
  const threats = random() < 0.004;
  const complexity: DisputeComplexity = oldGrievance
    ? 'complex'
    : weighted(random, [
        ['simple', 3],
        ['general', 6],
        ['complex', 1],
      ]);
  const peopleInvolved = random() < 0.03 ? between(random, 5, 11) : 2;
  const source = weighted(random, [
    ['screening', 40],
    ['walk_in', 25],
    ['incident', 20],
    ['video_patrol', 5],
    ['referral', 5],
    ['application', 5],
  ] as [DisputeSource, number][]);
  const aux = village.aux;
  const officer = ctx.officerOf(village);
  const sexA = random() < 0.6 ? 'male' : 'female';
  // Family disputes are mostly between spouses or in-laws: the other party is then of the other sex.
  const sexB =
    category === 'marriage_family' ? (sexA === 'male' ? 'female' : 'male') : random() < 0.6 ? 'male' : 'female';
  const c = new DemoCase(ctx.builder, {
    townId: ctx.townId,
    jurisdictionId: group?.id ?? village.id,
    category,
    source,
    summary: `${summary}。`,
    address: `湖北省保康县马良镇${home}`,
    occurredOn: addDays(regDay, -between(random, 0, 3)),
    peopleInvolved,
    grievanceStartedOn,
    complexity,
    threats,
    parties: [
      ctx.party(a, 'applicant', sexA, between(random, 28, 78), home),
      ctx.party(b, 'respondent', sexB, between(random, 28, 78), home),
    ],
    registeredAt,
    registeredBy: source === 'incident' ? officer : aux,
  });

  const hard = oldGrievance || threats || peopleInvolved >= 10;
  const outcome = weighted(random, [
    ['village', hard ? 10 : 78],
    ['town', hard ? 40 : 13],
    ['taskforce', hard ? 35 : 3],
    ['diverted', 2],
    ['county', hard ? 5 : 0.5],
  ] as [string, number][]);
  const stall = registeredAt < nowMs - 30 * DAY && random() < 0.02;
  const written = random() < 0.55;
  const mode: SessionMode = weighted(random, [
    ['on_site', 80],
    ['phone', 8],
    ['online', 12],
  ] as [SessionMode, number][]);
  let t = registeredAt;
  const step = (hours: number): number | null => {
    t += hours * HOUR;
    return t <= nowMs ? t : null;
  };
  // Handling steps fit the tier's time limit for the case's complexity; about one case in twenty runs late
  // (and is closed with the written explanation the rules ask for).
  const pace = (complexity === 'simple' ? 0.2 : complexity === 'general' ? 0.5 : 1.5) * (random() < 0.05 ? 4 : 1);
  const work = (hours: number) => step(hours * pace);
  const dept = (name: string) => ctx.department(name);
  const categoryDepartments =
    category === 'forest_land'
      ? [dept('马良镇自然资源所'), dept('马良镇林业站')]
      : category === 'housing_land' || category === 'land_acquisition'
        ? [dept('马良镇自然资源所'), dept('马良镇司法所')]
        : category === 'labour'
          ? [dept('马良镇人社服务中心'), dept('马良镇司法所')]
          : category === 'marriage_family'
            ? [dept('马良镇司法所'), dept('马良镇民政办')]
            : [dept('马良镇司法所'), dept('保康县人民法院马良人民法庭')];

  let at = work(between(random, 1, 20));
  if (at === null) return c;
  c.act(at, 'start_village_handling', aux);
  const track = source === 'incident' && category !== 'marriage_family' && random() < 0.4 ? 'police' : 'people';
  const mediator = track === 'police' ? officer : aux;
  const mediation = c.mediation(at, mediator, {
    track,
    mediators: [mediator],
    initiatedBy: random() < 0.4 ? 'party' : 'committee',
  });
  if (stall) return c;
  at = work(between(random, 2, outcome === 'village' ? 72 : 48));
  if (at === null) return c;
  c.session(at, mediator, mediation, {
    mode,
    minutes: between(random, 30, 120),
    location: mode === 'online' ? `${village.name}村委会调解室（线上）—马良派出所` : `${village.name}村委会调解室`,
    participants: [
      { kind: 'party', name: a },
      { kind: 'party', name: b },
      { kind: track === 'police' ? 'officer' : 'auxiliary', name: mediator.name, personId: mediator.personId },
      { kind: 'cadre', name: `${village.name}村委会干部` },
    ],
    record:
      outcome === 'village'
        ? '调解员讲明法律政策，双方各自让步，同意按调解意见处理。'
        : '双方分歧较大，各执一词，未能达成一致。',
  });
  if (random() < 0.005 && c.row.flag_threats === 0) c.raiseFlag(at, mediator, 'threats');

  if (outcome === 'village') {
    const agreement = written
      ? c.agreement(at, mediator, mediation, {
          kind: 'written',
          facts: summary,
          matters: '双方争议事项如纠纷概要所述。',
          responsibilities: '双方均有过错，各自承担相应责任。',
          terms: '双方互谅互让，按调解意见履行，今后和睦相处。',
          manner: '当面履行',
          place: `${home}`,
          deadline: addDays(shanghaiDate(new Date(at)), 15),
        })
      : c.agreement(at, mediator, mediation, { kind: 'oral', content: '双方口头同意按调解意见处理，当场履行。' });
    c.act(at, 'resolve', mediator, { reason: written ? '达成书面调解协议' : '达成口头调解协议' });
    t = c.now;
    followUpAndClose(c, step, between(random, 72, 480), aux, agreement, village.name.endsWith('社区'));
    return c;
  }

  c.terminateMediation(
    at,
    mediator,
    mediation,
    '双方分歧较大，村级调解未果；已告知当事人可通过仲裁、行政、司法途径解决。',
  );
  const pushed = hard && random() < 0.6;
  if (pushed) {
    c.act(at, 'push_to_town', officer, { reason: '疑难纠纷，民警推送镇综治办启动联调机制' });
  } else {
    c.act(at, 'village_fail', aux, { reason: '村级调处未果，上报镇综治办' });
    at = work(between(random, 4, 48));
    if (at === null) return c;
    c.act(at, 'accept_at_town', ctx.governance);
  }
  if (outcome === 'diverted' && random() < 0.4) {
    at = work(between(random, 4, 48));
    if (at === null) return c;
    const route: DiversionRoute = category === 'labour' ? 'arbitration' : 'litigation';
    c.act(at, 'divert', ctx.governance, { route, reason: '属于法院或仲裁管辖，引导当事人依法解决' });
    return c;
  }
  at = work(between(random, 4, 48));
  if (at === null) return c;
  const [lead, second] = categoryDepartments;
  if (!lead || !second) return c;
  c.act(at, 'assign_departments', ctx.governance, { reason: '按纠纷类别交办部门', departmentIds: [lead.id] });
  if (random() < 0.03) return c;
  let handler = lead.staff;
  if (outcome === 'taskforce' || outcome === 'county') {
    at = work(between(random, 24, 120));
    if (at === null) return c;
    const team = [lead, second];
    c.act(at, 'form_taskforce', ctx.governance, {
      reason: '多部门联合组成调处专班上门化解',
      departmentIds: team.map((d) => d.id),
      members: team.map((d) => ({ personId: d.staff.personId ?? '', departmentId: d.id })),
    });
  }
  at = work(between(random, 24, 240));
  if (at === null) return c;
  if (outcome === 'diverted' || outcome === 'county') {
    if (outcome === 'county') c.act(at, 'escalate_county', ctx.governance, { reason: '涉及跨镇利益，上报县级处理' });
    else
      c.act(at, 'divert', ctx.governance, {
        route: pick(random, ['litigation', 'petition'] as const),
        reason: '调解无果，引导当事人通过诉讼途径解决',
      });
    return c;
  }
  if (outcome === 'taskforce') handler = second.staff;
  const townMediation = c.mediation(at, handler, { track: 'people', mediators: [handler], initiatedBy: 'committee' });
  c.session(at, handler, townMediation, {
    mode: outcome === 'taskforce' ? 'on_site' : mode,
    minutes: between(random, 60, 180),
    location: outcome === 'taskforce' ? `${home}现场` : '马良镇人民调解委员会调解室',
    participants: [
      { kind: 'party', name: a },
      { kind: 'party', name: b },
      {
        kind: 'department',
        name: handler.name,
        personId: handler.personId,
        organizationId: handler.organizationId ?? null,
      },
      { kind: 'auxiliary', name: aux.name, personId: aux.personId },
    ],
    record: '部门工作人员释法说理，现场核实情况，双方达成一致意见。',
  });
  const agreement = c.agreement(c.now, handler, townMediation, {
    kind: 'written',
    facts: summary,
    matters: '双方争议事项如纠纷概要所述。',
    responsibilities: '经核实，双方均有一定责任。',
    terms: '双方按部门核实结果处理，互不追究，今后和睦相处。',
    manner: '当面履行，村干部见证',
    place: home,
    deadline: addDays(shanghaiDate(new Date(c.now)), 20),
  });
  c.act(c.now, 'resolve', handler, { reason: '部门调处达成书面调解协议' });
  t = c.now;
  followUpAndClose(c, step, between(random, 120, 600), ctx.governance, agreement, false, aux);
  return c;
}

function followUpAndClose(
  c: DemoCase,
  step: (hours: number) => number | null,
  after: number,
  closer: DemoActor,
  agreementId: string,
  community: boolean,
  visitor: DemoActor = closer,
): void {
  let at = step(after);
  if (at === null) return;
  c.act(at, 'start_follow_up', closer);
  c.followUp(at, visitor, {
    agreementId,
    performed: true,
    satisfaction: community ? 'basically_satisfied' : 'satisfied',
    note: '协议已履行，双方无新的矛盾。',
  });
  at = step(2);
  if (at === null) return;
  c.act(at, 'close', closer);
}

/** Case numbers and written agreements' numbers in date order within each year, as the app hands them out. */
function numberCases(
  rows: DisputeRowSet,
  townCode: string,
): { cases: Map<number, number>; agreements: Map<number, number> } {
  const cases = new Map<number, number>();
  for (const row of [...rows.disputes].sort((x, y) => x.created_at.localeCompare(y.created_at))) {
    const year = Number(shanghaiDate(row.created_at).slice(0, 4));
    const seq = (cases.get(year) ?? 0) + 1;
    cases.set(year, seq);
    row.number = formatCaseNumber(townCode, year, seq);
  }
  const agreements = new Map<number, number>();
  // Only people's mediation agreements carry a 人调字 number (agreements.service); police ones are in the police's name.
  const peoples = new Set(rows.mediations.filter((m) => m.track === 'people').map((m) => m.id));
  const written = rows.agreements.filter((a) => a.kind === 'written' && peoples.has(a.mediation_id));
  for (const row of written.sort((x, y) => x.created_at.localeCompare(y.created_at))) {
    const year = Number((row.effective_date ?? shanghaiDate(row.created_at)).slice(0, 4));
    const seq = (agreements.get(year) ?? 0) + 1;
    agreements.set(year, seq);
    row.number = formatAgreementNumber(year, TOWN_SHORT_NAME, seq);
  }
  return { cases, agreements };
}

/**
 * Eighteen months of Maliang's disputes ending at `now`, with the two cases of the source story, inserted in bulk
 * into the open seed transaction. Deterministic for a given `now`; the numbering sequences are advanced so cases
 * registered in the app continue after the demo's numbers.
 */
export async function seedMaliangDisputes(tx: Tx, deps: Deps, now: Date): Promise<{ disputes: number }> {
  const ctx = await loadContext(tx, deps, 20_260_508);
  const { random } = ctx.builder;
  const nowMs = now.getTime();
  const today = shanghaiDate(now);
  const start = addMonths(today, -MONTHS);
  for (let day = start; day <= today; day = addDays(day, 1)) {
    const dayStart = shanghaiDayStart(day).getTime();
    const month = Number(day.slice(5, 7));
    // More disputes around the Spring Festival (family visits, debts settled) and in the planting season (fields).
    const busy = month === 1 || month === 2 || month === 4 || month === 5 ? 1.6 : 1;
    const expected = 1.1 * busy;
    let count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
    while (count-- > 0) {
      const at = dayStart + (8.5 + random() * 9) * HOUR;
      if (at <= nowMs) generateCase(ctx, at, nowMs);
    }
  }
  buildStoryCases(ctx, nowMs);
  const rows = ctx.builder.rows;
  const numbers = numberCases(rows, ctx.townCode);
  await insertDisputeRowSet(tx, rows);
  for (const [year, seq] of numbers.cases) await advanceSequence(tx, ctx.townId, year, CASE_SEQUENCE, seq);
  for (const [year, seq] of numbers.agreements) await advanceSequence(tx, ctx.townId, year, AGREEMENT_SEQUENCE, seq);
  return { disputes: rows.disputes.length };
}
