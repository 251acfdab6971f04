import { describe, expect, it } from 'vitest';
import { patchPatrolLogFilter, readPatrolLogFilter, shiftQueryOf, writePatrolLogFilter } from './patrol-filter';

describe('the patrol log filter in the URL', () => {
  it('reads what the server accepts and drops the rest', () => {
    const params = new URLSearchParams('teamId=t1&from=2026-11-01&to=2026-13-01&finding=hazard&x=1');
    expect(readPatrolLogFilter(params)).toEqual({ teamId: 't1', from: '2026-11-01', finding: 'hazard' });
    expect(readPatrolLogFilter(new URLSearchParams('finding=fire&teamId=%20'))).toEqual({});
  });

  it('writes back the same filter', () => {
    const filter = { teamId: 't1', from: '2026-11-01', to: '2026-11-30', finding: 'suspect' as const };
    expect(readPatrolLogFilter(writePatrolLogFilter(filter))).toEqual(filter);
  });

  it('drops a cleared field and keeps the finding out of the rota query', () => {
    expect(patchPatrolLogFilter({ teamId: 't1', finding: 'hazard' }, { teamId: undefined })).toEqual({
      finding: 'hazard',
    });
    expect(shiftQueryOf({ teamId: 't1', finding: 'hazard' })).toEqual({ teamId: 't1' });
  });
});
