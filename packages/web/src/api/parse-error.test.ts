import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './parse-error';

describe('parseErrorBody', () => {
  it('keeps the code, both messages, details and status of a well-formed error body', () => {
    const error = parseErrorBody(409, {
      error: { code: 'USERNAME_TAKEN', message: 'taken', messageZh: '用户名已存在', details: { field: 'username' } },
    });
    expect(error).toMatchObject({ status: 409, code: 'USERNAME_TAKEN', message: 'taken', messageZh: '用户名已存在' });
    expect(error.details).toEqual({ field: 'username' });
  });

  it('gives a sensible message when a proxy answers with HTML or nothing', () => {
    expect(parseErrorBody(502, '<html>Bad Gateway</html>')).toMatchObject({
      code: 'INTERNAL',
      messageZh: '服务器内部错误',
    });
    expect(parseErrorBody(413, undefined)).toMatchObject({ code: 'FILE_TOO_LARGE', messageZh: '文件过大' });
    expect(parseErrorBody(401, null)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(parseErrorBody(429, {})).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('uses the English message when the Chinese one is missing', () => {
    expect(parseErrorBody(400, { error: { code: 'X', message: 'only english' } }).messageZh).toBe('only english');
  });
});
