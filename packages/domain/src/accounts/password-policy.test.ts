import { describe, expect, it } from 'vitest';
import { characterClasses, passwordExpired, passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a password of 8 characters from 3 classes', () => {
    expect(passwordProblems('Abcdefg1')).toEqual([]);
    expect(passwordProblems('abcdef1!')).toEqual([]);
    expect(passwordProblems('ABCDEF1!')).toEqual([]);
    expect(passwordProblems('Abcdefg!')).toEqual([]);
  });

  it('flags a password shorter than 8 characters', () => {
    expect(passwordProblems('Abcde1!')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('')).toEqual(['TOO_SHORT', 'TOO_FEW_CLASSES']);
  });

  it('flags a password longer than 128 characters', () => {
    const base = 'Aa1!'.repeat(32);
    expect(passwordProblems(base)).toEqual([]);
    expect(passwordProblems(`${base}x`)).toEqual(['TOO_LONG']);
  });

  it('flags a password with fewer than 3 classes', () => {
    expect(passwordProblems('abcdefgh')).toEqual(['TOO_FEW_CLASSES']);
    expect(passwordProblems('abcdefg1')).toEqual(['TOO_FEW_CLASSES']);
    expect(passwordProblems('12345678')).toEqual(['TOO_FEW_CLASSES']);
    expect(passwordProblems('ABCDefgh')).toEqual(['TOO_FEW_CLASSES']);
  });

  it('counts spaces and non-ASCII characters as symbols, and characters not UTF-16 units', () => {
    expect(passwordProblems('abcd 123')).toEqual([]);
    expect(passwordProblems('枫桥abc12')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('枫桥枫桥abc12')).toEqual([]);
    expect(passwordProblems('𠀀𠀀𠀀a1')).toEqual(['TOO_SHORT']);
  });

  it('honours minLength and minClasses', () => {
    expect(passwordProblems('Abcdefg1', { minLength: 12 })).toEqual(['TOO_SHORT']);
    expect(passwordProblems('Abc1', { minLength: 4 })).toEqual([]);
    expect(passwordProblems('Abcdefg1', { minClasses: 4 })).toEqual(['TOO_FEW_CLASSES']);
    expect(passwordProblems('abcdefgh', { minClasses: 1 })).toEqual([]);
  });

  it('flags a password containing the username, ignoring case', () => {
    expect(passwordProblems('Zhangsan#2024', { username: 'zhangsan' })).toEqual(['CONTAINS_USERNAME']);
    expect(passwordProblems('x!ZHANGSAN1', { username: ' ZhangSan ' })).toEqual(['CONTAINS_USERNAME']);
    expect(passwordProblems('Lisi#2024ab', { username: 'zhangsan' })).toEqual([]);
  });

  it('ignores usernames shorter than 3 characters', () => {
    expect(passwordProblems('Abcdefg1', { username: 'ab' })).toEqual([]);
    expect(passwordProblems('Abcdefg1', { username: '' })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(passwordProblems('admin', { username: 'admin' })).toEqual([
      'TOO_SHORT',
      'TOO_FEW_CLASSES',
      'CONTAINS_USERNAME',
    ]);
  });
});

describe('characterClasses', () => {
  it('counts upper case, lower case, digits and symbols', () => {
    expect(characterClasses('')).toBe(0);
    expect(characterClasses('a')).toBe(1);
    expect(characterClasses('aA')).toBe(2);
    expect(characterClasses('aA1')).toBe(3);
    expect(characterClasses('aA1_')).toBe(4);
  });
});

describe('passwordExpired', () => {
  const changedAt = new Date('2025-01-01T00:00:00Z');
  const days = (n: number) => new Date(changedAt.getTime() + n * 24 * 60 * 60 * 1000);

  it('is false before the maximum age', () => {
    expect(passwordExpired(changedAt, days(0), 90)).toBe(false);
    expect(passwordExpired(changedAt, days(89.99), 90)).toBe(false);
  });

  it('is true from the maximum age on', () => {
    expect(passwordExpired(changedAt, days(90), 90)).toBe(true);
    expect(passwordExpired(changedAt, days(400), 90)).toBe(true);
  });

  it('is false for a change in the future (clock skew)', () => {
    expect(passwordExpired(changedAt, days(-5), 90)).toBe(false);
  });

  it('never expires when the maximum age is switched off', () => {
    expect(passwordExpired(changedAt, days(10_000), 0)).toBe(false);
    expect(passwordExpired(changedAt, days(10_000), -1)).toBe(false);
    expect(passwordExpired(changedAt, days(10_000), Number.POSITIVE_INFINITY)).toBe(false);
  });
});
