import { describe, expect, it } from 'vitest';
import { recordingFileName } from '../src/modules/mediation-rooms/room-recording-names';
import { parseByteRange } from '../src/platform/http/byte-range';

describe('parseByteRange', () => {
  it('reads one range, clamps its end, and answers a suffix', () => {
    expect(parseByteRange('bytes=0-3', 10)).toEqual({ start: 0, end: 3 });
    expect(parseByteRange('bytes=4-', 10)).toEqual({ start: 4, end: 9 });
    expect(parseByteRange('bytes=4-99', 10)).toEqual({ start: 4, end: 9 });
    expect(parseByteRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseByteRange('bytes=-30', 10)).toEqual({ start: 0, end: 9 });
  });

  it('ignores what it cannot serve as one range, and refuses a start past the end', () => {
    expect(parseByteRange(undefined, 10)).toBeNull();
    expect(parseByteRange('bytes=0-1,4-5', 10)).toBeNull();
    expect(parseByteRange('items=0-1', 10)).toBeNull();
    expect(parseByteRange('bytes=5-2', 10)).toBeNull();
    expect(parseByteRange('bytes=-', 10)).toBeNull();
    expect(parseByteRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 10)).toBe('unsatisfiable');
  });
});

describe('recordingFileName', () => {
  const people = [
    { id: 'm', kind: 'mediator' as const },
    { id: 'a', kind: 'party' as const },
    { id: 'b', kind: 'party' as const },
  ];

  it('names the segment and the role, never the person, numbering a role held twice', () => {
    expect(recordingFileName(1, people, people[0] ?? people[1], 1)).toBe('线上调解录像-第1段-调解员.webm');
    expect(recordingFileName(2, people, { id: 'b', kind: 'party' }, 1)).toBe('线上调解录像-第2段-当事人2.webm');
    expect(recordingFileName(1, people, { id: 'a', kind: 'party' }, 2)).toBe('线上调解录像-第1段-当事人1-2.webm');
  });
});
