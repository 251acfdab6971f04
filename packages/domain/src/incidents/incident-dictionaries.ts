/**
 * The dictionaries of the incident module (domain.md §4): how a call reaches the station, the ten classes of the
 * 110 rules, who the people on an incident are and how an incident ends. Stable codes stored and sent over the
 * API, with the labels screens show.
 */
import type { DictionaryEntry, Label } from '../disputes/dispute-dictionaries';

export const INCIDENT_SOURCES = ['dispatch_110', 'walk_in', 'phone', 'patrol', 'video_patrol'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export const INCIDENT_SOURCE_LABELS: Record<IncidentSource, Label> = {
  dispatch_110: { zh: '110指令', en: '110 dispatch' },
  walk_in: { zh: '群众来所', en: 'Walk-in' },
  phone: { zh: '来电', en: 'Phone call' },
  patrol: { zh: '巡逻发现', en: 'Found on patrol' },
  video_patrol: { zh: '视频巡查发现', en: 'Found on video patrol' },
};

/** The ten classes of the 110 rules; every code of the code table belongs to one. */
export const INCIDENT_CATEGORIES = [
  'criminal',
  'public_order',
  'traffic',
  'fire_rescue',
  'help',
  'linkage',
  'group',
  'disaster',
  'tip',
  'complaint',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const INCIDENT_CATEGORY_LABELS: Record<IncidentCategory, Label> = {
  criminal: { zh: '刑事警情', en: 'Criminal' },
  public_order: { zh: '治安警情', en: 'Public order' },
  traffic: { zh: '交通警情', en: 'Traffic' },
  fire_rescue: { zh: '火灾及抢险救援', en: 'Fire and rescue' },
  help: { zh: '群众求助', en: 'Help requests' },
  linkage: { zh: '社会联动', en: 'Linkage (other departments)' },
  group: { zh: '群体性事件', en: 'Group incidents' },
  disaster: { zh: '灾害事故', en: 'Disasters' },
  tip: { zh: '举报线索', en: 'Tips' },
  complaint: { zh: '投诉监督', en: 'Complaints' },
};

/** The two first digits of a class code name its category (01 criminal … 10 complaint). */
export const INCIDENT_CATEGORY_PREFIXES: Record<IncidentCategory, string> = {
  criminal: '01',
  public_order: '02',
  traffic: '03',
  fire_rescue: '04',
  help: '05',
  linkage: '06',
  group: '07',
  disaster: '08',
  tip: '09',
  complaint: '10',
};

export const INCIDENT_CLASS_CODE_PATTERN = /^\d{6}$/;

export const INCIDENT_PARTY_ROLES = ['caller', 'party', 'victim', 'suspect', 'witness'] as const;
export type IncidentPartyRole = (typeof INCIDENT_PARTY_ROLES)[number];

export const INCIDENT_PARTY_ROLE_LABELS: Record<IncidentPartyRole, Label> = {
  caller: { zh: '报警人', en: 'Caller' },
  party: { zh: '当事人', en: 'Party' },
  victim: { zh: '受害人', en: 'Victim' },
  suspect: { zh: '嫌疑人', en: 'Suspect' },
  witness: { zh: '证人', en: 'Witness' },
};

/** How an incident ends (domain.md §4: from HANDLING). */
export const INCIDENT_DISPOSITIONS = [
  'handled_on_scene',
  'case_opened',
  'police_mediation',
  'people_mediation',
  'linkage_referral',
  'invalid',
  'duplicate',
] as const;
export type IncidentDisposition = (typeof INCIDENT_DISPOSITIONS)[number];

export const INCIDENT_DISPOSITION_LABELS: Record<IncidentDisposition, Label> = {
  handled_on_scene: { zh: '现场处置完毕', en: 'Handled on the scene' },
  case_opened: { zh: '受案立案', en: 'Case opened' },
  police_mediation: { zh: '现场治安调解', en: 'Police mediation on the spot' },
  people_mediation: { zh: '移交人民调解', en: "Referred to people's mediation" },
  linkage_referral: { zh: '移交镇直部门', en: 'Referred to a town department' },
  invalid: { zh: '无效警情', en: 'Invalid' },
  duplicate: { zh: '重复警情', en: 'Duplicate' },
};

export const CASE_KINDS = ['criminal', 'administrative'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Record<CaseKind, Label> = {
  criminal: { zh: '刑事案件', en: 'Criminal case' },
  administrative: { zh: '行政案件', en: 'Administrative case' },
};

/** Why two incidents are linked as repeats (domain.md §4: same parties or address within a window). */
export const REPEAT_REASONS = ['same_party', 'same_address'] as const;
export type RepeatReason = (typeof REPEAT_REASONS)[number];

export const REPEAT_REASON_LABELS: Record<RepeatReason, Label> = {
  same_party: { zh: '同一当事人', en: 'Same party' },
  same_address: { zh: '同一地址', en: 'Same address' },
};

/** One row of the class code table, as the defaults give it. */
export interface IncidentClassDefault extends DictionaryEntry {
  category: IncidentCategory;
  /** Counted as a 纠纷警情 in reports. */
  dispute: boolean;
  /** Minutes from receiving the call to arriving on the scene before the arrival counts as late. */
  arrivalTargetMinutes: number;
}
