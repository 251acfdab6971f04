import type { CadreCodeState } from './cadre.schema';

/** Why a registration code does not admit a registration for a village; null when it does. */
export type CadreCodeProblem = 'invalid' | 'expired' | 'wrong_village';

export interface CadreCodeFacts {
  villageId: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** A revocation wins over expiry: a code revoked and later past its date still reads as revoked. */
export function cadreCodeState(code: Omit<CadreCodeFacts, 'villageId'>, now: Date): CadreCodeState {
  if (code.revokedAt !== null) return 'revoked';
  return Date.parse(code.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

/**
 * Whether a code admits a registration for the village the form names. A revoked code answers like an unknown one
 * (the sticker may have been taken down for a reason); an expired one says so, so the cadre asks for a new sticker.
 */
export function cadreCodeProblem(
  code: CadreCodeFacts | null,
  villageId: string | null,
  now: Date,
): CadreCodeProblem | null {
  if (!code) return 'invalid';
  const state = cadreCodeState(code, now);
  if (state === 'revoked') return 'invalid';
  if (state === 'expired') return 'expired';
  if (villageId !== null && villageId !== code.villageId) return 'wrong_village';
  return null;
}

/** A code's expiry: `days` whole days after it was issued. */
export function cadreCodeExpiry(issuedAt: Date, days: number): string {
  return new Date(issuedAt.getTime() + days * 86_400_000).toISOString();
}

/** The public page a printed code links to. */
export function cadreRegistrationPath(code: string): string {
  return `/register/cadre/${encodeURIComponent(code)}`;
}
