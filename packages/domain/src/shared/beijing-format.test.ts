import { describe, expect, it } from 'vitest';
import {
  beijingDateStamp,
  formatBeijingDate,
  formatBeijingDateTime,
  formatBeijingDateTimeOrBlank,
  formatBeijingMonthDay,
} from './beijing-format';

describe('dates and times as a person in China reads them', () => {
  it('shows an instant on its Beijing day, which differs from the UTC day after 16:00 UTC', () => {
    expect(formatBeijingDate('2025-07-07T16:00:00.000Z')).toBe('2025年7月8日');
    expect(formatBeijingDate('2025-07-07T15:59:59.999Z')).toBe('2025年7月7日');
    expect(formatBeijingDateTime('2025-07-07T16:00:00.000Z')).toBe('2025年7月8日 00:00');
    expect(formatBeijingDateTime('2026-12-31T17:30:00Z')).toBe('2027年1月1日 01:30');
  });

  it('keeps a calendar day as it is', () => {
    expect(formatBeijingDate('2026-02-28')).toBe('2026年2月28日');
    expect(formatBeijingMonthDay('2026-12-07')).toBe('12月7日');
  });

  it('writes English as ISO-like days, still in Beijing time', () => {
    expect(formatBeijingDate('2025-07-07T16:00:00.000Z', 'en')).toBe('2025-07-08');
    expect(formatBeijingDateTime('2025-07-07T16:00:00.000Z', 'en')).toBe('2025-07-08 00:00');
    expect(formatBeijingMonthDay('2026-12-07', 'en')).toBe('12-07');
  });

  it('never lets a T…Z instant through', () => {
    for (const instant of ['2026-01-01T00:00:00Z', '2026-06-30T23:59:59.999Z', new Date(0)]) {
      expect(formatBeijingDateTime(instant)).not.toMatch(/T\d{2}:|Z$/);
    }
  });

  it('leaves a missing value blank and stamps file names with the Beijing day', () => {
    expect(formatBeijingDateTimeOrBlank(null)).toBe('');
    expect(beijingDateStamp('2026-11-28T16:30:00Z')).toBe('20261129');
  });
});
