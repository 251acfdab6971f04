/**
 * The coded lists of anti-fraud work (反诈, domain.md §8): the kinds of publicity activity, the measures a village's
 * base may be counted in, and the types of telecom and online fraud the station records.
 */
export const ANTIFRAUD_ACTIVITY_TYPES = ['campaign', 'door_to_door', 'lecture', 'sms', 'other'] as const;
export type AntifraudActivityType = (typeof ANTIFRAUD_ACTIVITY_TYPES)[number];

export const ANTIFRAUD_ACTIVITY_TYPE_LABELS: Record<AntifraudActivityType, { zh: string; en: string }> = {
  campaign: { zh: '集中宣传', en: 'Public campaign' },
  door_to_door: { zh: '入户宣传', en: 'Door-to-door' },
  lecture: { zh: '讲座', en: 'Lecture' },
  sms: { zh: '短信推送', en: 'Text messages' },
  other: { zh: '其他', en: 'Other' },
};

/** What a village counts its base in: it chooses one, and may change it from a later day. */
export const ANTIFRAUD_BASE_MEASURES = ['households', 'residents'] as const;
export type AntifraudBaseMeasure = (typeof ANTIFRAUD_BASE_MEASURES)[number];

export const ANTIFRAUD_BASE_MEASURE_LABELS: Record<AntifraudBaseMeasure, { zh: string; en: string }> = {
  households: { zh: '户', en: 'Households' },
  residents: { zh: '人', en: 'Residents' },
};

export const FRAUD_CASE_TYPES = [
  'rebate_task',
  'fake_investment',
  'fake_service',
  'fake_police',
  'online_loan',
  'online_game',
  'other',
] as const;
export type FraudCaseType = (typeof FRAUD_CASE_TYPES)[number];

export const FRAUD_CASE_TYPE_LABELS: Record<FraudCaseType, { zh: string; en: string }> = {
  rebate_task: { zh: '刷单返利', en: 'Order-brushing rebate' },
  fake_investment: { zh: '虚假投资理财', en: 'Fake investment' },
  fake_service: { zh: '冒充客服', en: 'Fake customer service' },
  fake_police: { zh: '冒充公检法', en: 'Fake police or court' },
  online_loan: { zh: '网络贷款', en: 'Online loan' },
  online_game: { zh: '网络游戏', en: 'Online game' },
  other: { zh: '其他', en: 'Other' },
};
