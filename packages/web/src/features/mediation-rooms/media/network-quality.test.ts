import { describe, expect, it } from 'vitest';
import { lossBetween, networkQuality, worseQuality } from './network-quality';

describe('network quality', () => {
  it('is good on a short round trip with little loss', () => {
    expect(networkQuality({ rttMs: 40, packets: { received: 1000, lost: 5 } })).toBe('good');
  });

  it('is fair past 150 ms or 2 % loss, poor past 400 ms or 8 %', () => {
    expect(networkQuality({ rttMs: 200, packets: null })).toBe('fair');
    expect(networkQuality({ rttMs: 20, packets: { received: 95, lost: 5 } })).toBe('fair');
    expect(networkQuality({ rttMs: 500, packets: { received: 100, lost: 0 } })).toBe('poor');
    expect(networkQuality({ rttMs: 20, packets: { received: 90, lost: 10 } })).toBe('poor');
  });

  it('is unknown before anything is measured', () => {
    expect(networkQuality({ rttMs: null, packets: null })).toBe('unknown');
    expect(networkQuality({ rttMs: null, packets: { received: 0, lost: 0 } })).toBe('unknown');
  });

  it('counts the loss between two readings, never negative after a counter reset', () => {
    expect(lossBetween({ received: 100, lost: 2 }, { received: 300, lost: 12 })).toEqual({ received: 200, lost: 10 });
    expect(lossBetween({ received: 300, lost: 12 }, { received: 10, lost: 0 })).toEqual({ received: 0, lost: 0 });
  });

  it('shows the worse of the two connections', () => {
    expect(worseQuality('good', 'poor')).toBe('poor');
    expect(worseQuality('fair', 'unknown')).toBe('fair');
    expect(worseQuality('unknown', 'unknown')).toBe('unknown');
  });
});
