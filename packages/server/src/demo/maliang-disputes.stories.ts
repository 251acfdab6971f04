import { addDays, addMonths, shanghaiDate, shanghaiDayStart } from '@fengqiao/domain';
import { DemoCase } from './dispute-case-builder';
import type { MaliangDisputeContext } from './maliang-disputes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 09:00 + `hours` Shanghai time on a calendar day, as epoch milliseconds. */
function onDay(day: string, hours: number): number {
  return shanghaiDayStart(day).getTime() + (9 + hours) * HOUR;
}

/**
 * The settlement day of the 鸡冠河村 story, 2026-05-08, when it lies within the demo's window; seeded on another
 * day, the story keeps its distance from "today" (204 days) so it still shows in the 18 months.
 */
function storyDay(fixed: string, nowMs: number, window: number): string {
  const fixedMs = onDay(fixed, 0);
  if (fixedMs < nowMs - 20 * DAY && fixedMs > nowMs - window * DAY) return fixed;
  return addDays(shanghaiDate(new Date(nowMs)), -204);
}

/**
 * The two cases of the source story (seed/article.md), told the platform's way:
 * - 段江村 3组: 王某 and his neighbour 李某 argue over land for days, the village talks fail, and the officer joins
 *   by video (天翼云会议 in the source; here the platform's online mediation room, seeded by maliang-rooms.ts): 40
 *   minutes online and they sign an agreement.
 * - 鸡冠河村 2组: 孟某 and 袁某 have fought over a field boundary for six years and threaten "以命相拼"; the officer
 *   pushes it to the town, the office assigns the land office, the justice office and the court, and their task
 *   force measures the boundary on site on 5 May and settles it.
 */
