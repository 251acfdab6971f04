import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Fengqiao 枫桥';

function totpFor(username: string, secretBase32: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function totpEnrolment(username: string, secretBase32: string) {
  const otpauthUrl = totpFor(username, secretBase32).toString();
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 });
  return { secret: secretBase32, otpauthUrl, qrDataUrl };
}

/** Accepts the current code and one step either side, for phone clocks that drift. */
export function totpValid(username: string, secretBase32: string, code: string): boolean {
  return totpFor(username, secretBase32).validate({ token: code, window: 1 }) !== null;
}

export function totpNow(secretBase32: string): string {
  return totpFor('x', secretBase32).generate();
}

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const raw = crypto.randomBytes(6).toString('hex');
    return `${raw.slice(0, 6)}-${raw.slice(6)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return crypto.createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}
