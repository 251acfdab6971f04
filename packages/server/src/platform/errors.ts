import { ERRORS, type ErrorBody, type ErrorCode } from '@fengqiao/domain';
import { isUniqueViolation } from '../db/dialect';

/** A refusal the caller can act on. The code decides the HTTP status (one table: ERRORS). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(ERRORS[code].en);
    this.name = 'AppError';
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

export function errorBody(code: ErrorCode, details?: unknown): ErrorBody {
  const { en, zh } = ERRORS[code];
  return { error: { code, message: en, messageZh: zh, ...(details === undefined ? {} : { details }) } };
}

/** Missing and forbidden records answer alike, so ids outside one's scope reveal nothing. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}

/**
 * Runs a write and turns a unique violation into the given refusal. Services check for duplicates
 * first; this catches the race between the check and the insert so it still answers with a stable code.
 */
export async function refuseDuplicate<T>(write: Promise<T>, code: ErrorCode): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(code);
    throw error;
  }
}
