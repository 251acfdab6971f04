/**
 * The dictionaries of the dispute module (domain.md §2, §3): stable codes stored in the database and sent over the
 * API, with the Chinese and English labels screens show. Codes never change once data uses them; labels may.
 */

import type { ErrorCode } from '../shared/errors';

export interface Label {
  zh: string;
  en: string;
}

export interface DictionaryEntry<C extends string = string> extends Label {
  code: C;
}

/**
 * Dispute categories, domain.md §2. The list is a *setting*: a deployment may add local categories, so the API
 * stores any well-formed code and checks it against the configured list (`disputeCategoryProblem`); these are the
 * defaults every deployment starts with.
 */
export const DEFAULT_DISPUTE_CATEGORIES: readonly DictionaryEntry[] = [
  { code: 'marriage_family', zh: '婚姻家庭', en: 'Marriage and family' },
  { code: 'neighbour', zh: '邻里', en: 'Neighbours' },
  { code: 'housing_land', zh: '房屋宅基地', en: 'Houses and homesteads' },
  { code: 'contract', zh: '合同', en: 'Contracts' },
  { code: 'production_business', zh: '生产经营', en: 'Production and business' },
  { code: 'damages', zh: '损害赔偿', en: 'Compensation for damage' },
  { code: 'forest_land', zh: '山林土地', en: 'Forests and land' },
  { code: 'land_acquisition', zh: '征地拆迁', en: 'Land acquisition and demolition' },
  { code: 'pollution', zh: '环境污染', en: 'Environmental pollution' },
  { code: 'labour', zh: '劳动争议', en: 'Labour disputes' },
  { code: 'consumer', zh: '消费', en: 'Consumer disputes' },
  { code: 'medical', zh: '医疗', en: 'Medical disputes' },
  { code: 'traffic_accident', zh: '道路交通事故', en: 'Road traffic accidents' },
  { code: 'property_management', zh: '物业', en: 'Property management' },
  { code: 'village_affairs', zh: '村务管理', en: 'Village affairs' },
  { code: 'debt_loan', zh: '债务借贷', en: 'Debts and loans' },
  { code: 'other', zh: '其他', en: 'Other' },
];

/** What a category code must look like, so configured categories stay safe to store, log and use in URLs. */
export const DISPUTE_CATEGORY_CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** `DISPUTE_CATEGORY_UNKNOWN` when `code` is not in the configured list, else null. */
export function disputeCategoryProblem(
  code: string,
  categories: readonly DictionaryEntry[] = DEFAULT_DISPUTE_CATEGORIES,
): Extract<ErrorCode, 'DISPUTE_CATEGORY_UNKNOWN'> | null {
  return categories.some((category) => category.code === code) ? null : 'DISPUTE_CATEGORY_UNKNOWN';
}

/** The label of a category code, or the code itself for a category since removed from the settings. */
export function disputeCategoryLabel(
  code: string,
  categories: readonly DictionaryEntry[] = DEFAULT_DISPUTE_CATEGORIES,
): Label {
  const found = categories.find((category) => category.code === code);
  return found === undefined ? { zh: code, en: code } : { zh: found.zh, en: found.en };
}

/** How the dispute came to light (domain.md §2). */
export const DISPUTE_SOURCES = ['screening', 'incident', 'walk_in', 'video_patrol', 'referral', 'application'] as const;
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];
export const DISPUTE_SOURCE_LABELS: Record<DisputeSource, Label> = {
  screening: { zh: '排查发现', en: 'Screening' },
  incident: { zh: '警情转化', en: 'Police incident' },
  walk_in: { zh: '群众来访', en: 'Walk-in' },
  video_patrol: { zh: '视频巡查', en: 'Video patrol' },
  referral: { zh: '部门移送', en: 'Referral (court, police, government)' },
  application: { zh: '当事人申请', en: 'Application by a party' },
};

/**
 * Where the case is worked. The task force is a tier of its own because it has its own time limit and its own
 * members, although it sits in the town.
 */
export const DISPUTE_TIERS = ['village', 'town', 'taskforce', 'county'] as const;
export type DisputeTier = (typeof DISPUTE_TIERS)[number];
export const DISPUTE_TIER_LABELS: Record<DisputeTier, Label> = {
  village: { zh: '村级', en: 'Village' },
  town: { zh: '镇级', en: 'Town' },
  taskforce: { zh: '专班', en: 'Task force' },
  county: { zh: '县级', en: 'County' },
};

