import { describe, expect, it } from 'vitest';
import { openCasesOnly, redFirst } from './risk-order';

describe('redFirst', () => {
  it('puts red before other grades and overdue before on-time within a grade, keeping the rest in order', () => {
    const items = [
      { id: 'g', riskGrade: 'green', overdue: false },
      { id: 'y', riskGrade: 'yellow', overdue: true },
      { id: 'r1', riskGrade: 'red', overdue: false },
      { id: 'r2', riskGrade: 'red', overdue: true },
      { id: 'r3', riskGrade: 'red', overdue: false },
    ] as const;
    expect(redFirst(items).map((item) => item.id)).toEqual(['r2', 'r1', 'r3', 'y', 'g']);
  });
});

describe('openCasesOnly', () => {
  it('drops closed, diverted and county cases', () => {
    const items = [
      { id: 'a', state: 'VILLAGE_HANDLING' },
      { id: 'b', state: 'CLOSED' },
      { id: 'c', state: 'DIVERTED' },
      { id: 'd', state: 'FOLLOW_UP' },
    ] as const;
    expect(openCasesOnly(items).map((item) => item.id)).toEqual(['a', 'd']);
  });
});
