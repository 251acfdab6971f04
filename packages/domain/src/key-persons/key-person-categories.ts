/**
 * Key persons (重点人员, domain.md §8): the categories in their two groups, the permission each group is read
 * under, and the control levels. The group decides who may see a record at all: the police group stays with the
 * police, the governance group is also followed by the governance office and the village's auxiliary officer.
 */
import type { Permission } from '../accounts/roles';
import type { Label } from '../disputes/dispute-dictionaries';

export const KEY_PERSON_GROUPS = ['police', 'governance'] as const;
export type KeyPersonGroup = (typeof KEY_PERSON_GROUPS)[number];

export const KEY_PERSON_GROUP_LABELS: Record<KeyPersonGroup, Label> = {
  police: { zh: '公安重点人员', en: 'Police group' },
  governance: { zh: '综治重点人员', en: 'Governance group' },
};

export const POLICE_KEY_PERSON_CATEGORIES = [
  'terrorism',
  'stability',
  'drugs',
  'fugitive',
  'criminal_record',
  'mental_risk',
  'petitioner',
] as const;

export const GOVERNANCE_KEY_PERSON_CATEGORIES = [
  'released_prisoner',
  'community_correction',
  'drug_user',
  'severe_mental_disorder',
  'at_risk_youth',
] as const;

export const KEY_PERSON_CATEGORIES = [...POLICE_KEY_PERSON_CATEGORIES, ...GOVERNANCE_KEY_PERSON_CATEGORIES] as const;
export type KeyPersonCategory = (typeof KEY_PERSON_CATEGORIES)[number];

export const KEY_PERSON_CATEGORY_LABELS: Record<KeyPersonCategory, Label> = {
  terrorism: { zh: '涉恐人员', en: 'Terrorism-related' },
  stability: { zh: '涉稳人员', en: 'Stability-related' },
  drugs: { zh: '涉毒人员', en: 'Drug-related' },
  fugitive: { zh: '在逃人员', en: 'Fugitive' },
  criminal_record: { zh: '重大刑事前科人员', en: 'Serious criminal record' },
  mental_risk: { zh: '肇事肇祸风险精神病人', en: 'Mental illness with risk' },
  petitioner: { zh: '重点上访人员', en: 'Key petitioner' },
  released_prisoner: { zh: '刑满释放人员', en: 'Released prisoner' },
  community_correction: { zh: '社区矫正对象', en: 'Under community correction' },
  drug_user: { zh: '吸毒人员', en: 'Drug user' },
  severe_mental_disorder: { zh: '严重精神障碍患者', en: 'Severe mental disorder' },
  at_risk_youth: { zh: '重点青少年', en: 'At-risk youth' },
};

export function keyPersonGroupOf(category: KeyPersonCategory): KeyPersonGroup {
  return (POLICE_KEY_PERSON_CATEGORIES as readonly string[]).includes(category) ? 'police' : 'governance';
}

export function keyPersonCategoriesOf(group: KeyPersonGroup): readonly KeyPersonCategory[] {
  return group === 'police' ? POLICE_KEY_PERSON_CATEGORIES : GOVERNANCE_KEY_PERSON_CATEGORIES;
}

/** The one permission that lets a caller see a key person of a group at all (over the person's village). */
export const KEY_PERSON_GROUP_PERMISSIONS: Record<KeyPersonGroup, Permission> = {
  police: 'keyperson.read_police',
  governance: 'keyperson.read_governance',
};

/** Control levels, strictest first (一级 = 高 管控). */
export const KEY_PERSON_LEVELS = ['high', 'medium', 'low'] as const;
export type KeyPersonLevel = (typeof KEY_PERSON_LEVELS)[number];

export const KEY_PERSON_LEVEL_LABELS: Record<KeyPersonLevel, Label> = {
  high: { zh: '一级（高）管控', en: 'Level 1 (high)' },
  medium: { zh: '二级（中）管控', en: 'Level 2 (medium)' },
  low: { zh: '三级（低）管控', en: 'Level 3 (low)' },
};

export const KEY_PERSON_STATUSES = ['active', 'removed'] as const;
export type KeyPersonStatus = (typeof KEY_PERSON_STATUSES)[number];

export const KEY_PERSON_STATUS_LABELS: Record<KeyPersonStatus, Label> = {
  active: { zh: '在管', en: 'Under control' },
  removed: { zh: '已撤销', en: 'Removed' },
};

export const KEY_PERSON_VISIT_METHODS = ['home', 'phone', 'video'] as const;
export type KeyPersonVisitMethod = (typeof KEY_PERSON_VISIT_METHODS)[number];

export const KEY_PERSON_VISIT_METHOD_LABELS: Record<KeyPersonVisitMethod, Label> = {
  home: { zh: '上门走访', en: 'Home visit' },
  phone: { zh: '电话联系', en: 'Phone call' },
  video: { zh: '视频联系', en: 'Video call' },
};
