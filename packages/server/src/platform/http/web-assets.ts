import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import { errorBody } from '../errors';

/** Hashed build output: a file name changes whenever its content does, so a browser may keep it for a year. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (index.html above all) is revalidated on every visit so a release reaches phones at once.
const REVALIDATE = 'no-cache';

export function cacheControlFor(filePath: string): string {
  return HASHED_ASSET.test(filePath) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built web app at / with a fallback to index.html for client-side routes. The build writes a
 * brotli and a gzip copy beside each text asset (packages/web/vite-precompress.ts), served here without
 * compressing anything per request.
 */
export async function serveWeb(app: FastifyInstance, config: Config): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(config.webDist ?? path.join(here, '../../../../web/dist'));
  const built = fs.existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', cacheControlFor(filePath));
      },
    });
  } else {
    app.log.warn({ root }, 'web app not built: run npm run build');
  }
  app.setNotFoundHandler((request, reply) => {
    if (!built || request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(errorBody('ROUTE_NOT_FOUND'));
    }
    return reply.type('text/html').header('cache-control', REVALIDATE).sendFile('index.html');
  });
}
