import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { findIdempotencyRow, insertIdempotencyRow } from './idempotency.repository';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

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
    const stored = await findIdempotencyRow(db, actor.userId, key);
    if (stored) {
      if (stored.request_hash !== hash) throw new AppError('IDEMPOTENCY_CONFLICT');
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
    const body = typeof payload === 'string' ? payload : payload === undefined || payload === null ? '' : null;
    if (!pending || !actor || reply.statusCode >= 500 || body === null) return payload;
    await insertIdempotencyRow(db, {
      user_id: actor.userId,
      key: pending.key,
      request_hash: pending.hash,
      status_code: reply.statusCode,
      response_body: body,
      created_at: nowIso(),
    });
    return payload;
  });
}
