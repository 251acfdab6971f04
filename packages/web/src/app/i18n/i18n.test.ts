import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './translate';
import { zh } from './zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('have no English words in Chinese text, but file types in parentheses and the 1+1+N district model', () => {
    const allowed = (text: string) =>
      text
        .replace(/\{\w+\}/g, '')
        .replace(/（[a-z、]+）/g, '')
        .replace(/1\+1\+N/g, '');
    for (const [key, text] of Object.entries(zh)) expect(allowed(text), key).not.toMatch(/[A-Za-z]/);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
});

describe('translate', () => {
  it('fills placeholders, including repeated and numeric ones', () => {
    expect(translate(zh, 'jurisdiction.summaryLine', { v: 39, c: 2, d: 12 })).toBe('共 39 个村、2 个社区、12 个片区');
    expect(translate({ k: '{a}+{a}' }, 'k', { a: 1 })).toBe('1+1');
  });

  it('leaves an unknown placeholder visible and falls back to the key for unknown keys', () => {
    expect(translate({ k: 'hello {name}' }, 'k', {})).toBe('hello {name}');
    expect(translate({}, 'missing.key')).toBe('missing.key');
  });
});
