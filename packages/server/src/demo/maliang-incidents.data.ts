/**
 * How Maliang's calls are spread (demo only): weights per class of the default code table, per hour of the day and
 * per disposition, as a rural station's 110 statistics run. Public-order calls and requests for help make most of
 * the work; crimes are mostly thefts and telecom fraud; about one call in thirty is a civil dispute, to which the
 * incidents behind the seeded disputes are added (about one in ten in all).
 */
import type { CaseKind, IncidentCategory, IncidentSource } from '@fengqiao/domain';

export const CLASS_WEIGHTS: readonly [string, number][] = [
  ['010100', 5],
  ['010200', 0.8],
  ['010201', 3],
  ['010300', 0.2],
  ['010400', 1],
  ['020100', 13],
  ['020200', 0.7],
  ['020201', 0.9],
  ['020202', 0.85],
  ['020203', 0.4],
  ['020204', 0.3],
  ['020300', 0.3],
  ['020400', 3],
  ['020500', 11],
  ['030100', 8],
  ['030200', 2],
  ['040100', 1.5],
  ['040200', 1.5],
  ['050100', 22],
  ['050101', 3],
  ['050102', 5],
  ['060100', 4],
  ['060200', 3],
  ['070100', 0.05],
  ['080100', 1.5],
  ['090100', 2],
  ['100100', 2.5],
];

const NIGHT = [3, 3, 1.2, 0.5, 0.3, 0.3, 0.4, 0.6, 0.8, 0.9, 1, 1, 1.2, 1, 1, 1, 1.1, 1.3, 1.8, 2.2, 3, 3.2, 3.4, 3.2];
const DAY = [
  0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 2.6, 3, 3, 2.8, 2.4, 2.6, 3, 3, 2.8, 2.4, 2, 1.2, 1, 0.8, 0.5, 0.4,
];
const ROADS = [
  0.4, 0.3, 0.2, 0.2, 0.3, 0.5, 1, 2, 2.4, 2, 1.8, 2, 2.2, 1.8, 1.8, 2, 2.2, 2.6, 2.4, 1.8, 1.2, 0.9, 0.6, 0.5,
];
const FLAT = [
  0.8, 0.7, 0.6, 0.5, 0.5, 0.6, 0.8, 1, 1.2, 1.2, 1.2, 1.2, 1.1, 1.1, 1.2, 1.2, 1.2, 1.2, 1.1, 1.1, 1, 1, 1, 0.9,
];

/** Relative weight of each Shanghai hour (0–23): public order peaks at night, help requests by day. */
export const HOUR_WEIGHTS: Record<IncidentCategory, readonly number[]> = {
  criminal: FLAT,
  public_order: NIGHT,
  traffic: ROADS,
  fire_rescue: FLAT,
  help: DAY,
  linkage: DAY,
  group: DAY,
  disaster: FLAT,
  tip: DAY,
  complaint: DAY,
};

export const SOURCE_WEIGHTS: readonly [IncidentSource, number][] = [
  ['dispatch_110', 70],
  ['phone', 14],
  ['walk_in', 9],
  ['patrol', 4],
  ['video_patrol', 3],
];

/** How a call ends, as the action that records it (`incident-states`), with its weight, by category. */
export type DemoDisposal =
  | { action: 'handle_on_scene' }
  | { action: 'mediate_on_spot' }
  | { action: 'open_case'; caseKind: CaseKind }
  | { action: 'refer_department'; department: string }
  | { action: 'mark_invalid' };

const JUSTICE = '马良镇司法所';
const CIVIL_AFFAIRS = '马良镇民政办';
const LAND = '马良镇自然资源所';
const FORESTRY = '马良镇林业站';
const LABOUR = '马良镇人社服务中心';

