/**
 * The items of the monthly assessment of a village auxiliary officer (domain.md §5, 月度考核) and their settings.
 * Each item counts evidence the platform already holds: duty log entries per duty type, incidents the officer
 * acknowledged and how quickly, mediations the officer took part in and follow-up visits the officer made. A town
 * keeps one settings row (weights, targets, the acknowledgement window), starting from `DEFAULT_ASSESSMENT_SETTINGS`.
 */
import type { Label } from '../disputes/dispute-dictionaries';
import type { DutyType } from '../duty/duty-types';
import type { ErrorCode } from '../shared/errors';

export const ASSESSMENT_ITEMS = [
  'duty_mediation',
  'duty_patrol',
  'duty_publicity',
  'duty_intelligence',
  'duty_key_person',
  'duty_video_patrol',
  'duty_scene_protection',
  'duty_traffic',
  'incidents_acked',
  'ack_timely',
  'arrival_timely',
  'mediations',
  'follow_ups',
] as const;
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];

/** `count`: how many records, against a target number; `share`: a percentage of records meeting a time, 0–100. */
export const ASSESSMENT_ITEM_KIND_VALUES = ['count', 'share'] as const;
export type AssessmentItemKind = (typeof ASSESSMENT_ITEM_KIND_VALUES)[number];

export const ASSESSMENT_ITEM_KINDS: Record<AssessmentItem, AssessmentItemKind> = {
  duty_mediation: 'count',
  duty_patrol: 'count',
  duty_publicity: 'count',
  duty_intelligence: 'count',
  duty_key_person: 'count',
  duty_video_patrol: 'count',
  duty_scene_protection: 'count',
  duty_traffic: 'count',
  incidents_acked: 'count',
  ack_timely: 'share',
  arrival_timely: 'share',
  mediations: 'count',
  follow_ups: 'count',
};

export const ASSESSMENT_ITEM_LABELS: Record<AssessmentItem, Label> = {
  duty_mediation: { zh: '勤务：矛盾纠纷调解', en: 'Duty: dispute mediation' },
  duty_patrol: { zh: '勤务：治安巡逻', en: 'Duty: security patrol' },
  duty_publicity: { zh: '勤务：法治宣传', en: 'Duty: legal publicity' },
  duty_intelligence: { zh: '勤务：信息收集', en: 'Duty: intelligence gathering' },
  duty_key_person: { zh: '勤务：重点人员管控', en: 'Duty: key-person control' },
  duty_video_patrol: { zh: '勤务：视频巡查', en: 'Duty: video patrol' },
  duty_scene_protection: { zh: '勤务：现场保护', en: 'Duty: scene protection' },
  duty_traffic: { zh: '勤务：交通疏导', en: 'Duty: traffic control' },
  incidents_acked: { zh: '签收警情', en: 'Incidents acknowledged' },
  ack_timely: { zh: '及时签收率', en: 'Acknowledged in time' },
  arrival_timely: { zh: '按时到场率', en: 'Arrived within target' },
  mediations: { zh: '参与调解', en: 'Mediations taken part in' },
  follow_ups: { zh: '回访', en: 'Follow-up visits' },
};

/** The item each duty type of the duty log counts for. */
export const DUTY_TYPE_ITEMS = {
  mediation: 'duty_mediation',
  patrol: 'duty_patrol',
  publicity: 'duty_publicity',
  intelligence: 'duty_intelligence',
  key_person: 'duty_key_person',
  video_patrol: 'duty_video_patrol',
  scene_protection: 'duty_scene_protection',
  traffic: 'duty_traffic',
} as const satisfies Record<DutyType, AssessmentItem>;

export interface AssessmentItemSetting {
  /** Whole points the item is worth; the weights of all items add up to 100. */
  weight: number;
  /** A count to reach in the month, or for a share the percentage (0–100) to reach. */
  target: number;
}

export interface AssessmentSettings {
  items: Record<AssessmentItem, AssessmentItemSetting>;
  /** An incident counts as acknowledged in time when acknowledged within this many minutes of its dispatch. */
  ackWithinMinutes: number;
}

/**
 * Half of the score on the eight duties (patrol and video patrol weigh most: they are daily work), half on incidents
 * and disputes. Targets are what a station asks of one village a month.
 */
export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = {
  items: {
    duty_mediation: { weight: 8, target: 4 },
    duty_patrol: { weight: 10, target: 12 },
    duty_publicity: { weight: 6, target: 2 },
    duty_intelligence: { weight: 6, target: 4 },
    duty_key_person: { weight: 6, target: 4 },
    duty_video_patrol: { weight: 6, target: 8 },
    duty_scene_protection: { weight: 4, target: 1 },
    duty_traffic: { weight: 4, target: 2 },
    incidents_acked: { weight: 10, target: 3 },
    ack_timely: { weight: 10, target: 90 },
    arrival_timely: { weight: 10, target: 90 },
    mediations: { weight: 10, target: 2 },
    follow_ups: { weight: 10, target: 4 },
  },
  ackWithinMinutes: 10,
};

export const ASSESSMENT_WEIGHT_TOTAL = 100;

export type AssessmentSettingsProblem = Extract<ErrorCode, 'ASSESSMENT_WEIGHTS_INVALID' | 'ASSESSMENT_TARGET_INVALID'>;

/**
 * Why settings cannot be saved: weights must be whole, non-negative and add up to 100; a count target is a
 * non-negative whole number and a share target a percentage from 0 to 100. Null when they are fine.
 */
export function assessmentSettingsProblem(settings: AssessmentSettings): AssessmentSettingsProblem | null {
  let sum = 0;
  for (const item of ASSESSMENT_ITEMS) {
    const { weight } = settings.items[item];
    if (!Number.isInteger(weight) || weight < 0) return 'ASSESSMENT_WEIGHTS_INVALID';
    sum += weight;
  }
  if (sum !== ASSESSMENT_WEIGHT_TOTAL) return 'ASSESSMENT_WEIGHTS_INVALID';
  for (const item of ASSESSMENT_ITEMS) {
    const { target } = settings.items[item];
    if (!Number.isInteger(target) || target < 0) return 'ASSESSMENT_TARGET_INVALID';
    if (ASSESSMENT_ITEM_KINDS[item] === 'share' && target > 100) return 'ASSESSMENT_TARGET_INVALID';
  }
  return null;
}

/** A record with one value per item, in ASSESSMENT_ITEMS order. */
export function perItem<T>(make: (item: AssessmentItem) => T): Record<AssessmentItem, T> {
  const out = {} as Record<AssessmentItem, T>;
  for (const item of ASSESSMENT_ITEMS) out[item] = make(item);
  return out;
}
