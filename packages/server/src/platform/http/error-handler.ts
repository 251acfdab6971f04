import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ERRORS, type ErrorCode } from '@fengqiao/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorBody } from '../errors';
import { MediaUnavailableError } from '../media/media-server';

/** Fastify's own 4xx errors, by code, mapped onto ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_FILES_LIMIT: 'FILE_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_MP_PREMATURE_CLOSE: 'UPLOAD_MALFORMED',
  FST_PARTS_LIMIT: 'UPLOAD_MALFORMED',
  FST_FIELDS_LIMIT: 'UPLOAD_MALFORMED',
};

/** Refusals Fastify's router makes before any hook runs, by code. */
const ROUTER_CODES: Record<string, ErrorCode> = {
  FST_ERR_BAD_URL: 'URL_INVALID',
  FST_ERR_MAX_PARAM_LENGTH: 'URL_TOO_LONG',
};

/** The `frameworkErrors` option: the router's own refusals (a bad URL, an over-long parameter) in our shape. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const code = ROUTER_CODES[error.code] ?? 'INTERNAL';
  reply.status(ERRORS[code].status).send(errorBody(code));
}

/**
 * The `clientErrorHandler` option: Node's HTTP parser refuses some requests before Fastify sees them (headers over
 * the size limit, a request that timed out, bytes that are not HTTP). The answer is written to the socket by hand,
 * in our error shape, as Node's own handler would write its plain-text one.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'VALIDATION_FAILED';
  const status = ERRORS[code].status;
  const body = JSON.stringify(errorBody(code));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error.code, error.details));
    }
    // A service may let the media adapter's refusal through: nothing was written, the viewer sees why.
    if (error instanceof MediaUnavailableError) {
      const code = error.reason === 'not_configured' ? 'MEDIA_NOT_CONFIGURED' : 'MEDIA_UNAVAILABLE';
      return reply.status(503).send(errorBody(code));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', { issues }));
    }
    if (error.statusCode === 429) return reply.status(429).send(errorBody('RATE_LIMITED'));
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) {
      const status = mapped === 'VALIDATION_FAILED' ? 400 : (error.statusCode ?? 400);
      return reply.status(status).send(errorBody(mapped, { reason: error.message }));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(400).send(errorBody('VALIDATION_FAILED', { reason: error.message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL'));
  });
}
