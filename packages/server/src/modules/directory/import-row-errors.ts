import { ERRORS, type ErrorCode, type ImportRowError } from '@fengqiao/domain';
import type { z } from 'zod';
import { AppError } from '../../platform/errors';

export interface Explanation {
  en: string;
  zh: string;
}

/** A row problem named by one of the API's error codes, optionally with a more specific explanation. */
export function codeError(row: number, column: string | null, code: ErrorCode, detail?: Explanation): ImportRowError {
  const { en, zh } = ERRORS[code];
  return {
    row,
    column,
    reason: detail ? `${en}: ${detail.en}` : en,
    reasonZh: detail ? `${zh}：${detail.zh}` : zh,
  };
}

/** The problems zod found in one row's record, each placed on the column its field came from. */
export function schemaErrors(
  row: number,
  issues: readonly z.core.$ZodIssue[],
  columnOf: (field: string) => string | null,
): ImportRowError[] {
  return issues.map((issue) => ({
    row,
    column: columnOf(String(issue.path[0] ?? '')),
    reason: issue.message,
    reasonZh: issueZh(issue),
  }));
}

/** Runs a validator that refuses with an AppError and gives back its value or its error code. */
export function attempt<T>(work: () => T): { ok: true; value: T } | { ok: false; code: ErrorCode } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

function issueZh(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return `内容过长（最多 ${String(issue.maximum)}）`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : `数值过小（至少 ${String(issue.minimum)}）`;
    case 'invalid_value':
      return '取值不在允许范围内';
    case 'invalid_type':
      return '格式不正确';
    default:
      return '内容不符合要求';
  }
}
