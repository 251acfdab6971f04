import { describe, expect, it } from 'vitest';
import { DEFAULT_INCIDENT_CLASSES, defaultDisputeCategoryFor, incidentClassCodeProblem } from './incident-classes';
import { INCIDENT_CATEGORY_PREFIXES } from './incident-dictionaries';
import { addressKey, repeatWindowEnd, repeatWindowStart } from './incident-repeats';

describe('repeat incidents', () => {
  it('meets the same address written differently', () => {
    expect(addressKey('双坪村三组 12号')).toBe(addressKey('双坪村3组12号'));
    expect(addressKey('双坪村３组，12号')).toBe(addressKey('双坪村3组12号'));
    expect(addressKey('双坪村4组12号')).not.toBe(addressKey('双坪村3组12号'));
    expect(addressKey(' ，')).toBeNull();
  });

  it('starts the window at the Shanghai midnight N days before the incident’s day', () => {
    // 00:30 Beijing on 1 December is still 30 November in UTC.
    expect(repeatWindowStart('2026-11-30T16:30:00Z', 30)).toBe('2026-10-31T16:00:00.000Z');
  });

  it('ends the window of later incidents at the Shanghai midnight after the day N days on', () => {
    expect(repeatWindowEnd('2026-11-30T16:30:00Z', 30)).toBe('2026-12-31T16:00:00.000Z');
    // Symmetric: an incident on 31 December (Beijing) sees the one of 1 December as within its 30 days.
    expect(repeatWindowStart('2026-12-31T15:59:59Z', 30) <= '2026-11-30T16:30:00Z').toBe(true);
    expect(repeatWindowStart('2026-12-31T16:00:00Z', 30) <= '2026-11-30T16:30:00Z').toBe(false);
  });
});

describe('the default class code table', () => {
  it('has unique six-digit codes whose first two digits name their category', () => {
    const codes = DEFAULT_INCIDENT_CLASSES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const row of DEFAULT_INCIDENT_CLASSES) {
      expect(incidentClassCodeProblem(row.code, row.category), row.code).toBeNull();
      expect(row.code.slice(0, 2)).toBe(INCIDENT_CATEGORY_PREFIXES[row.category]);
    }
    expect(incidentClassCodeProblem('02010', 'public_order')).toBe('INCIDENT_CLASS_CODE_INVALID');
    expect(incidentClassCodeProblem('010100', 'public_order')).toBe('INCIDENT_CLASS_CODE_INVALID');
  });

  it('covers every class of the 110 rules and flags the dispute classes', () => {
    expect(new Set(DEFAULT_INCIDENT_CLASSES.map((row) => row.category)).size).toBe(10);
    expect(DEFAULT_INCIDENT_CLASSES.filter((row) => row.dispute).map((row) => row.code)).toContain('020201');
    expect(defaultDisputeCategoryFor('020201')).toBe('neighbour');
    expect(defaultDisputeCategoryFor('010100')).toBe('other');
  });
});
