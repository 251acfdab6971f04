import type { LightMyRequestResponse } from 'fastify';

/** The file name a browser saves a download under: the RFC 5987 `filename*` value of Content-Disposition, decoded. */
export function downloadName(res: LightMyRequestResponse): string {
  const disposition = String(res.headers['content-disposition'] ?? '');
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');
}
