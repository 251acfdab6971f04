import { describe, expect, it } from 'vitest';
import { formatIncidentNumber, incidentNumberYear, parseIncidentNumber, townShortNameOf } from './incident-number';

describe('incident numbers', () => {
  it('reads （year）town警字第seq号 and back', () => {
    const number = formatIncidentNumber(2026, '马', 15);
    expect(number).toBe('（2026）马警字第15号');
    expect(parseIncidentNumber(number)).toEqual({ year: 2026, townShortName: '马', seq: 15 });
    expect(parseIncidentNumber(' (2026)马警字第 15 号')).toEqual({ year: 2026, townShortName: '马', seq: 15 });
  });

  it('refuses what is not one', () => {
    expect(parseIncidentNumber('（2026）马人调字第15号')).toBeNull();
    expect(parseIncidentNumber('（2026）马警字第0号')).toBeNull();
    expect(() => formatIncidentNumber(2026, 'M', 1)).toThrow(RangeError);
    expect(() => formatIncidentNumber(2026, '马', 0)).toThrow(RangeError);
  });

  it('takes the town name’s first character and the Shanghai year of receipt', () => {
    expect(townShortNameOf('马良镇')).toBe('马');
    expect(townShortNameOf(null)).toBe('镇');
    expect(townShortNameOf('Town')).toBe('镇');
    expect(incidentNumberYear('2026-12-31T16:30:00Z')).toBe(2027);
    expect(incidentNumberYear('2026-12-31T15:30:00Z')).toBe(2026);
  });
});
