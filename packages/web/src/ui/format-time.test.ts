import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatTime, toShanghaiIso } from './format-time';

describe('formatTime', () => {
  it('shows Beijing time whatever zone the instant was written in', () => {
    expect(formatTime('2025-01-31T16:30:05Z')).toBe('2025-02-01 00:30:05');
    expect(formatTime('2025-06-01T08:00:00+08:00')).toBe('2025-06-01 08:00:00');
  });

  it('is empty for missing or unreadable values', () => {
    expect(formatTime(null)).toBe('');
    expect(formatTime('not a date')).toBe('');
  });
});

describe('toShanghaiIso', () => {
  it('reads the picked wall-clock time as Beijing time with a +08:00 offset', () => {
    expect(toShanghaiIso(dayjs('2025-03-01T00:00:00'))).toBe('2025-03-01T00:00:00+08:00');
    expect(toShanghaiIso(dayjs('2025-03-01T23:59:59'))).toBe('2025-03-01T23:59:59+08:00');
  });
});
