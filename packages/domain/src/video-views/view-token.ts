/**
 * The rules of a live view's token (domain.md §9, issue #11): the server opens a view and hands the browser a random
 * token good for one start of that view, of one camera, within a short lifetime. The server keeps only the token's
 * hash; these pure rules decide the format, the expiry and, given what the server found, why a start is refused.
 */

/** 32 random bytes in base64url without padding. */
export const VIEW_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The default lifetime of a view token in seconds (FENGQIAO_VIEW_TOKEN_SECONDS). */
export const DEFAULT_VIEW_TOKEN_SECONDS = 30;

export function isViewTokenFormat(token: string): boolean {
  return VIEW_TOKEN_PATTERN.test(token);
}

/** When a token issued at `issuedAt` stops being good (ISO UTC). */
export function viewTokenExpiresAt(issuedAt: Date, lifetimeSeconds: number): string {
  return new Date(issuedAt.getTime() + lifetimeSeconds * 1000).toISOString();
}

/** Why a start is refused: forged or for another view or camera, already used, or too late. */
export type ViewTokenProblem = 'invalid' | 'used' | 'expired';

/** What the server knows of the view the start names, and of the token presented for it. */
export interface ViewTokenCheck {
  /** The view exists, is the caller's, and the presented token hashes to the one stored for it. */
  hashMatches: boolean;
  /** The camera the start names is the view's camera. */
  sameCamera: boolean;
  usedAt: string | null;
  expiresAt: string;
  now: Date;
}

/**
 * Checks a token in an order that tells an outsider nothing: a token that does not belong to the view (forged,
 * another view's, or presented with another camera) is `invalid` before anything about the view is revealed; only
 * the holder of the real token learns that it was used or has expired.
 */
export function viewTokenProblem(check: ViewTokenCheck): ViewTokenProblem | null {
  if (!check.hashMatches || !check.sameCamera) return 'invalid';
  if (check.usedAt !== null) return 'used';
  if (check.now.getTime() >= Date.parse(check.expiresAt)) return 'expired';
  return null;
}

/** The error code of each refusal. */
export const VIEW_TOKEN_ERRORS = {
  invalid: 'VIEW_TOKEN_INVALID',
  used: 'VIEW_TOKEN_USED',
  expired: 'VIEW_TOKEN_EXPIRED',
} as const satisfies Record<ViewTokenProblem, string>;
