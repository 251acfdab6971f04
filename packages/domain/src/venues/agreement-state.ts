/**
 * Where a venue's camera-sharing agreement stands at an instant. The window is the registry's consent window (UTC
 * instants of Shanghai 00:00 on the first day and on the day after the last day), so an agreement and the consents
 * it writes for its cameras start and stop at the same instant; a revocation ends it at once, whatever the window.
 */
import { addDays, type Instant, shanghaiDate, toDate } from '../shared/shanghai-time';

export const AGREEMENT_STATES = ['pending', 'active', 'expiring', 'expired', 'revoked'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];

export const AGREEMENT_STATE_LABELS: Record<AgreementState, { zh: string; en: string }> = {
  pending: { zh: '未生效', en: 'Not yet in force' },
  active: { zh: '生效中', en: 'Active' },
  expiring: { zh: '即将到期', en: 'Expiring soon' },
  expired: { zh: '已到期', en: 'Expired' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};

/** An agreement whose last day falls within this many Shanghai days of today is shown as expiring soon. */
export const AGREEMENT_EXPIRING_DAYS = 30;

export interface AgreementWindow {
  /** UTC instant of Shanghai 00:00 on the first day. */
  startsAt: string;
  /** UTC instant of Shanghai 00:00 on the day after the last day: the first instant it no longer covers. */
  expiresAt: string;
  revokedAt: string | null;
}

/** The state at `at`: revoked wins; then before the start, after the end, or within the expiring days. */
export function agreementState(agreement: AgreementWindow, at: Instant = new Date()): AgreementState {
  if (agreement.revokedAt !== null) return 'revoked';
  const now = toDate(at).getTime();
  if (now < toDate(agreement.startsAt).getTime()) return 'pending';
  const expires = toDate(agreement.expiresAt).getTime();
  if (now >= expires) return 'expired';
  const lastDay = agreementLastDay(agreement.expiresAt);
  return lastDay <= addDays(shanghaiDate(at), AGREEMENT_EXPIRING_DAYS) ? 'expiring' : 'active';
}

/** The last Shanghai day an agreement covers: the day before the day its expiry instant begins. */
export function agreementLastDay(expiresAt: string): string {
  return addDays(shanghaiDate(expiresAt), -1);
}

/** True while the agreement lets its cameras be seen (the states the consents it wrote are live in). */
export function agreementInForce(state: AgreementState): boolean {
  return state === 'active' || state === 'expiring';
}

/**
 * The one agreement a venue's line in a list speaks of: one in force (the latest to expire), else one not yet in
 * force (the soonest to start), else the newest. Null without agreements.
 */
export function currentAgreement<T extends AgreementWindow & { createdAt: string }>(
  agreements: readonly T[],
  at: Instant = new Date(),
): { agreement: T; state: AgreementState } | null {
  const rated = agreements.map((agreement) => ({ agreement, state: agreementState(agreement, at) }));
  const inForce = rated
    .filter((r) => agreementInForce(r.state))
    .sort((a, b) => b.agreement.expiresAt.localeCompare(a.agreement.expiresAt));
  if (inForce[0]) return inForce[0];
  const pending = rated
    .filter((r) => r.state === 'pending')
    .sort((a, b) => a.agreement.startsAt.localeCompare(b.agreement.startsAt));
  if (pending[0]) return pending[0];
  const newest = [...rated].sort((a, b) => b.agreement.createdAt.localeCompare(a.agreement.createdAt));
  return newest[0] ?? null;
}
