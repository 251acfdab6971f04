/**
 * The incident class code table (domain.md §4). The table is a *setting*: each town keeps its own rows (imported
 * from Excel or edited), starting from these defaults. A code has six digits; its first two name the category
 * (`INCIDENT_CATEGORY_PREFIXES`). Arrival targets suit a mountain town where the far groups are hours away; a
 * station shortens them as it sees fit.
 */
import type { ErrorCode } from '../shared/errors';
import {
  INCIDENT_CATEGORY_PREFIXES,
  INCIDENT_CLASS_CODE_PATTERN,
  type IncidentCategory,
  type IncidentClassDefault,
} from './incident-dictionaries';

export const DEFAULT_INCIDENT_CLASSES: readonly IncidentClassDefault[] = [
  { code: '010100', zh: '盗窃', en: 'Theft', category: 'criminal', dispute: false, arrivalTargetMinutes: 30 },
  { code: '010200', zh: '诈骗', en: 'Fraud', category: 'criminal', dispute: false, arrivalTargetMinutes: 60 },
  {
    code: '010201',
    zh: '电信网络诈骗',
    en: 'Telecom fraud',
    category: 'criminal',
    dispute: false,
    arrivalTargetMinutes: 60,
  },
  { code: '010300', zh: '抢劫抢夺', en: 'Robbery', category: 'criminal', dispute: false, arrivalTargetMinutes: 20 },
  { code: '010400', zh: '故意伤害', en: 'Assault', category: 'criminal', dispute: false, arrivalTargetMinutes: 20 },
  { code: '020100', zh: '打架斗殴', en: 'Fights', category: 'public_order', dispute: false, arrivalTargetMinutes: 20 },
  { code: '020200', zh: '纠纷', en: 'Disputes', category: 'public_order', dispute: true, arrivalTargetMinutes: 30 },
  {
    code: '020201',
    zh: '邻里纠纷',
    en: 'Neighbour disputes',
    category: 'public_order',
    dispute: true,
    arrivalTargetMinutes: 30,
  },
  {
    code: '020202',
    zh: '家庭纠纷',
    en: 'Family disputes',
    category: 'public_order',
    dispute: true,
    arrivalTargetMinutes: 30,
  },
  {
    code: '020203',
    zh: '土地山林纠纷',
    en: 'Land and forest disputes',
    category: 'public_order',
    dispute: true,
    arrivalTargetMinutes: 45,
  },
  {
    code: '020204',
    zh: '经济纠纷',
    en: 'Money disputes',
    category: 'public_order',
    dispute: true,
    arrivalTargetMinutes: 45,
  },
  {
    code: '020300',
    zh: '家庭暴力',
    en: 'Domestic violence',
    category: 'public_order',
    dispute: true,
    arrivalTargetMinutes: 20,
  },
  { code: '020400', zh: '赌博', en: 'Gambling', category: 'public_order', dispute: false, arrivalTargetMinutes: 30 },
  {
    code: '020500',
    zh: '扰乱秩序',
    en: 'Disturbing order',
    category: 'public_order',
    dispute: false,
    arrivalTargetMinutes: 30,
  },
  {
    code: '030100',
    zh: '交通事故',
    en: 'Traffic accident',
    category: 'traffic',
    dispute: false,
    arrivalTargetMinutes: 20,
  },
  { code: '030200', zh: '交通堵塞', en: 'Traffic jam', category: 'traffic', dispute: false, arrivalTargetMinutes: 30 },
  { code: '040100', zh: '火灾', en: 'Fire', category: 'fire_rescue', dispute: false, arrivalTargetMinutes: 15 },
  { code: '040200', zh: '抢险救援', en: 'Rescue', category: 'fire_rescue', dispute: false, arrivalTargetMinutes: 15 },
  { code: '050100', zh: '群众求助', en: 'Help request', category: 'help', dispute: false, arrivalTargetMinutes: 45 },
  { code: '050101', zh: '人员走失', en: 'Missing person', category: 'help', dispute: false, arrivalTargetMinutes: 30 },
  { code: '050102', zh: '困难救助', en: 'Hardship help', category: 'help', dispute: false, arrivalTargetMinutes: 60 },
  {
    code: '060100',
    zh: '水电路等设施故障',
    en: 'Utilities and roads',
    category: 'linkage',
    dispute: false,
    arrivalTargetMinutes: 120,
  },
  { code: '060200', zh: '噪声扰民', en: 'Noise', category: 'linkage', dispute: false, arrivalTargetMinutes: 60 },
  {
    code: '070100',
    zh: '群体性事件',
    en: 'Group incident',
    category: 'group',
    dispute: true,
    arrivalTargetMinutes: 15,
  },
  {
    code: '080100',
    zh: '自然灾害',
    en: 'Natural disaster',
    category: 'disaster',
    dispute: false,
    arrivalTargetMinutes: 30,
  },
  { code: '090100', zh: '举报线索', en: 'Tip-off', category: 'tip', dispute: false, arrivalTargetMinutes: 120 },
  { code: '100100', zh: '投诉', en: 'Complaint', category: 'complaint', dispute: false, arrivalTargetMinutes: 120 },
];

export type IncidentClassProblemCode = Extract<ErrorCode, 'INCIDENT_CLASS_CODE_INVALID'>;

/** A code is six digits whose first two match its category. */
export function incidentClassCodeProblem(code: string, category: IncidentCategory): IncidentClassProblemCode | null {
  if (!INCIDENT_CLASS_CODE_PATTERN.test(code)) return 'INCIDENT_CLASS_CODE_INVALID';
  return code.startsWith(INCIDENT_CATEGORY_PREFIXES[category]) ? null : 'INCIDENT_CLASS_CODE_INVALID';
}

/** The dispute category a referral to people's mediation starts from, by the class's code (the person may change it). */
const DISPUTE_CATEGORY_BY_CLASS: Readonly<Record<string, string>> = {
  '020201': 'neighbour',
  '020202': 'marriage_family',
  '020203': 'forest_land',
  '020204': 'debt_loan',
  '020300': 'marriage_family',
  '030100': 'traffic_accident',
};

export function defaultDisputeCategoryFor(classCode: string): string {
  return DISPUTE_CATEGORY_BY_CLASS[classCode] ?? 'other';
}
