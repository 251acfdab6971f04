import { describe, expect, it } from 'vitest';
import { readAntifraudFilter, writeAntifraudFilter } from './antifraud-filter';

describe('the anti-fraud list filter', () => {
  it('reads a drill link’s conditions and writes them back, leaving out the empty ones', () => {
    const filter = readAntifraudFilter(new URLSearchParams('from=2026-10-01&to=2026-10-31&type=lecture&x=1'));
    expect(filter).toEqual({ from: '2026-10-01', to: '2026-10-31', type: 'lecture' });
    expect(writeAntifraudFilter({ ...filter, villageId: '' }).toString()).toBe(
      'type=lecture&from=2026-10-01&to=2026-10-31',
    );
  });
});
