import { describe, expect, it } from 'vitest';
import { boardViewOf } from './board-view';

describe('boardViewOf', () => {
  it('gives the chief his own board, the office its board, and an officer the districts he works', () => {
    expect(boardViewOf([{ role: 'chief' }])).toEqual({ kind: 'chief', mine: false });
    expect(boardViewOf([{ role: 'zongzhiban' }])).toEqual({ kind: 'office', mine: false });
    expect(boardViewOf([{ role: 'officer' }])).toEqual({ kind: 'officer', mine: true });
    expect(boardViewOf([{ role: 'officer' }, { role: 'zongzhiban' }])).toEqual({ kind: 'office', mine: false });
  });
});
