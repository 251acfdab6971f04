import { describe, expect, it } from 'vitest';
import { MAX_ROTA_NIGHTS, rotaDays } from './rota-days';

describe('rotaDays', () => {
  it('lists every night of the range, across a month end', () => {
    expect(rotaDays('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(rotaDays('2026-12-01', '2026-12-01')).toEqual(['2026-12-01']);
  });

  it('gives nothing for a reversed or broken range and refuses more than the server takes', () => {
    expect(rotaDays('2026-12-02', '2026-12-01')).toEqual([]);
    expect(rotaDays('2026-02-30', '2026-03-01')).toEqual([]);
    expect(rotaDays('2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(rotaDays('2028-01-01', '2028-12-31')).toHaveLength(MAX_ROTA_NIGHTS);
    expect(rotaDays('2026-01-01', '2027-01-01')).toHaveLength(366);
    expect(rotaDays('2026-01-01', '2027-01-02')).toBeNull();
  });
});
