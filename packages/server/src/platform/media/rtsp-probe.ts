import net from 'node:net';

const PROBE_TIMEOUT_MS = 2_000;
const RTSP_PORT = 554;

/**
 * Whether an RTSP camera answers at all: a TCP connection to its host and port within 2 s. Cheap enough for the
 * periodic probe of a thousand cameras, and it never sends the credentials the address may hold.
 */
export async function probeRtspSource(url: string): Promise<'online' | 'offline' | 'unknown'> {
  let host: string;
  let port: number;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^\[|\]$/g, '');
    port = parsed.port === '' ? RTSP_PORT : Number(parsed.port);
  } catch {
    return 'unknown';
  }
  if (host === '') return 'unknown';
  return tcpAnswers(host, port, PROBE_TIMEOUT_MS).then((ok) => (ok ? 'online' : 'offline'));
}

export function tcpAnswers(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
