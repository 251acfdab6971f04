import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { describeError, isNotFound, lockedUntil } from './errors';

const locked = new ApiError({
  status: 423,
  code: 'ACCOUNT_LOCKED',
  message: 'Too many failed attempts',
  messageZh: '登录失败次数过多',
  details: { lockedUntil: '2025-03-01T08:15:00.000Z' },
});

describe('describeError', () => {
  it('shows the Chinese server message in Chinese mode and the English one in English mode', () => {
    expect(describeError(locked, 'zh')).toBe('登录失败次数过多');
    expect(describeError(locked, 'en')).toBe('Too many failed attempts');
  });

  it('falls back to the English message when the Chinese one is empty', () => {
    const error = new ApiError({ status: 500, code: 'INTERNAL', message: 'Boom', messageZh: '' });
    expect(describeError(error, 'zh')).toBe('Boom');
  });

  it('explains a dropped network connection instead of showing "Failed to fetch"', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'zh')).toContain('网络');
    expect(describeError(new TypeError('Failed to fetch'), 'en')).toContain('network');
  });

  it('has a generic sentence for anything else', () => {
    expect(describeError('weird', 'zh')).toBe('出现未知错误，请稍后重试');
    expect(describeError(new Error('x'), 'en')).toBe('Something went wrong, please try again');
  });
});

describe('lockedUntil', () => {
  it('reads the lock expiry from ACCOUNT_LOCKED only', () => {
    expect(lockedUntil(locked)).toBe('2025-03-01T08:15:00.000Z');
    expect(lockedUntil(new ApiError({ status: 423, code: 'ACCOUNT_LOCKED', message: '', messageZh: '' }))).toBeNull();
    expect(
      lockedUntil(
        new ApiError({
          status: 401,
          code: 'INVALID_CREDENTIALS',
          message: '',
          messageZh: '',
          details: { lockedUntil: 'x' },
        }),
      ),
    ).toBeNull();
  });
});

describe('isNotFound', () => {
  it('is true for any 404, which the server also uses for records outside the user scope', () => {
    expect(isNotFound(new ApiError({ status: 404, code: 'NOT_FOUND', message: '', messageZh: '' }))).toBe(true);
    expect(isNotFound(new ApiError({ status: 403, code: 'FORBIDDEN', message: '', messageZh: '' }))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});
