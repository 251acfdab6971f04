import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveSnapshot, savedClock } from './autosave';

function setup(save: (text: string) => Promise<void> = async () => {}) {
  const saved: string[] = [];
  const snapshots: AutosaveSnapshot[] = [];
  const saver = new Autosaver({
    initial: '',
    idleMs: 2000,
    maxWaitMs: 5000,
    save: async (text) => {
      await save(text);
      saved.push(text);
    },
    now: () => new Date('2026-12-03T06:30:00.000Z'),
    onChange: (snapshot) => snapshots.push(snapshot),
  });
  return { saver, saved, snapshots };
}

describe('the 笔录 autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once the typing pauses, with the last text only', async () => {
    const { saver, saved } = setup();
    saver.change('双方');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('双方到场');
    await vi.advanceTimersByTimeAsync(1999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['双方到场']);
    expect(saver.snapshot()).toEqual({ status: 'saved', savedAt: '2026-12-03T06:30:00.000Z', error: null });
  });

  it('saves every few seconds while the mediator keeps typing', async () => {
    const { saver, saved } = setup();
    for (let second = 1; second <= 6; second++) {
      saver.change(`第${second}句`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    // Never a 2-second pause, yet the text typed by the fifth second is stored.
    expect(saved).toEqual(['第5句']);
  });

  it('does not save text equal to what is stored, nor twice the same text', async () => {
    const { saver, saved } = setup();
    saver.change('');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual([]);
    saver.change('甲');
    await saver.flush();
    await saver.flush();
    expect(saved).toEqual(['甲']);
  });

  it('keeps a refused text dirty, says so, and stores it with the next change', async () => {
    let fail = true;
    const { saver, saved } = setup(async () => {
      if (fail) throw new Error('offline');
    });
    saver.change('甲');
    await saver.flush();
    expect(saver.snapshot().status).toBe('error');
    expect(saved).toEqual([]);
    fail = false;
    saver.change('甲乙');
    await saver.flush();
    expect(saved).toEqual(['甲乙']);
    expect(saver.snapshot().status).toBe('saved');
  });

  it('tries a refused text again by itself after a while', async () => {
    let fail = true;
    const { saver, saved } = setup(async () => {
      if (fail) throw new Error('offline');
    });
    saver.change('甲');
    await saver.flush();
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['甲']);
  });

  it('saves a change made during a save right after it, never two saves at once', async () => {
    let release: () => void = () => {};
    let running = 0;
    let most = 0;
    const { saver, saved } = setup(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      running -= 1;
    });
    saver.change('一');
    const first = saver.flush();
    saver.change('一二');
    const second = saver.flush();
    release();
    await first;
    release();
    await second;
    expect(saved).toEqual(['一', '一二']);
    expect(most).toBe(1);
  });

  it('stops its timer when disposed', async () => {
    const { saver, saved } = setup();
    saver.change('甲');
    saver.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual([]);
  });
});

describe('savedClock', () => {
  it('keeps the Beijing hour and minute of a formatted instant', () => {
    expect(savedClock('2026年12月3日 14:30')).toBe('14:30');
    expect(savedClock('2026-12-03 14:30')).toBe('14:30');
  });
});
