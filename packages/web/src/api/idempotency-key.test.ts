import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('builds a v4 UUID from random bytes where randomUUID is missing (plain-HTTP intranet pages)', () => {
    const insecure: Pick<Crypto, 'getRandomValues'> = { getRandomValues: (array) => crypto.getRandomValues(array) };
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey(insecure)));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('uses randomUUID when the page is a secure context', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });
});
