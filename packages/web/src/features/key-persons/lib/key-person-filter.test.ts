import { describe, expect, it } from 'vitest';
import { readKeyPersonFilter, writeKeyPersonFilter } from './key-person-filter';

describe('key-person list filter in the URL', () => {
  it('reads the known values and drops the rest', () => {
    const params = new URLSearchParams('group=police&category=drugs&level=high&overdue=true&status=nope&x=1');
    expect(readKeyPersonFilter(params)).toEqual({
      group: 'police',
      category: 'drugs',
      level: 'high',
      villageId: undefined,
      status: undefined,
      overdue: 'true',
      mine: undefined,
    });
  });

  it('writes back what it reads', () => {
    const filter = readKeyPersonFilter(new URLSearchParams('category=at_risk_youth&mine=true'));
    expect(writeKeyPersonFilter(filter).toString()).toBe('category=at_risk_youth&mine=true');
  });
});
