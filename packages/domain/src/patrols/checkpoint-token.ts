/**
 * The token a checkpoint's QR code carries: `<checkpointId>.<version>.<signature>`, the signature over
 * `patrol-checkpoint:<checkpointId>:<version>` by a key the server derives from its data key ring. The signer is
 * injected, so the format and the checks stay pure and unit-tested. A reprinted sheet raises the version, which
 * revokes every code of the old sheet; a code names one checkpoint, so it cannot be used for another.
 */

/** Signs a message; the server passes an HMAC under its derived key, base64url without padding. */
export type CheckpointSigner = (message: string) => string;

export interface CheckpointTokenClaims {
  checkpointId: string;
  version: number;
}

const TOKEN_PATTERN = /^([0-9A-Za-z-]{1,64})\.([1-9]\d{0,8})\.([0-9A-Za-z_-]{16,128})$/;

/** The longest token the contracts accept. */
export const CHECKPOINT_TOKEN_MAX = 220;

function message(claims: CheckpointTokenClaims): string {
  return `patrol-checkpoint:${claims.checkpointId}:${claims.version}`;
}

export function signCheckpointToken(claims: CheckpointTokenClaims, sign: CheckpointSigner): string {
  return `${claims.checkpointId}.${claims.version}.${sign(message(claims))}`;
}

/** The claims of a token without checking its signature (to find the checkpoint), or null when malformed. */
export function parseCheckpointToken(token: string): (CheckpointTokenClaims & { signature: string }) | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  return { checkpointId: match[1] as string, version: Number(match[2]), signature: match[3] as string };
}

/** Why a token is refused, or null when it is good for the checkpoint as it stands now. */
export type CheckpointTokenProblem = 'forged' | 'other_checkpoint' | 'revoked';

/**
 * Checks a token against the checkpoint it is presented for (`expected`: its id and current version). The
 * signature is compared in constant time by length and characters, so a forged code learns nothing from timing.
 */
export function checkpointTokenProblem(
  token: string,
  expected: CheckpointTokenClaims,
  sign: CheckpointSigner,
): CheckpointTokenProblem | null {
  const parsed = parseCheckpointToken(token);
  if (!parsed) return 'forged';
  if (!sameText(parsed.signature, sign(message(parsed)))) return 'forged';
  if (parsed.checkpointId !== expected.checkpointId) return 'other_checkpoint';
  if (parsed.version !== expected.version) return 'revoked';
  return null;
}

function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
