import { describe, expect, it } from 'vitest';
import {
  nightsQueryOf,
  patchPatrolLogFilter,
  readPatrolLogFilter,
  shiftQueryOf,
  writePatrolLogFilter,
} from './patrol-filter';

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

describe('the nights the log lists', () => {
  // 2026-11-30 01:30 in Shanghai: tonight's shift began on the 29th, and today is the 30th.
  const now = new Date('2026-11-29T17:30:00Z');

  it('ends at today’s Shanghai day unless told otherwise, so the rota weeks ahead stay on the team page', () => {
    expect(nightsQueryOf({ teamId: 't1', finding: 'hazard' }, now)).toEqual({ teamId: 't1', to: '2026-11-30' });
    expect(nightsQueryOf({ from: '2026-11-01' }, now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('keeps an end day or a start day ahead that the reader chose', () => {
    expect(nightsQueryOf({ to: '2026-12-20' }, now)).toEqual({ to: '2026-12-20' });
    expect(nightsQueryOf({ from: '2026-12-05' }, now)).toEqual({ from: '2026-12-05' });
  });
});
