/** A refused or failed API call, carrying the server's stable error code and both languages' messages. */
export class ApiError extends Error {
  readonly code: string;
  readonly messageZh: string;
  readonly details: unknown;
  readonly status: number;

  constructor(init: { status: number; code: string; message: string; messageZh: string; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messageZh = init.messageZh;
    this.details = init.details;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
