import { describe, expect, it } from 'vitest';
import { ERRORS } from '../shared/errors';
import { agreementNumberYear, agreementTimeProblems } from './agreement-rules';
import {
  backdateLimit,
  disputeDateProblems,
  mediationStartTimeProblems,
  RECORD_TIME_PROBLEMS,
  recordTimeProblems,
  sessionTimeProblems,
} from './record-times';

// 10:00 on 22 November 2026 in Shanghai.
const NOW = '2026-11-22T02:00:00Z';
// The mediation began at 09:00 on 20 November, Shanghai time.
const STARTED = '2026-11-20T01:00:00Z';

describe('recordTimeProblems', () => {
  it('uses codes of the error catalogue', () => {
    for (const code of RECORD_TIME_PROBLEMS) expect(ERRORS[code].status).toBe(400);
  });

  it('skips absent values and names each offending field', () => {
    expect(
      recordTimeProblems(
        [
          ['a', null],
          ['b', undefined],
          ['c', '2026-11-23'],
          ['d', '2026-11-19'],
        ],
        { now: NOW, mediationStartedAt: STARTED },
      ),
    ).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'c' },
      { code: 'TIME_BEFORE_MEDIATION_START', path: 'd' },
    ]);
  });
});

describe('backdating', () => {
  it('refuses a time further back than the limit, keeping the limit itself', () => {
    const notBefore = backdateLimit(NOW, 30);
    expect(notBefore.toISOString()).toBe('2026-10-23T02:00:00.000Z');
    expect(
      recordTimeProblems(
        [
          ['a', '1900-01-01T00:00:00Z'],
          ['b', '2026-10-23T01:59:59Z'],
          ['c', '2026-10-23T02:00:00Z'],
        ],
        { now: NOW, notBefore },
      ),
    ).toEqual([
      { code: 'TIME_TOO_FAR_BACK', path: 'a' },
      { code: 'TIME_TOO_FAR_BACK', path: 'b' },
    ]);
  });
});

describe('agreementTimeProblems', () => {
  it('accepts signatures and seals between the mediation’s start and today', () => {
    expect(
      agreementTimeProblems(
        {
          signatures: [{ at: '2026-11-20' }, { at: '2026-11-22T01:59:00Z' }, { at: null }],
          mediatorSignedAt: '2026-11-21',
          committeeSealedAt: '2026-11-22',
        },
        STARTED,
        NOW,
      ),
    ).toEqual([]);
  });

  it('refuses a signature tomorrow, a seal next year and a signature before the mediation began', () => {
    expect(
      agreementTimeProblems(
        {
          signatures: [{ at: '2026-11-23' }, { at: '2026-11-19T23:00:00Z' }],
          mediatorSignedAt: '2026-11-21',
          committeeSealedAt: '2027-01-01',
        },
        STARTED,
        NOW,
      ),
    ).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'signatures.0.at' },
      { code: 'TIME_BEFORE_MEDIATION_START', path: 'signatures.1.at' },
      { code: 'TIME_IN_FUTURE', path: 'committeeSealedAt' },
    ]);
  });

  it('refuses an oral agreement recorded in the future, allowing a few minutes of clock skew', () => {
    expect(agreementTimeProblems({ recordedAt: '2026-11-22T02:04:00Z' }, STARTED, NOW)).toEqual([]);
    expect(agreementTimeProblems({ recordedAt: '2026-11-22T03:00:00Z' }, STARTED, NOW)).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'recordedAt' },
    ]);
  });
});

describe('sessionTimeProblems, mediationStartTimeProblems and disputeDateProblems', () => {
  it('keeps a session between the mediation’s start and now', () => {
    const session = { startedAt: '2026-11-21T01:00:00Z', endedAt: '2026-11-21T02:00:00Z' };
    expect(sessionTimeProblems(session, STARTED, NOW)).toEqual([]);
    expect(sessionTimeProblems({ ...session, startedAt: '2026-11-19T01:00:00Z' }, STARTED, NOW)).toEqual([
      { code: 'TIME_BEFORE_MEDIATION_START', path: 'startedAt' },
    ]);
    expect(sessionTimeProblems({ ...session, endedAt: '2026-11-22T05:00:00Z' }, STARTED, NOW)).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'endedAt' },
    ]);
  });

  it('refuses a mediation started tomorrow and a grievance starting after today', () => {
    expect(mediationStartTimeProblems('2026-11-23T01:00:00Z', NOW)).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'startedAt' },
    ]);
    expect(disputeDateProblems({ grievanceStartedOn: '2016-11-22', occurredOn: '2026-11-22' }, NOW)).toEqual([]);
    expect(disputeDateProblems({ grievanceStartedOn: '2026-11-23' }, NOW)).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'grievanceStartedOn' },
    ]);
  });
});

describe('agreementNumberYear', () => {
  it('takes the year the agreement took effect, on the Shanghai calendar', () => {
    expect(agreementNumberYear('2026-12-31')).toBe(2026);
    expect(agreementNumberYear('2026-12-31T16:30:00Z')).toBe(2027);
    expect(() => agreementNumberYear(null)).toThrow(RangeError);
  });
});
