import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiSend } from './client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('apiSend', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for a create whose first copy is still running on the server, with the same key, instead of failing', async () => {
    const keys: (string | null)[] = [];
    const answers = [
      json(409, { error: { code: 'IDEMPOTENCY_IN_PROGRESS', message: 'busy', messageZh: '处理中' } }),
      json(201, { id: 'duty-1' }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        keys.push(new Headers(init.headers).get('Idempotency-Key'));
        return answers.shift() ?? json(500, {});
      }),
    );
    await expect(apiSend('POST', '/duty-logs', { type: 'patrol' }, { idempotent: true })).resolves.toEqual({
      id: 'duty-1',
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });
});
