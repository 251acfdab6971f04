import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import {
  claimIdempotencyKey,
  completeIdempotencyRow,
  findIdempotencyRow,
  releaseAbandonedIdempotencyKey,
  releaseIdempotencyKey,
} from './idempotency.repository';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
/** The status of a claimed key whose request is still running. */
const PENDING = 0;
/** A request still running after this long is taken for dead (far beyond any request's time limit). */
const ABANDONED_AFTER_MS = 5 * 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { key: string; hash: string } | null;
  }
}

/**
 * A POST retried with the same Idempotency-Key (phones on weak networks retry) gets the first
 * answer back instead of doing the work twice. Keys are per user; reusing one for a different
 * request is refused.
 */
export function installIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    const actor = request.ctx.actor;
    if (request.method !== 'POST' || typeof key !== 'string' || !actor) return;
    // The fingerprint covers JSON bodies only; an upload's content is not hashed, so a key on one is ignored.
    if (request.isMultipart()) return;
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'Idempotency-Key', message: '8–100 of A-Z a-z 0-9 _ -' }],
      });
    }
    const hash = crypto
      .createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    // The key is claimed before the work starts, so a copy arriving while the first still runs (a phone resending
    // on a weak network) is told to wait instead of doing the work a second time.
    const claim = () =>
      claimIdempotencyKey(db, {
        user_id: actor.userId,
        key,
        request_hash: hash,
        status_code: PENDING,
        response_body: '',
        created_at: nowIso(),
      });
    let claimed = await claim();
    if (!claimed) {
      // A request that died mid-way (a restart) never answers: after a while its key is taken over.
      await releaseAbandonedIdempotencyKey(
        db,
        actor.userId,
        key,
        new Date(Date.now() - ABANDONED_AFTER_MS).toISOString(),
      );
      claimed = await claim();
    }
    if (!claimed) {
      const stored = await findIdempotencyRow(db, actor.userId, key);
      if (!stored) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
      if (stored.request_hash !== hash) throw new AppError('IDEMPOTENCY_CONFLICT');
      if (stored.status_code === PENDING) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
      reply.header('idempotent-replay', 'true');
      if (stored.response_body === '') return reply.status(stored.status_code).send();
      reply.header('content-type', 'application/json; charset=utf-8');
      return reply.status(stored.status_code).send(stored.response_body);
    }
    request.idempotency = { key, hash };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    const actor = request.ctx.actor;
    if (!pending || !actor) return payload;
    const body = typeof payload === 'string' ? payload : payload === undefined || payload === null ? '' : null;
    if (reply.statusCode >= 500 || body === null) {
      await releaseIdempotencyKey(db, actor.userId, pending.key);
      return payload;
    }
    await completeIdempotencyRow(db, actor.userId, pending.key, { status_code: reply.statusCode, response_body: body });
    return payload;
  });
}
