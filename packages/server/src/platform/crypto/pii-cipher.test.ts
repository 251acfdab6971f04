import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Keyring } from './keyring';
import { PiiCipher } from './pii-cipher';

function keyring(): Keyring {
  return Keyring.load({
    keyFile: '/nonexistent',
    keyringJson: JSON.stringify({ active: 'k1', keys: { k1: crypto.randomBytes(32).toString('base64') } }),
  });
}

describe.each(['intl', 'gm'] as const)('PiiCipher (%s suite)', (suite) => {
  it('round-trips, never stores the clear value, and uses a fresh IV each time', () => {
    const cipher = new PiiCipher(keyring(), suite);
    const stored = cipher.encrypt('11010519491231002X');
    expect(stored.startsWith(`${suite}:k1:`)).toBe(true);
    expect(stored).not.toContain('11010519491231002X');
    expect(cipher.encrypt('11010519491231002X')).not.toBe(stored);
    expect(cipher.decrypt(stored)).toBe('11010519491231002X');
    expect(cipher.decrypt(cipher.encrypt('湖北省保康县马良镇双坪村3组'))).toBe('湖北省保康县马良镇双坪村3组');
  });

  it('detects tampering', () => {
    const cipher = new PiiCipher(keyring(), suite);
    const parts = cipher.encrypt('13800138000').split(':');
    const ct = Buffer.from(parts[3] ?? '', 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    parts[3] = ct.toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('gives a stable blind index per key that differs from the value and across keys', () => {
    const ring = keyring();
    const cipher = new PiiCipher(ring, suite);
    expect(cipher.blindIndex('13800138000')).toBe(cipher.blindIndex('13800138000'));
    expect(cipher.blindIndex('13800138000')).not.toBe(cipher.blindIndex('13800138001'));
    const rotated = new PiiCipher(ring.withNewKey(), suite);
    expect(rotated.blindIndex('13800138000')).not.toBe(cipher.blindIndex('13800138000'));
  });

  it('reads values written under an older key after rotation', () => {
    const ring = keyring();
    const old = new PiiCipher(ring, suite).encrypt('13800138000');
    const next = ring.withNewKey();
    const cipher = new PiiCipher(next, suite);
    expect(next.activeId).toBe('k2');
    expect(cipher.decrypt(old)).toBe('13800138000');
    expect(cipher.keyIdOf(cipher.encrypt('x'))).toBe('k2');
  });
});

describe('Keyring', () => {
  it('refuses a malformed keyring with a message naming where it came from', () => {
    expect(() => Keyring.load({ keyFile: '/x', keyringJson: '{"active":"k1","keys":{}}' })).toThrow(
      /FENGQIAO_KEYRING|active key/,
    );
    expect(() => Keyring.load({ keyFile: '/x', keyringJson: 'not json' })).toThrow(/not JSON/);
  });
});
