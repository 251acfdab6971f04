import { describe, expect, it } from 'vitest';
import { isIncidentArrival } from './incident-notice';

describe('incident notices', () => {
  it('announce new and dispatched incidents only', () => {
    expect(isIncidentArrival({ kind: 'incident.created', targetType: 'incident' })).toBe(true);
    expect(isIncidentArrival({ kind: 'incident.dispatched', targetType: 'incident' })).toBe(true);
    expect(isIncidentArrival({ kind: 'incident.closed', targetType: 'incident' })).toBe(false);
    expect(isIncidentArrival({ kind: 'incident.created', targetType: 'dispute' })).toBe(false);
  });
});
