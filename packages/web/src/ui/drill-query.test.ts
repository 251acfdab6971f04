import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDrillQuery, withDrillQuery, withoutParam } from './drill-query';

const shape = {
  state: z.enum(['OPEN', 'CLOSED']).optional(),
  receivedFrom: z.iso.date().optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  late: z.stringbool().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().optional(),
};

describe('drill query', () => {
  it('keeps the list query keys the page filter does not handle, and only valid values', () => {
    const params = new URLSearchParams('state=OPEN&receivedFrom=2026-11-01&hour=9&late=true&cursor=x&limit=5&foo=1');
    expect(readDrillQuery(params, shape, ['state'])).toEqual({ receivedFrom: '2026-11-01', hour: '9', late: 'true' });
    expect(readDrillQuery(new URLSearchParams('receivedFrom=yesterday&hour=25'), shape, [])).toEqual({});
  });

  it('writes the page filter with the drill conditions beside it, the page filter winning', () => {
    const next = withDrillQuery(new URLSearchParams('state=CLOSED'), { receivedFrom: '2026-11-01', state: 'OPEN' });
    expect(next.toString()).toBe('state=CLOSED&receivedFrom=2026-11-01');
  });

  it('removes one condition', () => {
    expect(withoutParam(new URLSearchParams('a=1&b=2'), 'a').toString()).toBe('b=2');
  });
});
