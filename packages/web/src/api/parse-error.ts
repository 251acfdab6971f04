import { ERRORS, type ErrorCode } from '@fengqiao/domain';
import { ApiError } from './api-error';

interface ErrorFields {
  code: string;
  message: string;
  messageZh: string;
  details?: unknown;
}

// Checked by hand rather than with zod: this runs on the login page, which should not download zod.
function errorFields(body: unknown): ErrorFields | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, messageZh, details } = error as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  return { code, message, messageZh: typeof messageZh === 'string' ? messageZh : message, details };
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'FILE_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

/**
 * Turns a non-2xx response body into an ApiError. A proxy or gateway in front of the server may answer
 * with HTML or nothing at all; then the status alone picks a sensible message.
 */
export function parseErrorBody(status: number, body: unknown): ApiError {
  const fields = errorFields(body);
  if (fields) return new ApiError({ status, ...fields });
  const code = fallbackCode(status);
  return new ApiError({ status, code, message: ERRORS[code].en, messageZh: ERRORS[code].zh });
}
