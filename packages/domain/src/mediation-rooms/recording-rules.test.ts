import { describe, expect, it } from 'vitest';
import { type ConsentingParticipant, recordingBlockers, recordingStateAfter, segmentOfFile } from './recording-rules';

const at = '2026-12-03T02:00:00.000Z';

describe('recordingBlockers', () => {
  it('names the admitted participants without a live consent, and only them', () => {
    expect(
      recordingBlockers([
        { id: 'mediator', status: 'admitted', consentedAt: at },
        { id: 'party', status: 'admitted', consentedAt: null },
        { id: 'waiting', status: 'waiting', consentedAt: null },
        { id: 'gone', status: 'left', consentedAt: null },
        { id: 'removed', status: 'removed', consentedAt: null },
      ]),
    ).toEqual(['party']);
  });
});

describe('recordingStateAfter', () => {
  const everyone: ConsentingParticipant[] = [
    { id: 'a', status: 'admitted', consentedAt: at },
    { id: 'b', status: 'admitted', consentedAt: at },
  ];
  const late: ConsentingParticipant[] = [...everyone, { id: 'c', status: 'admitted', consentedAt: null }];

  it('starts only when every admitted participant consents', () => {
    expect(recordingStateAfter('off', 'start', late)).toEqual({
      ok: false,
      code: 'RECORDING_CONSENT_MISSING',
      missing: ['c'],
    });
    expect(recordingStateAfter('off', 'start', everyone)).toEqual({ ok: true, state: 'recording', media: 'on' });
    expect(recordingStateAfter('paused', 'start', everyone)).toEqual({ ok: true, state: 'recording', media: 'on' });
  });

  it('refuses a second start and a pause of nothing', () => {
    expect(recordingStateAfter('recording', 'start', everyone)).toMatchObject({ code: 'RECORDING_ALREADY_RUNNING' });
    expect(recordingStateAfter('off', 'pause', everyone)).toMatchObject({ code: 'RECORDING_NOT_RUNNING' });
    expect(recordingStateAfter('paused', 'pause', everyone)).toMatchObject({ code: 'RECORDING_NOT_RUNNING' });
    expect(recordingStateAfter('recording', 'pause', everyone)).toEqual({ ok: true, state: 'paused', media: 'off' });
  });

  it('pauses when someone without consent is admitted, and never resumes by itself', () => {
    expect(recordingStateAfter('recording', 'participants_changed', late)).toEqual({
      ok: true,
      state: 'paused',
      media: 'off',
    });
    expect(recordingStateAfter('recording', 'participants_changed', everyone)).toEqual({
      ok: true,
      state: 'recording',
      media: null,
    });
    expect(recordingStateAfter('paused', 'participants_changed', everyone)).toEqual({
      ok: true,
      state: 'paused',
      media: null,
    });
  });

  it('turns everything off at close', () => {
    expect(recordingStateAfter('recording', 'close', everyone)).toEqual({ ok: true, state: 'off', media: 'off' });
    expect(recordingStateAfter('paused', 'close', late)).toEqual({ ok: true, state: 'off', media: null });
  });
});

describe('segmentOfFile', () => {
  const segments = [
    { id: 's1', startedAt: '2026-12-03T02:00:00.000Z' },
    { id: 's2', startedAt: '2026-12-03T02:10:00.000Z' },
  ];

  it('files a recording under the last segment started before it', () => {
    expect(segmentOfFile(segments, '2026-12-03T02:00:01.000Z')?.id).toBe('s1');
    expect(segmentOfFile(segments, '2026-12-03T02:05:00.000Z')?.id).toBe('s1');
    expect(segmentOfFile(segments, '2026-12-03T02:10:00.500Z')?.id).toBe('s2');
  });

  it('allows the clocks a little rounding, and files nothing recorded before any segment', () => {
    expect(segmentOfFile(segments, '2026-12-03T02:09:59.000Z')?.id).toBe('s2');
    expect(segmentOfFile(segments, '2026-12-03T01:59:00.000Z')).toBeNull();
  });
});
