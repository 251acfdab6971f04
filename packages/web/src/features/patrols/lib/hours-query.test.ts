import { patrolHoursQuerySchema } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { readHoursQuery, writeHoursQuery } from './hours-query';

describe('the hours query in the URL', () => {
  it('defaults to the Shanghai month, which begins eight hours before the UTC one', () => {
    expect(readHoursQuery(new URLSearchParams(), new Date('2026-11-30T16:30:00Z'))).toEqual({ month: '2026-12' });
    expect(readHoursQuery(new URLSearchParams('month=2026-13'), new Date('2026-11-30T15:59:00Z'))).toEqual({
      month: '2026-11',
    });
  });

  it('takes a year instead of a month, with a team, and always names exactly one period', () => {
    const query = readHoursQuery(new URLSearchParams('year=2026&month=2026-11&teamId=t1'));
    expect(query).toEqual({ year: '2026', teamId: 't1' });
    expect(patrolHoursQuerySchema.safeParse(query).success).toBe(true);
    expect(writeHoursQuery(query).toString()).toBe('year=2026&teamId=t1');
    expect(patrolHoursQuerySchema.safeParse(readHoursQuery(new URLSearchParams('month=2026-02'))).success).toBe(true);
  });
});
