import { describe, expect, it } from 'vitest';
import { ActiveSpeakerTracker } from './active-speaker';

const levels = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('active speaker', () => {
  it('highlights the loudest voice only after it stayed the loudest for 300 ms', () => {
    const tracker = new ActiveSpeakerTracker();
    expect(tracker.update(levels({ a: 0.3, b: 0.01 }), 0)).toBeNull();
    expect(tracker.update(levels({ a: 0.3, b: 0.01 }), 200)).toBeNull();
    expect(tracker.update(levels({ a: 0.3, b: 0.01 }), 300)).toBe('a');
  });

  it('ignores room noise below the speaking level', () => {
    const tracker = new ActiveSpeakerTracker();
    tracker.update(levels({ a: 0.02, b: 0.03 }), 0);
    expect(tracker.update(levels({ a: 0.02, b: 0.03 }), 1_000)).toBeNull();
  });

  it('keeps the highlight through a short cough from someone else and a pause for breath', () => {
    const tracker = new ActiveSpeakerTracker();
    tracker.update(levels({ a: 0.3 }), 0);
    tracker.update(levels({ a: 0.3 }), 400);
    expect(tracker.update(levels({ a: 0.1, b: 0.5 }), 500)).toBe('a');
    expect(tracker.update(levels({ a: 0.0, b: 0.0 }), 600)).toBe('a');
    expect(tracker.update(levels({ a: 0.1, b: 0.5 }), 700)).toBe('a');
    expect(tracker.update(levels({ a: 0.1, b: 0.5 }), 1_000)).toBe('b');
  });

  it('drops a speaker who left the room', () => {
    const tracker = new ActiveSpeakerTracker();
    tracker.update(levels({ a: 0.3 }), 0);
    tracker.update(levels({ a: 0.3 }), 300);
    expect(tracker.update(levels({ b: 0.0 }), 400)).toBeNull();
  });
});
