import { describe, expect, it } from 'vitest';
import { ERRORS } from './errors';

describe('error messages', () => {
  it('say it in Chinese without English words (a file type in parentheses is fine)', () => {
    for (const [code, error] of Object.entries(ERRORS)) {
      expect(error.zh.replace(/（[a-z、]+）/g, ''), code).not.toMatch(/[A-Za-z]/);
    }
  });
});
