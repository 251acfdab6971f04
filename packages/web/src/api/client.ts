import { emitAuthProblem, isAuthProblem } from './auth-events';
import { getCsrfToken } from './csrf';
import { newIdempotencyKey } from './idempotency-key';
import { parseErrorBody } from './parse-error';
import { type QueryParams, toQueryString } from './query-string';

export { ApiError, isApiError } from './api-error';
export { setCsrfToken } from './csrf';

export const API_BASE = '/api/v1';

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GetOptions {
  /** Defaults to `/api/v1`; `/api` reaches the unversioned health check. */
  base?: string;
  signal?: AbortSignal;
}

export interface SendOptions {
  /** Sends an Idempotency-Key so a retried create returns the first result instead of a duplicate. */
  idempotent?: boolean;
}

// Phones on village networks drop requests; a create is retried with the same key so it cannot be doubled.
const NETWORK_RETRY_DELAYS_MS = [800, 2500];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fetchWithRetry(url: string, init: RequestInit, retryOnNetworkError: boolean): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(url, init);
      // The first copy of this request is still running on the server: wait for its answer rather than fail.
      const delay = NETWORK_RETRY_DELAYS_MS[attempt];
      if (!retryOnNetworkError || delay === undefined || !(await stillInProgress(response))) return response;
      await sleep(delay);
    } catch (error) {
      const delay = NETWORK_RETRY_DELAYS_MS[attempt];
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      if (!retryOnNetworkError || aborted || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

async function stillInProgress(response: Response): Promise<boolean> {
  if (response.status !== 409) return false;
  return parseErrorBody(409, await readBody(response.clone())).code === 'IDEMPOTENCY_IN_PROGRESS';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function handle<T>(response: Response): Promise<T> {
  const body = await readBody(response);
  if (response.ok) return body as T;
  const error = parseErrorBody(response.status, body);
  if ((response.status === 401 || response.status === 403) && isAuthProblem(error.code)) {
    emitAuthProblem(error.code);
  }
  throw error;
}

function writeHeaders(extra: Record<string, string>): Headers {
  const headers = new Headers({ Accept: 'application/json', ...extra });
  const token = getCsrfToken();
  if (token) headers.set('X-CSRF-Token', token);
  return headers;
}

export async function apiGet<T>(path: string, query?: QueryParams, options: GetOptions = {}): Promise<T> {
  const url = `${options.base ?? API_BASE}${path}${toQueryString(query)}`;
  const response = await fetch(url, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal: options.signal ?? null,
  });
  return handle<T>(response);
}

export async function apiSend<T>(
  method: SendMethod,
  path: string,
  body?: unknown,
  options: SendOptions = {},
): Promise<T> {
  const extra: Record<string, string> = {};
  if (body !== undefined) extra['Content-Type'] = 'application/json';
  if (options.idempotent) extra['Idempotency-Key'] = newIdempotencyKey();
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: writeHeaders(extra),
    body: body === undefined ? null : JSON.stringify(body),
  };
  const response = await fetchWithRetry(`${API_BASE}${path}`, init, options.idempotent === true);
  return handle<T>(response);
}

/** Uploads one file as multipart field `file`; the browser sets the multipart boundary itself. */
export async function apiUpload<T>(path: string, file: Blob, fileName?: string): Promise<T> {
  const form = new FormData();
  if (fileName === undefined) form.append('file', file);
  else form.append('file', file, fileName);
  const response = await fetch(`${API_BASE}${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: writeHeaders({}),
    body: form,
  });
  return handle<T>(response);
}
