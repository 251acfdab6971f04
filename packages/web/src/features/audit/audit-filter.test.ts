import { describe, expect, it } from 'vitest';
import { readAuditFilter, writeAuditFilter } from './audit-filter';

describe('audit filter in the URL', () => {
  it('keeps offsets in ISO times and drops blanks', () => {
    const filter = { action: 'person.unmask', from: '2025-03-01T00:00:00+08:00', username: ' ' };
    const params = writeAuditFilter(filter);
    expect(params.get('from')).toBe('2025-03-01T00:00:00+08:00');
    expect(readAuditFilter(params)).toEqual({ action: 'person.unmask', from: '2025-03-01T00:00:00+08:00' });
  });
});
