import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointTokenProblem, parseCheckpointToken, signCheckpointToken } from './checkpoint-token';

const signer = (key: string) => (message: string) => createHmac('sha256', key).update(message).digest('base64url');
const sign = signer('station key');
const A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

describe('checkpoint tokens', () => {
  it('accepts the token of the checkpoint at its current version', () => {
    const token = signCheckpointToken({ checkpointId: A, version: 1 }, sign);
    expect(parseCheckpointToken(token)).toMatchObject({ checkpointId: A, version: 1 });
    expect(checkpointTokenProblem(token, { checkpointId: A, version: 1 }, sign)).toBeNull();
  });

  it('refuses a forged signature, a token signed with another key and garbage', () => {
    const token = signCheckpointToken({ checkpointId: A, version: 1 }, sign);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(checkpointTokenProblem(forged, { checkpointId: A, version: 1 }, sign)).toBe('forged');
    const otherKey = signCheckpointToken({ checkpointId: A, version: 1 }, signer('guessed'));
    expect(checkpointTokenProblem(otherKey, { checkpointId: A, version: 1 }, sign)).toBe('forged');
    expect(checkpointTokenProblem('not-a-token', { checkpointId: A, version: 1 }, sign)).toBe('forged');
    expect(checkpointTokenProblem(`${A}.1.`, { checkpointId: A, version: 1 }, sign)).toBe('forged');
  });

  it('refuses a raised version someone typed in without the key', () => {
    const token = signCheckpointToken({ checkpointId: A, version: 1 }, sign);
    const bumped = token.replace(`${A}.1.`, `${A}.2.`);
    expect(checkpointTokenProblem(bumped, { checkpointId: A, version: 2 }, sign)).toBe('forged');
  });

  it('refuses the token of checkpoint A presented for B', () => {
    const token = signCheckpointToken({ checkpointId: A, version: 1 }, sign);
    expect(checkpointTokenProblem(token, { checkpointId: B, version: 1 }, sign)).toBe('other_checkpoint');
  });

  it('refuses the token of an older print once the checkpoint is reissued', () => {
    const old = signCheckpointToken({ checkpointId: A, version: 1 }, sign);
    expect(checkpointTokenProblem(old, { checkpointId: A, version: 2 }, sign)).toBe('revoked');
    const current = signCheckpointToken({ checkpointId: A, version: 2 }, sign);
    expect(checkpointTokenProblem(current, { checkpointId: A, version: 2 }, sign)).toBeNull();
  });
});
