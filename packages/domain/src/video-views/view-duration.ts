/**
 * How long a live view lasted, for the view log and its audit row (Decree 799: who, which camera, when, how long).
 * The clock runs from the moment the media started (the token was used) to the close; a view that never started
 * lasted 0 seconds.
 */
export function viewDurationSeconds(startedAt: string | null, endedAt: string): number {
  if (startedAt === null) return 0;
  const seconds = Math.floor((Date.parse(endedAt) - Date.parse(startedAt)) / 1000);
  return Math.max(0, seconds);
}

/** Why a view ended: the viewer closed it, the media ended, its camera became hidden, or nobody started it in time. */
export const VIEW_END_REASONS = [
  'closed',
  'hangup',
  'media_error',
  'consent_revoked',
  'not_allowed',
  'not_started',
] as const;
export type ViewEndReason = (typeof VIEW_END_REASONS)[number];

export const VIEW_END_REASON_LABELS: Readonly<Record<ViewEndReason, { zh: string; en: string }>> = {
  closed: { zh: '观看人关闭', en: 'Closed by the viewer' },
  hangup: { zh: '视频中断', en: 'Media hung up' },
  media_error: { zh: '媒体服务故障', en: 'Media server error' },
  consent_revoked: { zh: '授权已撤销或到期', en: 'Consent revoked or expired' },
  not_allowed: { zh: '已无观看权限', en: 'No longer allowed' },
  not_started: { zh: '未开始播放', en: 'Never started' },
};

/** A view nobody started is closed after the token's lifetime plus this grace, so a slow start still succeeds. */
export const VIEW_START_GRACE_SECONDS = 30;

/** Whether an open view that never started is abandoned at `now`. */
export function viewAbandoned(view: { startedAt: string | null; tokenExpiresAt: string }, now: Date): boolean {
  return view.startedAt === null && now.getTime() >= Date.parse(view.tokenExpiresAt) + VIEW_START_GRACE_SECONDS * 1000;
}
