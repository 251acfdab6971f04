import { describe, expect, it } from 'vitest';
import { readReminderFilter, readRoundFilter, writeFilter } from './video-patrol-filters';

describe('the rounds filter in the URL', () => {
  it('keeps known states, real days and the findings flag, and drops anything else', () => {
    const params = new URLSearchParams('state=closed&from=2026-11-01&to=2026-11-3x&withFindings=true&planId=p1&x=1');
    expect(readRoundFilter(params)).toEqual({
      state: 'closed',
      from: '2026-11-01',
      withFindings: 'true',
      planId: 'p1',
    });
    expect(readRoundFilter(new URLSearchParams('state=due&withFindings=yes'))).toEqual({});
  });

  it('writes back what it reads', () => {
    const filter = { state: 'open', from: '2026-11-30', to: '2026-11-30' } as const;
    expect(readRoundFilter(writeFilter(filter))).toEqual(filter);
  });
});

describe('the reminders filter in the URL', () => {
  it('reads the outcome, the recipient kind and mine, as the home to-do link sends them', () => {
    expect(readReminderFilter(new URLSearchParams('state=pending&mine=true&target=village_auxiliary'))).toEqual({
      state: 'pending',
      mine: 'true',
      target: 'village_auxiliary',
    });
    expect(readReminderFilter(new URLSearchParams('state=done&mine=false'))).toEqual({});
    expect(writeFilter({ state: 'resolved', villageId: '' }).toString()).toBe('state=resolved');
  });
});
