import { type ImportRowError, importRowErrorSchema } from '@fengqiao/domain';
import { z } from 'zod';
import { ApiError } from './api-error';

const importDetailsSchema = z.object({ rows: z.array(importRowErrorSchema) });

/** Every bad row of a rejected import; an empty list if the server sent none in the expected shape. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_ROWS_INVALID') return null;
  const parsed = importDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.rows : [];
}

export interface ValidationIssue {
  path: string;
  message: string;
}

const pathSchema = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]);
const validationDetailsSchema = z.object({ issues: z.array(z.object({ path: pathSchema, message: z.string() })) });

export function validationIssues(error: unknown): ValidationIssue[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return null;
  const parsed = validationDetailsSchema.safeParse(error.details);
  if (!parsed.success) return [];
  return parsed.data.issues.map((issue) => ({
    path: Array.isArray(issue.path) ? issue.path.join('.') : issue.path,
    message: issue.message,
  }));
}