export const DISPUTE_COMPLEXITIES = ['simple', 'general', 'complex'] as const;
export type DisputeComplexity = (typeof DISPUTE_COMPLEXITIES)[number];
export const DISPUTE_COMPLEXITY_LABELS: Record<DisputeComplexity, Label> = {
  simple: { zh: '简易', en: 'Simple' },
  general: { zh: '一般', en: 'General' },
  complex: { zh: '疑难复杂', en: 'Complex' },
};

/** Where a dispute that does not belong in mediation is sent (domain.md §2, DIVERTED). */
export const DIVERSION_ROUTES = ['litigation', 'arbitration', 'petition', 'administrative_review'] as const;
export type DiversionRoute = (typeof DIVERSION_ROUTES)[number];
export const DIVERSION_ROUTE_LABELS: Record<DiversionRoute, Label> = {
  litigation: { zh: '诉讼', en: 'Litigation' },
  arbitration: { zh: '仲裁', en: 'Arbitration' },
  petition: { zh: '信访', en: 'Petition' },
  administrative_review: { zh: '行政复议', en: 'Administrative review' },
};

/** The three mediation tracks, never mixed (domain.md §3). */
export const MEDIATION_TRACKS = ['people', 'police', 'administrative'] as const;
export type MediationTrack = (typeof MEDIATION_TRACKS)[number];
export const MEDIATION_TRACK_LABELS: Record<MediationTrack, Label> = {
  people: { zh: '人民调解', en: "People's mediation" },
  police: { zh: '治安调解', en: 'Police mediation' },
  administrative: { zh: '行政调解', en: 'Administrative mediation' },
};

export const SESSION_MODES = ['on_site', 'online', 'phone'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_MODE_LABELS: Record<SessionMode, Label> = {
  on_site: { zh: '现场调解', en: 'On site' },
  online: { zh: '线上调解', en: 'Online' },
  phone: { zh: '电话调解', en: 'By phone' },
};

/** Most severe first, so the order can rank grades. */
export const RISK_GRADES = ['red', 'orange', 'yellow', 'green'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];
export const RISK_GRADE_LABELS: Record<RiskGrade, Label> = {
  red: { zh: '红色', en: 'Red' },
  orange: { zh: '橙色', en: 'Orange' },
  yellow: { zh: '黄色', en: 'Yellow' },
  green: { zh: '绿色', en: 'Green' },
};

export const PARTY_ROLES = ['applicant', 'respondent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, Label> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  respondent: { zh: '被申请人', en: 'Respondent' },
};

/** Who took part in a mediation session. Relatives, neighbours and experts are invitees (Art. 20). */
export const PARTICIPANT_KINDS = [
  'party',
  'agent',
  'mediator',
  'officer',
  'auxiliary',
  'cadre',
  'department',
  'relative',
  'neighbour',
  'expert',
  'other',
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, Label> = {
  party: { zh: '当事人', en: 'Party' },
  agent: { zh: '代理人', en: 'Agent' },
  mediator: { zh: '调解员', en: 'Mediator' },
  officer: { zh: '民警', en: 'Police officer' },
  auxiliary: { zh: '辅警', en: 'Auxiliary officer' },
  cadre: { zh: '村干部', en: 'Village cadre' },
  department: { zh: '部门工作人员', en: 'Department staff' },
  relative: { zh: '亲属', en: 'Relative' },
  neighbour: { zh: '邻里', en: 'Neighbour' },
  expert: { zh: '专业人员', en: 'Expert' },
  other: { zh: '其他人员', en: 'Other' },
};

/** How a party marked a written agreement (Art. 29: 签名、盖章或者按指印). */
export const SIGNATURE_METHODS = ['signature', 'seal', 'fingerprint'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];
export const SIGNATURE_METHOD_LABELS: Record<SignatureMethod, Label> = {
  signature: { zh: '签名', en: 'Signed' },
  seal: { zh: '盖章', en: 'Sealed' },
  fingerprint: { zh: '按指印', en: 'Fingerprinted' },
};

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Record<SatisfactionLevel, Label> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Mostly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};
