import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toShanghaiIso } from './format-time';

describe('toShanghaiIso', () => {
  it('reads the picked wall-clock time as Beijing time with a +08:00 offset', () => {
    expect(toShanghaiIso(dayjs('2025-03-01T00:00:00'))).toBe('2025-03-01T00:00:00+08:00');
    expect(toShanghaiIso(dayjs('2025-03-01T23:59:59'))).toBe('2025-03-01T23:59:59+08:00');
  });
});
