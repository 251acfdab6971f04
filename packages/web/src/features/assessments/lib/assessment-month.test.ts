import { describe, expect, it } from 'vitest';
import { defaultAssessmentMonth, evidenceLink, monthFromQuery } from './assessment-month';

describe('assessment month', () => {
  it('defaults to the last month that has ended in Shanghai', () => {
    expect(defaultAssessmentMonth(new Date('2026-11-29T12:00:00Z'))).toBe('2026-10');
    // 16:30 UTC on 31 December is already 1 January in Shanghai.
    expect(defaultAssessmentMonth(new Date('2026-12-31T16:30:00Z'))).toBe('2026-12');
    expect(defaultAssessmentMonth(new Date('2027-01-15T00:00:00Z'))).toBe('2026-12');
  });

  it('takes a month from the address only when it is one', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(monthFromQuery('2026-09', now)).toBe('2026-09');
    expect(monthFromQuery('2026-13', now)).toBe('2026-10');
    expect(monthFromQuery(null, now)).toBe('2026-10');
  });
});

describe('evidenceLink', () => {
  it('opens the dispute, the incident, or the village’s duty log on the Shanghai day', () => {
    const at = '2026-10-01T00:00:00Z';
    expect(evidenceLink({ refType: 'dispute', refId: 'd1', at }, 'v1', 'mediations')).toBe('/disputes/d1');
    expect(evidenceLink({ refType: 'incident', refId: 'i1', at }, 'v1', 'ack_timely')).toBe('/incidents/i1');
    // 23:30 Beijing on 31 October is still the 31st.
    expect(evidenceLink({ refType: 'duty_log', refId: 'l1', at: '2026-10-31T15:30:00Z' }, 'v1', 'duty_patrol')).toBe(
      '/duty?villageId=v1&day=2026-10-31&type=patrol',
    );
  });
});
