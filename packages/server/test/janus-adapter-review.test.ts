import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createJanusMediaServer, type JanusMediaServer } from '../src/platform/media/janus-media-server';
import { MediaUnavailableError } from '../src/platform/media/media-server';

/** These Janus stand-ins make no rooms: nothing is written there. */
const UNUSED_RECORDINGS = '/nonexistent/fengqiao-recordings';

/**
 * A WebSocket endpoint that speaks to janode the way a broken Janus would: it refuses every request (a wrong API
 * secret) or never answers. It counts the connections the adapter opened and those still open.
 */
async function brokenJanus(behaviour: 'unauthorized' | 'silent') {
  const app: FastifyInstance = Fastify();
  await app.register(websocket);
  const counts = { opened: 0, open: 0 };
  app.get('/', { websocket: true }, (socket) => {
    counts.opened += 1;
    counts.open += 1;
    socket.on('close', () => {
      counts.open -= 1;
    });
    socket.on('message', (raw: Buffer) => {
      if (behaviour === 'silent') return;
      const request = JSON.parse(raw.toString()) as { transaction?: string };
      socket.send(
        JSON.stringify({
          janus: 'error',
          transaction: request.transaction,
          error: { code: 403, reason: 'Unauthorized request (wrong or missing secret/token)' },
        }),
      );
    });
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address.replace('http', 'ws'), counts, close: () => app.close() };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Janus adapter against a Janus that misbehaves', () => {
  let media: JanusMediaServer | undefined;
  let janus: Awaited<ReturnType<typeof brokenJanus>> | undefined;
  afterEach(async () => {
    await media?.close();
    await janus?.close();
  });

  it('keeps one connection at most while Janus refuses it (wrong API secret), retrying', async () => {
    janus = await brokenJanus('unauthorized');
    media = createJanusMediaServer(
      { janusUrl: janus.url, apiSecret: 'wrong', iceServers: [], launch: 'off', recordingsDir: UNUSED_RECORDINGS },
      { requestTimeoutMs: 300 },
    );
    await wait(4_000);
    expect(media.status().state).toBe('unreachable');
    expect(janus.counts.opened).toBeGreaterThan(2);
    expect(janus.counts.open).toBeLessThanOrEqual(1);
  });

  it('does not hang on a Janus that never answers: it retries, and callers are refused in bounded time', async () => {
    janus = await brokenJanus('silent');
    media = createJanusMediaServer(
      { janusUrl: janus.url, apiSecret: undefined, iceServers: [], launch: 'off', recordingsDir: UNUSED_RECORDINGS },
      { requestTimeoutMs: 300 },
    );
    const started = Date.now();
    await expect(media.whenReady(1_000)).rejects.toBeInstanceOf(MediaUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_000);
    await wait(3_000);
    expect(janus.counts.opened).toBeGreaterThan(1);
    expect(janus.counts.open).toBeLessThanOrEqual(1);
  });
});