export function buildStoryCases(ctx: MaliangDisputeContext, nowMs: number): DemoCase[] {
  const duanjiang = ctx.village('段江村');
  const jiguanhe = ctx.village('鸡冠河村');
  const land = ctx.department('马良镇自然资源所');
  const justice = ctx.department('马良镇司法所');
  const court = ctx.department('保康县人民法院马良人民法庭');
  const today = shanghaiDate(new Date(nowMs));

  const onlineDay = addDays(today, -41);
  const d1 = new DemoCase(ctx.builder, {
    townId: ctx.townId,
    jurisdictionId: duanjiang.group('3组'),
    category: 'forest_land',
    source: 'screening',
    summary: '段江村3组王某与邻居李某因承包地边界及地里种植归属发生土地纠纷，已争吵数日，矛盾有升级苗头。',
    address: '湖北省保康县马良镇段江村3组',
    occurredOn: addDays(onlineDay, -4),
    peopleInvolved: 2,
    grievanceStartedOn: addDays(onlineDay, -4),
    complexity: 'general',
    parties: [
      ctx.party('王德明', 'applicant', 'male', 58, '段江村3组'),
      ctx.party('李春林', 'respondent', 'male', 55, '段江村3组'),
    ],
    registeredAt: onDay(addDays(onlineDay, -1), 1),
    registeredBy: duanjiang.aux,
  });
  const officer = ctx.officerOf(duanjiang);
  d1.act(onDay(addDays(onlineDay, -1), 1.5), 'start_village_handling', duanjiang.aux);
  const m1 = d1.mediation(onDay(onlineDay, 0), duanjiang.aux, {
    track: 'people',
    mediators: [duanjiang.aux],
    initiatedBy: 'committee',
  });
  d1.session(onDay(onlineDay, 0), duanjiang.aux, m1, {
    mode: 'on_site',
    minutes: 90,
    location: '段江村村委会调解室',
    participants: [
      { kind: 'party', name: '王德明' },
      { kind: 'party', name: '李春林' },
      { kind: 'auxiliary', name: duanjiang.aux.name, personId: duanjiang.aux.personId },
      { kind: 'cadre', name: '段江村村委会干部' },
    ],
    record: '村委会召集双方当面调解，双方各执一词，未说拢，两家矛盾仍在升级。驻村辅警当即联系派出所请求线上联合调解。',
  });
  d1.session(onDay(onlineDay, 3), officer, m1, {
    mode: 'online',
    minutes: 40,
    location: '线上调解室（段江村村委会调解室—马良派出所）',
    participants: [
      { kind: 'party', name: '王德明' },
      { kind: 'party', name: '李春林' },
      { kind: 'officer', name: officer.name, personId: officer.personId },
      { kind: 'auxiliary', name: duanjiang.aux.name, personId: duanjiang.aux.personId },
      { kind: 'cadre', name: '段江村村委会干部' },
    ],
    record:
      '派出所距段江村一小时车程，民警趁热打铁通过线上调解室远程参与联合调解：宣讲土地承包相关法律政策，分析矛盾根源，澄清利害关系。经40分钟耐心调解，双方达成调解协议。',
  });
  const a1 = d1.agreement(onDay(onlineDay, 4), officer, m1, {
    kind: 'written',
    facts: '王德明与李春林系段江村3组邻居，两家承包地相邻，因地界及界上作物归属发生争执，争吵数日。',
    matters: '承包地分界及界上作物的归属。',
    responsibilities: '双方均未按承包合同确认地界即自行耕种，各负同等责任。',
    terms: '以承包合同附图为准重新确认地界，界上现有作物由王德明收获后归还土地；双方今后不得越界耕种。',
    manner: '双方在村干部见证下现场埋设界桩',
    place: '段江村3组争议地块',
    deadline: addDays(onlineDay, 10),
    methods: ['signature', 'fingerprint'],
  });
  d1.act(onDay(onlineDay, 4.2), 'resolve', officer, { reason: '线上联合调解达成书面调解协议' });
  d1.act(onDay(addDays(onlineDay, 12), 1), 'start_follow_up', duanjiang.aux);
  d1.followUp(onDay(addDays(onlineDay, 12), 1.5), duanjiang.aux, {
    agreementId: a1,
    performed: true,
    satisfaction: 'satisfied',
    note: '界桩已埋设，双方按协议耕种，邻里关系恢复。村干部感叹疑难纠纷用高科技摆平了。',
  });
  d1.act(onDay(addDays(onlineDay, 12), 2), 'close', duanjiang.aux);

  const settled = storyDay('2026-05-08', nowMs, 540);
  const registered = addDays(settled, -24);
  // Six full years before the case reached the platform: the story's "鬧了6年".
  const grievanceStart = addMonths(registered, -73);
  const g2 = jiguanhe.group('2组');
  const mengOfficer = ctx.officerOf(jiguanhe);
  const d2 = new DemoCase(ctx.builder, {
    townId: ctx.townId,
    jurisdictionId: g2,
    category: 'forest_land',
    source: 'incident',
    summary:
      '鸡冠河村2组孟某与袁某因田界问题纠纷已6年，期间多次找土地所、司法所、法庭及民警会同村干部调解未果，双方逞强斗狠，扬言以命相拼。',
    address: '湖北省保康县马良镇鸡冠河村2组',
    occurredOn: grievanceStart,
    peopleInvolved: 2,
    grievanceStartedOn: grievanceStart,
    complexity: 'complex',
    parties: [
      ctx.party('孟永福', 'applicant', 'male', 63, '鸡冠河村2组'),
      ctx.party('袁国平', 'respondent', 'male', 60, '鸡冠河村2组'),
    ],
    registeredAt: onDay(registered, 0.5),
    registeredBy: mengOfficer,
  });
  d2.act(onDay(registered, 1), 'start_village_handling', jiguanhe.aux);
  const m2 = d2.mediation(onDay(addDays(registered, 2), 0), mengOfficer, {
    track: 'people',
    mediators: [jiguanhe.aux, mengOfficer],
    initiatedBy: 'committee',
  });
  d2.session(onDay(addDays(registered, 2), 0), mengOfficer, m2, {
    mode: 'on_site',
    minutes: 120,
    location: '鸡冠河村村委会',
    participants: [
      { kind: 'party', name: '孟永福' },
      { kind: 'party', name: '袁国平' },
      { kind: 'officer', name: mengOfficer.name, personId: mengOfficer.personId },
      { kind: 'auxiliary', name: jiguanhe.aux.name, personId: jiguanhe.aux.personId },
      { kind: 'cadre', name: '鸡冠河村村委会干部' },
    ],
    record: '民警会同村干部再次调解未果。双方逞强斗狠，并扬言以命相拼，田界需专业丈量，超出村级调处能力。',
  });
  d2.raiseFlag(onDay(addDays(registered, 2), 2.5), mengOfficer, 'threats');
  d2.terminateMediation(
    onDay(addDays(registered, 2), 3),
    mengOfficer,
    m2,
    '双方分歧大并扬言以命相拼，村级调解终止；已告知当事人可通过仲裁、行政、司法途径解决。',
  );
  d2.act(onDay(addDays(registered, 3), 0), 'push_to_town', mengOfficer, {
    reason: '积怨6年，双方扬言以命相拼，涉及田界丈量，民警将疑难纠纷推送镇政府，启动矛盾联调机制。',
  });
  const governance = ctx.governance;
  d2.act(onDay(addDays(registered, 3), 2), 'assign_departments', governance, {
    reason: '按纠纷类别流转：田界涉及土地确权与法律适用',
    departmentIds: [land.id, justice.id, court.id],
  });
  d2.act(onDay(addDays(settled, -6), 0), 'form_taskforce', governance, {
    reason: '成立矛盾纠纷调处专班，上门现场丈量化解',
    departmentIds: [land.id, justice.id, court.id],
    members: [land, justice, court].map((d) => ({ personId: d.staff.personId ?? '', departmentId: d.id })),
  });
  const m3 = d2.mediation(onDay(settled, 0), governance, {
    track: 'people',
    mediators: [justice.staff, land.staff, court.staff],
    initiatedBy: 'committee',
  });
  d2.session(onDay(settled, 0), justice.staff, m3, {
    mode: 'on_site',
    minutes: 180,
    location: '鸡冠河村2组争议田块',
    participants: [
      { kind: 'party', name: '孟永福' },
      { kind: 'party', name: '袁国平' },
      { kind: 'department', name: land.staff.name, personId: land.staff.personId, organizationId: land.id },
      { kind: 'department', name: justice.staff.name, personId: justice.staff.personId, organizationId: justice.id },
      { kind: 'department', name: court.staff.name, personId: court.staff.personId, organizationId: court.id },
      { kind: 'officer', name: mengOfficer.name, personId: mengOfficer.personId },
      { kind: 'cadre', name: '鸡冠河村村委会干部' },
    ],
    record:
      '自然资源所、司法所、法庭联合专班上门，各部门负责人一起现场丈量，讲清政策与法律后果，两家人争议的田界疙瘩彻底解开。',
  });
  const a2 = d2.agreement(onDay(settled, 3.5), justice.staff, m3, {
    kind: 'written',
    facts: '孟永福与袁国平系鸡冠河村2组相邻农户，因两家水田田界不清，自六年前起反复争执，曾扬言以命相拼。',
    matters: '两家水田的分界线位置。',
    responsibilities: '双方均有越界耕作及言语过激行为，应相互谅解。',
    terms: '以专班现场丈量结果为准确定田界并埋设界桩；双方保证不再越界耕作，不再发生过激言行。',
    manner: '现场丈量、埋设界桩，双方签字确认',
    place: '鸡冠河村2组争议田块',
    deadline: addDays(settled, 7),
    methods: ['fingerprint', 'fingerprint'],
  });
  d2.act(onDay(settled, 4), 'resolve', justice.staff, { reason: '专班现场丈量，双方签订书面调解协议' });
  d2.act(onDay(addDays(settled, 15), 0), 'start_follow_up', governance);
  d2.followUp(onDay(addDays(settled, 15), 0.5), jiguanhe.aux, {
    agreementId: a2,
    performed: true,
    satisfaction: 'satisfied',
    note: '界桩完好，两家按界耕种，未再发生争执。',
  });
  d2.followUp(onDay(addDays(settled, 60), 0.5), jiguanhe.aux, {
    agreementId: a2,
    performed: true,
    satisfaction: 'satisfied',
    note: '第二次回访：两家已恢复往来。',
  });
  d2.act(onDay(addDays(settled, 60), 1), 'close', governance);

  // A case waiting for its online session, for the live demo room: the applicant works away from the village.
  const yesterday = addDays(today, -1);
  const d3 = new DemoCase(ctx.builder, {
    townId: ctx.townId,
    jurisdictionId: duanjiang.group('2组'),
    category: 'neighbour',
    source: 'walk_in',
    summary: '段江村2组赵某新砌院墙占用与邻居陈某共用的出行通道，陈某在浙江务工无法回村，双方同意线上调解。',
    address: '湖北省保康县马良镇段江村2组',
    occurredOn: addDays(yesterday, -3),
    peopleInvolved: 2,
    grievanceStartedOn: null,
    complexity: 'general',
    parties: [
      ctx.party('陈秀兰', 'applicant', 'female', 46, '段江村2组'),
      ctx.party('赵国强', 'respondent', 'male', 52, '段江村2组'),
    ],
    registeredAt: onDay(yesterday, 0.5),
    registeredBy: duanjiang.aux,
  });
  d3.act(onDay(yesterday, 1), 'start_village_handling', duanjiang.aux);
  d3.mediation(onDay(yesterday, 1.5), duanjiang.aux, {
    track: 'people',
    mediators: [duanjiang.aux, officer],
    initiatedBy: 'party',
  });
  return [d1, d2, d3];
}