export const DISPOSALS: Record<IncidentCategory, readonly [DemoDisposal, number][]> = {
  criminal: [
    [{ action: 'open_case', caseKind: 'criminal' }, 62],
    [{ action: 'open_case', caseKind: 'administrative' }, 16],
    [{ action: 'handle_on_scene' }, 10],
    [{ action: 'mediate_on_spot' }, 6],
    [{ action: 'mark_invalid' }, 6],
  ],
  public_order: [
    [{ action: 'mediate_on_spot' }, 40],
    [{ action: 'handle_on_scene' }, 34],
    [{ action: 'open_case', caseKind: 'administrative' }, 16],
    [{ action: 'refer_department', department: JUSTICE }, 4],
    [{ action: 'mark_invalid' }, 6],
  ],
  traffic: [
    [{ action: 'handle_on_scene' }, 58],
    [{ action: 'mediate_on_spot' }, 28],
    [{ action: 'open_case', caseKind: 'administrative' }, 10],
    [{ action: 'mark_invalid' }, 4],
  ],
  fire_rescue: [
    [{ action: 'handle_on_scene' }, 82],
    [{ action: 'refer_department', department: FORESTRY }, 14],
    [{ action: 'mark_invalid' }, 4],
  ],
  help: [
    [{ action: 'handle_on_scene' }, 80],
    [{ action: 'refer_department', department: CIVIL_AFFAIRS }, 12],
    [{ action: 'mark_invalid' }, 8],
  ],
  linkage: [
    [{ action: 'refer_department', department: CIVIL_AFFAIRS }, 40],
    [{ action: 'refer_department', department: JUSTICE }, 25],
    [{ action: 'handle_on_scene' }, 30],
    [{ action: 'mark_invalid' }, 5],
  ],
  group: [
    [{ action: 'mediate_on_spot' }, 50],
    [{ action: 'refer_department', department: LABOUR }, 50],
  ],
  disaster: [
    [{ action: 'handle_on_scene' }, 60],
    [{ action: 'refer_department', department: CIVIL_AFFAIRS }, 40],
  ],
  tip: [
    [{ action: 'open_case', caseKind: 'criminal' }, 15],
    [{ action: 'open_case', caseKind: 'administrative' }, 20],
    [{ action: 'handle_on_scene' }, 35],
    [{ action: 'mark_invalid' }, 30],
  ],
  complaint: [
    [{ action: 'handle_on_scene' }, 60],
    [{ action: 'refer_department', department: LABOUR }, 15],
    [{ action: 'refer_department', department: LAND }, 15],
    [{ action: 'mark_invalid' }, 10],
  ],
};

/** Land, forest and money disputes go to the offices that hold the records more often than other public order. */
export const DISPUTE_CLASS_DISPOSALS: Readonly<Record<string, readonly [DemoDisposal, number][]>> = {
  '020203': [
    [{ action: 'refer_department', department: LAND }, 45],
    [{ action: 'refer_department', department: FORESTRY }, 15],
    [{ action: 'mediate_on_spot' }, 40],
  ],
  '020204': [
    [{ action: 'refer_department', department: JUSTICE }, 40],
    [{ action: 'mediate_on_spot' }, 60],
  ],
  '020300': [
    [{ action: 'open_case', caseKind: 'administrative' }, 35],
    [{ action: 'mediate_on_spot' }, 65],
  ],
};

