import { describe, expect, it } from 'vitest';
import {
  baseProblem,
  caseAmountsProblem,
  coverageChange,
  coverageFigure,
  daysSinceLastCase,
  fenToYuan,
  installsProblem,
  standingOn,
  yuanToFen,
} from './antifraud-rules';

describe('daysSinceLastCase (Shanghai days)', () => {
  it('is 0 for a case today, 1 for yesterday, null when there was none', () => {
    expect(daysSinceLastCase('2026-11-30', '2026-11-30')).toBe(0);
    expect(daysSinceLastCase('2026-11-29', '2026-11-30')).toBe(1);
    expect(daysSinceLastCase(null, '2026-11-30')).toBeNull();
  });
  it('counts across months and years', () => {
    expect(daysSinceLastCase('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysSinceLastCase('2026-02-28', '2026-03-01')).toBe(1);
  });
});

describe('coverage', () => {
  it('is installs ÷ base to one decimal, null without a base', () => {
    expect(coverageFigure(98, 100).percent).toBe(98);
    expect(coverageFigure(2, 3).percent).toBe(66.7);
    expect(coverageFigure(0, 0).percent).toBeNull();
  });
  it('changes in 百分点 through the shared rate helper', () => {
    expect(coverageChange(coverageFigure(98, 100), coverageFigure(955, 1000))).toMatchObject({
      kind: 'up',
      points: 2.5,
      textZh: '提高2.5个百分点',
    });
    expect(coverageChange(coverageFigure(1, 2), coverageFigure(0, 0))).toBeNull();
  });
  it('takes the base and count standing on a day: the latest on or before it', () => {
    const history = [
      { day: '2026-01-01', count: 100 },
      { day: '2026-06-01', count: 120 },
    ];
    expect(standingOn(history, '2025-12-31')).toBeNull();
    expect(standingOn(history, '2026-05-31')?.count).toBe(100);
    expect(standingOn(history, '2026-06-01')?.count).toBe(120);
  });
});

describe('validation', () => {
  it('refuses installs above the base, or without one', () => {
    expect(installsProblem(101, 100)).toBe('ANTIFRAUD_INSTALLS_ABOVE_BASE');
    expect(installsProblem(100, 100)).toBeNull();
    expect(installsProblem(1, null)).toBe('ANTIFRAUD_BASE_MISSING');
  });
  it('refuses a base below the installs it would stand against', () => {
    expect(baseProblem(90, 95)).toBe('ANTIFRAUD_BASE_BELOW_INSTALLS');
    expect(baseProblem(95, 95)).toBeNull();
    expect(baseProblem(10, null)).toBeNull();
  });
  it('refuses more recovered than lost', () => {
    expect(caseAmountsProblem(100, 101)).toBe('FRAUD_RECOVERED_ABOVE_LOST');
    expect(caseAmountsProblem(100, 100)).toBeNull();
  });
});

describe('money in fen', () => {
  it('reads yuan with up to two decimals without floating point', () => {
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-1')).toBeNull();
    expect(yuanToFen('99999999')).toBeNull();
  });
  it('writes fen as yuan with two decimals', () => {
    expect(fenToYuan(123456)).toBe('1234.56');
    expect(fenToYuan(5)).toBe('0.05');
  });
});
