import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { shanghaiNow, toShanghaiIso } from './format-time';

describe('toShanghaiIso', () => {
  it('reads the picked wall-clock time as Beijing time with a +08:00 offset', () => {
    expect(toShanghaiIso(dayjs('2025-03-01T00:00:00'))).toBe('2025-03-01T00:00:00+08:00');
    expect(toShanghaiIso(dayjs('2025-03-01T23:59:59'))).toBe('2025-03-01T23:59:59+08:00');
  });
});

describe('shanghaiNow', () => {
  it('round-trips to the same instant through toShanghaiIso, whatever the browser zone', () => {
    const now = new Date('2026-11-29T20:39:00Z');
    expect(toShanghaiIso(shanghaiNow(now))).toBe('2026-11-30T04:39:00+08:00');
  });
});
