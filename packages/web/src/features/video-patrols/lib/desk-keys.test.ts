import { describe, expect, it } from 'vitest';
import { deskKey } from './desk-keys';

const key = (
  k: string,
  more: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; inField: boolean }> = {},
) => deskKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, inField: false, ...more });

describe('deskKey', () => {
  it('walks the cameras with the arrows (or j/k) and records with 1 (正常) and 2 (发现问题)', () => {
    expect([key('ArrowLeft'), key('ArrowRight'), key('j'), key('k')]).toEqual(['previous', 'next', 'next', 'previous']);
    expect([key('1'), key('2')]).toEqual(['normal', 'finding']);
    expect(key('x')).toBeNull();
  });

  it('ignores those keys while typing a note, but Ctrl+Enter saves and Esc leaves the finding form', () => {
    expect(key('1', { inField: true })).toBeNull();
    expect(key('ArrowRight', { inField: true })).toBeNull();
    expect(key('Enter', { inField: true, ctrlKey: true })).toBe('submit');
    expect(key('Enter', { inField: true })).toBeNull();
    expect(key('Escape', { inField: true })).toBe('cancel');
    expect(key('1', { ctrlKey: true })).toBeNull();
  });
});
