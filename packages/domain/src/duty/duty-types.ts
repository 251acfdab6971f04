/**
 * The eight duties of a village auxiliary officer under joint duty (警治联勤 “八大员”, domain.md §5). A duty log
 * entry names one of them; the monthly assessment counts entries by type.
 */
export const DUTY_TYPES = [
  'mediation',
  'patrol',
  'publicity',
  'intelligence',
  'key_person',
  'video_patrol',
  'scene_protection',
  'traffic',
] as const;
export type DutyType = (typeof DUTY_TYPES)[number];

export const DUTY_TYPE_LABELS: Record<DutyType, { zh: string; en: string }> = {
  mediation: { zh: '矛盾纠纷调解', en: 'Dispute mediation' },
  patrol: { zh: '治安巡逻', en: 'Security patrol' },
  publicity: { zh: '法治宣传', en: 'Legal publicity' },
  intelligence: { zh: '信息收集', en: 'Intelligence gathering' },
  key_person: { zh: '重点人员管控', en: 'Key-person control' },
  video_patrol: { zh: '视频巡查', en: 'Video patrol' },
  scene_protection: { zh: '现场保护', en: 'Scene protection' },
  traffic: { zh: '交通疏导', en: 'Traffic control' },
};

/** What a duty log entry may link to: the incident or dispute the work was about. */
export const DUTY_LINK_KINDS = ['incident', 'dispute'] as const;
export type DutyLinkKind = (typeof DUTY_LINK_KINDS)[number];
