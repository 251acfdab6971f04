import { maskIdNumber, maskText } from '@fengqiao/domain';

/**
 * A digit run as long as a mobile (11) or a resident ID (15 or 18, maybe ending in X), standing alone. Masked in
 * every log line (domain.md §10): IDs as on screen (`110105********002X`), others keep 3 + 4 (`138****5678`).
 */
const LONG_NUMBER = /(?<![0-9A-Za-z])\d{10,17}[\dXx](?![0-9A-Za-z])/g;

export function maskLongNumbers(text: string): string {
  return text.replace(LONG_NUMBER, (run) =>
    run.length === 15 || run.length === 18 ? (maskIdNumber(run) ?? '') : maskText(run, 3, 4),
  );
}

/**
 * Paths whose next segment is a bearer secret: a village's cadre registration code (the public API and the page its
 * QR code opens) and a party's room link. Whoever reads the log could register or enter with it.
 */
const SECRET_SEGMENT = /(\/api\/v1\/cadre-registration\/|\/register\/cadre\/|\/join\/)[^/?#]+/g;

/**
 * The URL as logged: query values are dropped (searches carry names, ID numbers and phones; no value is logged, so
 * no pattern has to recognise them), secrets in the path replaced by `*` and long numbers masked. The parameter
 * names stay.
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  const path = maskLongNumbers((at === -1 ? url : url.slice(0, at)).replace(SECRET_SEGMENT, '$1*'));
  if (at === -1) return path;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => maskLongNumbers(pair.split('=')[0] ?? ''));
  return `${path}?${names.map((name) => `${name}=*`).join('&')}`;
}

/** What the serializer reads of Fastify's request (typed by Fastify as Node's raw request). */
interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/** The request as logged: method, redacted URL, the route pattern it matched and the caller's address. */
export function serializeLoggedRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url ?? ''),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/** Properties of driver errors that name things, never the values involved (pg's `detail` quotes the row). */
const KEPT = ['code', 'statusCode', 'constraint', 'table', 'column'] as const;

/**
 * An error as logged: type, message and stack with long numbers masked, a few naming properties, its cause the
 * same way. Other properties are dropped, since drivers and validators copy request values into them.
 */
export function serializeLoggedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: maskLongNumbers(String(error)), stack: '' };
  const out: LoggedError = {
    type: error.constructor.name,
    message: maskLongNumbers(error.message),
    stack: maskLongNumbers(error.stack ?? ''),
  };
  for (const key of KEPT) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  if (error.cause !== undefined && depth < 3) out.cause = serializeLoggedError(error.cause, depth + 1);
  return out;
}
