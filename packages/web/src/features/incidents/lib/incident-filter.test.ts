import { describe, expect, it } from 'vitest';
import { patchIncidentFilter, readIncidentFilter, toIncidentQuery, writeIncidentFilter } from './incident-filter';

describe('incident filter', () => {
  it('round-trips through the URL and ignores values the server would refuse', () => {
    const filter = { classCode: '020201', state: 'ACKED' as const, villageId: 'v1', late: true, dispute: true };
    expect(readIncidentFilter(writeIncidentFilter(filter))).toEqual(filter);
    expect(readIncidentFilter(new URLSearchParams('state=LOST&late=yes&q=%20%20'))).toEqual({});
  });

  it('drops cleared values', () => {
    expect(patchIncidentFilter({ classCode: '020201', late: true }, { classCode: undefined, late: false })).toEqual({});
  });

  it('asks for the open incidents unless all are wanted or a state is named', () => {
    expect(toIncidentQuery({ villageId: 'v1' })).toEqual({ villageId: 'v1', open: true });
    expect(toIncidentQuery({ all: true })).toEqual({});
    expect(toIncidentQuery({ state: 'CLOSED' })).toEqual({ state: 'CLOSED' });
  });
});

describe('incident filter with a drill link', () => {
  it('adds no open default when a dashboard link names the conditions, and sends them as they are', () => {
    expect(toIncidentQuery({ villageId: 'v1' }, { receivedFrom: '2026-11-01', receivedTo: '2026-11-30' })).toEqual({
      villageId: 'v1',
      receivedFrom: '2026-11-01',
      receivedTo: '2026-11-30',
    });
  });
});
