import { describe, expect, it } from 'vitest';
import { viewAbandoned, viewDurationSeconds } from './view-duration';
import { isViewTokenFormat, viewTokenExpiresAt, viewTokenProblem } from './view-token';

const issued = new Date('2026-12-02T02:00:00.000Z');
const expiresAt = viewTokenExpiresAt(issued, 30);
const good = { hashMatches: true, sameCamera: true, usedAt: null, expiresAt, now: new Date(issued.getTime() + 5000) };

describe('view tokens', () => {
  it('have one format: 43 base64url characters', () => {
    expect(isViewTokenFormat('a'.repeat(43))).toBe(true);
    expect(isViewTokenFormat('A-_9'.repeat(10).concat('xyz'))).toBe(true);
    expect(isViewTokenFormat('a'.repeat(42))).toBe(false);
    expect(isViewTokenFormat(`${'a'.repeat(42)}=`)).toBe(false);
    expect(isViewTokenFormat(`${'a'.repeat(42)}/`)).toBe(false);
  });

  it('expire after their lifetime', () => {
    expect(expiresAt).toBe('2026-12-02T02:00:30.000Z');
    expect(viewTokenProblem(good)).toBeNull();
    expect(viewTokenProblem({ ...good, now: new Date(issued.getTime() + 29_999) })).toBeNull();
    expect(viewTokenProblem({ ...good, now: new Date(issued.getTime() + 30_000) })).toBe('expired');
  });

  it('are single use', () => {
    expect(viewTokenProblem({ ...good, usedAt: '2026-12-02T02:00:01.000Z' })).toBe('used');
  });

  it('name one camera and one view; a wrong one is invalid before anything else is told', () => {
    expect(viewTokenProblem({ ...good, hashMatches: false })).toBe('invalid');
    expect(viewTokenProblem({ ...good, sameCamera: false })).toBe('invalid');
    const late = new Date(issued.getTime() + 60_000);
    expect(viewTokenProblem({ ...good, hashMatches: false, usedAt: expiresAt, now: late })).toBe('invalid');
    expect(viewTokenProblem({ ...good, sameCamera: false, usedAt: expiresAt, now: late })).toBe('invalid');
    expect(viewTokenProblem({ ...good, usedAt: expiresAt, now: late })).toBe('used');
  });
});

describe('view durations', () => {
  it('run from the start of the media to the close, in whole seconds', () => {
    expect(viewDurationSeconds('2026-12-02T02:00:00.000Z', '2026-12-02T02:01:05.900Z')).toBe(65);
  });
  it('are 0 for a view that never started, and never negative', () => {
    expect(viewDurationSeconds(null, '2026-12-02T02:01:05.000Z')).toBe(0);
    expect(viewDurationSeconds('2026-12-02T02:01:06.000Z', '2026-12-02T02:01:05.000Z')).toBe(0);
  });
  it('mark a view nobody started as abandoned after the token lifetime and a grace', () => {
    const open = { startedAt: null, tokenExpiresAt: expiresAt };
    expect(viewAbandoned(open, new Date(issued.getTime() + 59_000))).toBe(false);
    expect(viewAbandoned(open, new Date(issued.getTime() + 60_000))).toBe(true);
    expect(viewAbandoned({ ...open, startedAt: expiresAt }, new Date(issued.getTime() + 600_000))).toBe(false);
  });
});