/** What the caller said, per class; {g} is the village and group, {a} and {b} the people (as 王某). */
export const SUMMARIES: Readonly<Record<string, readonly string[]>> = {
  '010100': [
    '{g}{a}报称家中存放的现金被盗',
    '{g}{a}报称停放在屋前的摩托车被盗',
    '{g}{a}报称猪圈内一头生猪被盗',
    '{g}{a}报称仓库内存放的核桃、茶叶被盗',
  ],
  '010200': ['{g}{a}报称被人以收购药材为名骗走货款'],
  '010201': ['{g}{a}报称接到冒充客服电话，被骗转账', '{g}{a}报称网上刷单被骗', '{g}{a}报称被冒充熟人微信借钱骗走钱款'],
  '010300': ['{g}{a}报称在村道上被人抢走手机'],
  '010400': ['{g}{a}报称被{b}持棍打伤'],
  '020100': [
    '{g}{a}与{b}酒后发生口角并互相推搡',
    '{g}有人在小卖部门口打架，{a}报警',
    '{g}{a}报称与{b}因琐事发生肢体冲突',
  ],
  '020200': ['{g}{a}与{b}因琐事发生纠纷，请求民警到场', '{g}{a}报称与{b}发生争吵，情绪激动'],
  '020201': ['{g}{a}与邻居{b}因排水问题发生争吵', '{g}{a}与邻居{b}因房前道路堆放杂物发生纠纷'],
  '020202': ['{g}{a}与{b}夫妻吵架，请求民警到场', '{g}{a}报称与子女因赡养问题发生争吵'],
  '020203': ['{g}{a}与{b}因山林界址发生争执', '{g}{a}与{b}因责任田边界发生争吵'],
  '020204': ['{g}{a}报称{b}欠款不还，双方发生争执'],
  '020300': ['{g}{a}报称被丈夫{b}殴打'],
  '020400': ['群众举报{g}有人聚众赌博', '{g}一农家院内有人打牌赌博，{a}报警'],
  '020500': ['{g}有人醉酒滋事，{a}报警', '{g}{a}报称有人在村委会吵闹', '{g}集市上有人醉酒闹事'],
  '030100': ['{g}村道上一辆摩托车与三轮车相撞，{a}报警', '{g}{a}驾驶的货车在弯道侧滑，无人受伤'],
  '030200': ['{g}村道因货车故障堵塞，{a}报警', '{g}赶集日道路拥堵，请求疏导'],
  '040100': ['{g}一农户厨房起火，{a}报警', '{g}山坡上有人烧田坎引燃杂草'],
  '040200': ['{g}一老人摔入水沟，请求救援', '{g}一辆农用车陷入泥坑，请求救援'],
  '050100': [
    '{g}{a}钥匙锁在家中，请求帮助',
    '{g}{a}走亲戚迷路，请求帮助',
    '{g}{a}称有人在门前徘徊，请求民警查看',
    '{g}{a}的耕牛走失，请求帮助寻找',
  ],
  '050101': ['{g}{a}报称家中老人外出未归', '{g}{a}报称孩子放学后未回家'],
  '050102': ['{g}{a}独居老人生活困难，请求帮助', '{g}{a}报称家中断粮，请求救助'],
  '060100': ['{g}{a}报称村道塌方，影响通行', '{g}{a}报称组里停水多日', '{g}{a}报称电线被大风刮断'],
  '060200': ['{g}{a}投诉邻居夜间唱歌噪声扰民', '{g}{a}投诉附近石料厂夜间施工噪声'],
  '070100': ['{g}十余名村民聚集在工地，讨要拖欠工资'],
  '080100': ['{g}暴雨致山体滑坡，冲毁农户菜地', '{g}山洪冲毁便桥，有群众被困'],
  '090100': ['群众举报{g}有人非法捕猎野生动物', '群众举报{g}有人非法采砂'],
  '100100': ['{a}投诉办理户籍业务等待时间过长', '{a}投诉民警处警态度'],
};

/** What the officer or auxiliary officer wrote when reporting back, per action. */
export const FEEDBACK_NOTES: Record<DemoDisposal['action'] | 'refer_people_mediation', readonly string[]> = {
  handle_on_scene: ['到场核实情况，现场处置完毕，已向报警人反馈', '现场已处置，群众表示满意'],
  mediate_on_spot: ['民警现场组织双方调解，双方达成一致，当场履行', '现场调解成功，双方握手言和'],
  open_case: ['经现场核实，已受案并开展调查', '已受案，嫌疑人另案处理'],
  refer_department: ['经现场核实，属镇直部门职责，已移交并告知报警人', '已联系相关部门到场处理'],
  mark_invalid: ['经核实无警情，报警人误报', '到场核实无相关情况，按无效警情处理'],
  refer_people_mediation: ['属民间纠纷，经双方同意移交人民调解', '双方分歧较大，移交村人民调解委员会调解'],
};

/** The incident class an incident behind a dispute of this category was received as. */
export function classForDisputeCategory(category: string, domesticViolence: boolean): string {
  if (domesticViolence) return '020300';
  switch (category) {
    case 'neighbour':
      return '020201';
    case 'marriage_family':
      return '020202';
    case 'forest_land':
    case 'housing_land':
      return '020203';
    case 'debt_loan':
    case 'contract':
      return '020204';
    case 'traffic_accident':
      return '030100';
    default:
      return '020200';
  }
}
