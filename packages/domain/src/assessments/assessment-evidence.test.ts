import { describe, expect, it } from 'vitest';
import { type AcknowledgedIncident, emptyEvidence, evidenceCounts, incidentEvidence } from './assessment-evidence';
import { DEFAULT_ASSESSMENT_SETTINGS } from './assessment-items';

const NOW = '2026-11-29T12:00:00Z';

function incident(overrides: Partial<AcknowledgedIncident>): AcknowledgedIncident {
  return {
    id: 'i',
    number: '（2026）马警字第1号',
    receivedAt: '2026-11-10T02:00:00Z',
    dispatchedAt: '2026-11-10T02:01:00Z',
    ackedAt: '2026-11-10T02:05:00Z',
    arrivedAt: '2026-11-10T02:20:00Z',
    arrivalTargetMinutes: 30,
    closedWithoutArrival: false,
    ...overrides,
  };
}

describe('incidentEvidence', () => {
  it('counts every acknowledged incident and measures acknowledgement from dispatch', () => {
    const evidence = incidentEvidence(
      [
        incident({ id: 'a' }), // 4 minutes
        incident({ id: 'b', ackedAt: '2026-11-10T02:11:00Z' }), // exactly 10: in time
        incident({ id: 'c', ackedAt: '2026-11-10T02:12:00Z' }), // 11: late
      ],
      DEFAULT_ASSESSMENT_SETTINGS,
      NOW,
    );
    expect(evidence.incidents_acked.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(evidence.ack_timely.map((r) => [r.id, r.met, r.detail])).toEqual([
      ['a', true, '4'],
      ['b', true, '10'],
      ['c', false, '11'],
    ]);
  });

  it('measures arrival with the class target from receipt; waits while within target; skips no-arrival closures', () => {
    const evidence = incidentEvidence(
      [
        incident({ id: 'on_time' }), // 20 of 30 minutes
        incident({ id: 'late', arrivedAt: '2026-11-10T02:31:00Z' }), // 31
        incident({ id: 'overdue', arrivedAt: null }), // never arrived, target long passed
        incident({
          id: 'awaiting',
          receivedAt: '2026-11-29T11:50:00Z',
          ackedAt: '2026-11-29T11:55:00Z',
          arrivedAt: null,
        }),
        incident({ id: 'invalid', arrivedAt: null, closedWithoutArrival: true }),
      ],
      DEFAULT_ASSESSMENT_SETTINGS,
      NOW,
    );
    expect(evidence.arrival_timely.map((r) => [r.id, r.met])).toEqual([
      ['on_time', true],
      ['late', false],
      ['overdue', false],
    ]);
    expect(evidence.incidents_acked).toHaveLength(5);
  });

  it('leaves an incident acknowledged without a dispatch stamp out of the acknowledgement share', () => {
    const evidence = incidentEvidence([incident({ dispatchedAt: null })], DEFAULT_ASSESSMENT_SETTINGS, NOW);
    expect(evidence.ack_timely).toEqual([]);
    expect(evidence.incidents_acked).toHaveLength(1);
  });
});

describe('evidenceCounts', () => {
  it('counts a list for a count item and met of measured for a share item', () => {
    const evidence = {
      ...emptyEvidence(),
      ...incidentEvidence(
        [incident({ id: 'a' }), incident({ id: 'b', ackedAt: '2026-11-10T03:00:00Z' })],
        DEFAULT_ASSESSMENT_SETTINGS,
        NOW,
      ),
    };
    const counts = evidenceCounts(evidence);
    expect(counts.incidents_acked).toEqual({ count: 2 });
    expect(counts.ack_timely).toEqual({ met: 1, of: 2 });
    expect(counts.duty_patrol).toEqual({ count: 0 });
    expect(counts.arrival_timely).toEqual({ met: 2, of: 2 });
  });
});
