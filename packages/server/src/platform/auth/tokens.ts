import crypto from 'node:crypto';

export function newSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Sessions are stored by the hash of their token, so a database leak yields no usable cookie. */
export function sessionIdOf(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function newCsrfToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
