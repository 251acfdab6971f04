import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { importRowErrors, validationIssues } from './error-details';

describe('importRowErrors', () => {
  it('returns every bad row of IMPORT_ROWS_INVALID', () => {
    const rows = [
      { row: 3, column: '身份证号', reason: 'bad id', reasonZh: '身份证号码不正确' },
      { row: 7, column: null, reason: 'empty row', reasonZh: '空行' },
    ];
    const error = new ApiError({
      status: 422,
      code: 'IMPORT_ROWS_INVALID',
      message: '',
      messageZh: '',
      details: { rows },
    });
    expect(importRowErrors(error)).toEqual(rows);
  });

  it('is an empty list when the details are malformed, and null for other errors', () => {
    const malformed = new ApiError({
      status: 422,
      code: 'IMPORT_ROWS_INVALID',
      message: '',
      messageZh: '',
      details: { rows: [{}] },
    });
    expect(importRowErrors(malformed)).toEqual([]);
    expect(
      importRowErrors(new ApiError({ status: 400, code: 'IMPORT_FILE_INVALID', message: '', messageZh: '' })),
    ).toBeNull();
  });
});

describe('validationIssues', () => {
  it('reads string paths and joins array paths', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: '',
      messageZh: '',
      details: {
        issues: [
          { path: 'name', message: 'Too long' },
          { path: ['roles', 0, 'role'], message: 'Invalid' },
        ],
      },
    });
    expect(validationIssues(error)).toEqual([
      { path: 'name', message: 'Too long' },
      { path: 'roles.0.role', message: 'Invalid' },
    ]);
  });

  it('is null for other codes', () => {
    expect(
      validationIssues(new ApiError({ status: 409, code: 'USERNAME_TAKEN', message: '', messageZh: '' })),
    ).toBeNull();
  });
});
