import { describe, expect, it } from 'vitest';
import { parseIncidentCategory, parseYesNo } from './incident-class-import';

describe('reading the class code sheet', () => {
  it('reads a category by its Chinese or English label or its code', () => {
    expect(parseIncidentCategory('治安警情')).toBe('public_order');
    expect(parseIncidentCategory(' Public order ')).toBe('public_order');
    expect(parseIncidentCategory('fire_rescue')).toBe('fire_rescue');
    expect(parseIncidentCategory('治安')).toBeNull();
    expect(parseIncidentCategory('')).toBeNull();
  });

  it('reads yes and no, with a fallback for an empty cell', () => {
    expect(parseYesNo('是', false)).toBe(true);
    expect(parseYesNo('否', true)).toBe(false);
    expect(parseYesNo('', true)).toBe(true);
    expect(parseYesNo('也许', true)).toBeNull();
  });
});
