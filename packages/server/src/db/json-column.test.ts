import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Json, jsonColumns, toJson } from './json-column';

interface Table {
  id: string;
  tags: Json<string[]>;
  extra: Json<{ n: number }> | null;
}

const json = jsonColumns<Table>({ tags: z.array(z.string()), extra: z.object({ n: z.number() }) });

describe('jsonColumns', () => {
  it('stringifies the JSON columns of a row and leaves the others alone', () => {
    expect(json.write({ id: 'a', tags: ['x', 'y'], extra: null })).toEqual({ id: 'a', tags: '["x","y"]', extra: null });
    expect(json.write({ extra: { n: 1 } })).toEqual({ extra: '{"n":1}' });
  });

  it('parses what it wrote, and the columns a partial select returned', () => {
    const row: Table = { id: 'a', tags: toJson(['x']), extra: toJson({ n: 2 }) };
    expect(json.read(row)).toEqual({ id: 'a', tags: ['x'], extra: { n: 2 } });
    expect(json.read({ id: 'b', extra: null })).toEqual({ id: 'b', extra: null });
  });

  it('refuses stored JSON that does not match the domain schema', () => {
    expect(() => json.read({ tags: '[1]' as Json<string[]> })).toThrow();
    expect(() => json.read({ tags: 'not json' as Json<string[]> })).toThrow();
  });
});
