import crypto from 'node:crypto';

/** Janus may never answer a request: no caller waits longer than `ms`. */
export function withTimeout<T>(request: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the media server within ${ms} ms`)), ms);
  });
  return Promise.race([request, late]).finally(() => clearTimeout(timer));
}

/** A secret or pin the adapter keeps: 144 random bits. */
export function secret(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
