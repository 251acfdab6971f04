import crypto from 'node:crypto';
import type { Keyring } from './keyring';

export type CryptoSuite = 'intl' | 'gm';

interface SuiteSpec {
  hash: 'sha256' | 'sm3';
  encKeyBytes: number;
}
const SUITES: Record<CryptoSuite, SuiteSpec> = {
  intl: { hash: 'sha256', encKeyBytes: 32 },
  gm: { hash: 'sm3', encKeyBytes: 16 },
};

/**
 * Field encryption for personal data (domain.md §10).
 * intl: AES-256-GCM. gm: SM4-CTR then HMAC-SM3 over key id, iv and ciphertext (encrypt-then-MAC),
 * because OpenSSL has no SM4-GCM. Stored form: `suite:keyId:iv:ciphertext:tag`, all base64.
 * The blind index is an HMAC of the normalised value under a key derived from the active key.
 */
export class PiiCipher {
  private readonly derived = new Map<string, { enc: Buffer; mac: Buffer; index: Buffer }>();

  constructor(
    private readonly keyring: Keyring,
    private readonly suite: CryptoSuite,
  ) {}

  get activeKeyId(): string {
    return this.keyring.activeId;
  }

  encrypt(plain: string): string {
    const keyId = this.keyring.activeId;
    const spec = SUITES[this.suite];
    const { enc, mac } = this.derive(keyId, this.suite);
    if (this.suite === 'intl') {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', enc, iv);
      cipher.setAAD(Buffer.from(keyId));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['intl', keyId, iv.toString('base64'), ct.toString('base64'), cipher.getAuthTag().toString('base64')].join(
        ':',
      );
    }
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-ctr', enc.subarray(0, spec.encKeyBytes), iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = crypto
      .createHmac(spec.hash, mac)
      .update(macInput(keyId, iv, ct))
      .digest();
    return ['gm', keyId, iv.toString('base64'), ct.toString('base64'), tag.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const parts = stored.split(':');
    const [suiteName, keyId, ivB64, ctB64, tagB64] = parts;
    if (parts.length !== 5 || (suiteName !== 'intl' && suiteName !== 'gm') || !keyId || !ivB64 || !ctB64 || !tagB64) {
      throw new Error('pii: malformed ciphertext');
    }
    const iv = Buffer.from(ivB64, 'base64');
    const ct = Buffer.from(ctB64, 'base64');
    const tag = Buffer.from(tagB64, 'base64');
    const { enc, mac } = this.derive(keyId, suiteName);
    if (suiteName === 'intl') {
      const decipher = crypto.createDecipheriv('aes-256-gcm', enc, iv);
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    }
    const spec = SUITES.gm;
    const expected = crypto
      .createHmac(spec.hash, mac)
      .update(macInput(keyId, iv, ct))
      .digest();
    if (expected.length !== tag.length || !crypto.timingSafeEqual(expected, tag)) throw new Error('pii: tag mismatch');
    const decipher = crypto.createDecipheriv('sm4-ctr', enc.subarray(0, spec.encKeyBytes), iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  keyIdOf(stored: string): string | undefined {
    return stored.split(':')[1];
  }

  blindIndex(normalized: string): string {
    const { index } = this.derive(this.keyring.activeId, this.suite);
    return crypto.createHmac(SUITES[this.suite].hash, index).update(normalized, 'utf8').digest('hex');
  }

  /**
   * HMAC signers (base64url) for one purpose, under keys derived from the ring: the active key's first, to sign;
   * then the older keys', so what was signed before a key rotation (a printed QR code) still verifies.
   */
  signers(purpose: string): ((message: string) => string)[] {
    const hash = SUITES[this.suite].hash;
    const ids = [
      this.keyring.activeId,
      ...Object.keys(this.keyring.data.keys).filter((id) => id !== this.keyring.activeId),
    ];
    return ids.map((id) => {
      const key = Buffer.from(
        crypto.hkdfSync(hash, this.keyring.key(id), Buffer.alloc(0), `fengqiao/sign/${purpose}`, 32),
      );
      return (message: string) => crypto.createHmac(hash, key).update(message, 'utf8').digest('base64url');
    });
  }

  private derive(keyId: string, suite: CryptoSuite): { enc: Buffer; mac: Buffer; index: Buffer } {
    const cacheKey = `${suite}:${keyId}`;
    const cached = this.derived.get(cacheKey);
    if (cached) return cached;
    const master = this.keyring.key(keyId);
    const hash = SUITES[suite].hash;
    const part = (info: string) => Buffer.from(crypto.hkdfSync(hash, master, Buffer.alloc(0), `fengqiao/${info}`, 32));
    const keys = { enc: part('enc'), mac: part('mac'), index: part('bidx') };
    this.derived.set(cacheKey, keys);
    return keys;
  }
}

function macInput(keyId: string, iv: Buffer, ct: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${keyId}:`), iv, ct]);
}
