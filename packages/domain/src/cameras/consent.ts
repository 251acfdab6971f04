/**
 * Consents to view household and venue cameras (domain.md §9): who may view (roles), for what purpose, live only
 * or also playback, over a period of whole Shanghai days. A consent starts at Shanghai 00:00 of its first day and
 * ends at Shanghai 00:00 after its last day, whatever the server's time zone.
 */
import type { Role } from '../accounts/roles';
import { addDays, shanghaiDayStart } from '../shared/shanghai-time';

export const VIEW_PURPOSES = ['patrol', 'incident', 'dispute', 'investigation', 'emergency'] as const;
export type ViewPurpose = (typeof VIEW_PURPOSES)[number];

export const VIEW_PURPOSE_LABELS: Record<ViewPurpose, { zh: string; en: string }> = {
  patrol: { zh: '视频巡查', en: 'Video patrol' },
  incident: { zh: '警情处置', en: 'Incident response' },
  dispute: { zh: '纠纷调处', en: 'Dispute mediation' },
  investigation: { zh: '案件调查', en: 'Investigation' },
  emergency: { zh: '紧急救助', en: 'Emergency' },
};

export interface ConsentWindow {
  /** UTC instant of Shanghai 00:00 on the first day. */
  startsAt: string;
  /** UTC instant of Shanghai 00:00 on the day after the last day: the consent no longer holds from then on. */
  expiresAt: string;
}

/** The window of a consent given by its first and last Shanghai day, or the refusal when it ends before it starts. */
export function consentWindow(
  startsOn: string,
  lastDay: string,
): { ok: true; window: ConsentWindow } | { ok: false; code: 'CONSENT_WINDOW_INVALID' } {
  if (lastDay < startsOn) return { ok: false, code: 'CONSENT_WINDOW_INVALID' };
  return {
    ok: true,
    window: {
      startsAt: shanghaiDayStart(startsOn).toISOString(),
      expiresAt: shanghaiDayStart(addDays(lastDay, 1)).toISOString(),
    },
  };
}

/** What the visibility rule needs of a consent. */
export interface ConsentFacts {
  roles: readonly Role[];
  purposes: readonly ViewPurpose[];
  allowsPlayback: boolean;
  startsAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ConsentUse {
  /** The viewer's roles that reach the camera. */
  roles: readonly Role[];
  purpose: ViewPurpose;
  /** ISO UTC instant. */
  at: string;
  playback?: boolean;
}

/** Whether the consent lets a viewer holding one of these roles watch for this purpose at this instant. */
export function consentAllows(consent: ConsentFacts, use: ConsentUse): boolean {
  const at = new Date(use.at).getTime();
  if (consent.revokedAt !== null && new Date(consent.revokedAt).getTime() <= at) return false;
  if (at < new Date(consent.startsAt).getTime() || at >= new Date(consent.expiresAt).getTime()) return false;
  if (use.playback && !consent.allowsPlayback) return false;
  if (!consent.purposes.includes(use.purpose)) return false;
  return consent.roles.some((role) => use.roles.includes(role));
}

export const CONSENT_STATES = ['pending', 'active', 'expired', 'revoked'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** A consent's state at an instant, for lists and the camera's summary. */
export function consentState(
  consent: Pick<ConsentFacts, 'startsAt' | 'expiresAt' | 'revokedAt'>,
  at: string,
): ConsentState {
  const now = new Date(at).getTime();
  if (consent.revokedAt !== null && new Date(consent.revokedAt).getTime() <= now) return 'revoked';
  if (now >= new Date(consent.expiresAt).getTime()) return 'expired';
  if (now < new Date(consent.startsAt).getTime()) return 'pending';
  return 'active';
}
