import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-backoff';

describe('reconnect backoff', () => {
  it('doubles from one second and stays at ten seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map((n) => reconnectDelay(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000,
    ]);
  });

  it('spreads attempts by at most a fifth of the wait', () => {
    expect(reconnectDelay(0, 0.999)).toBeLessThanOrEqual(1_200);
    expect(reconnectDelay(0, 0.5)).toBe(1_100);
  });
});
