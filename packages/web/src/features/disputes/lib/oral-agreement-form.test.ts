import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { allPartyIds, recordableMediations, toOralAgreement } from './oral-agreement-form';

describe('oral agreement form', () => {
  it('offers only open mediations the user may record an agreement under', () => {
    const mediations = [
      { id: 'm1', status: 'open' as const, actions: ['record_session', 'record_agreement'] },
      { id: 'm2', status: 'open' as const, actions: ['record_session'] },
      { id: 'm3', status: 'agreed' as const, actions: ['record_agreement'] },
    ];
    expect(recordableMediations(mediations).map((m) => m.id)).toEqual(['m1']);
  });

  it('starts with every party ticked', () => {
    expect(allPartyIds([{ id: 'p1' }, { id: 'p2' }])).toEqual(['p1', 'p2']);
  });

  it('builds the oral agreement request, trimmed, with the recorded time', () => {
    const recordedAt = dayjs('2026-11-29T10:00:00');
    expect(
      toOralAgreement(
        { disputeId: 'd1', mediationId: 'm1', partyIds: ['p1', 'p2'], content: '  赔偿300元 ', recordedAt },
        () => '2026-11-29T10:00:00+08:00',
      ),
    ).toEqual({
      mediationId: 'm1',
      body: { kind: 'oral', partyIds: ['p1', 'p2'], content: '赔偿300元', recordedAt: '2026-11-29T10:00:00+08:00' },
    });
  });

  it('gives nothing while the mediation, parties, content or time is missing', () => {
    const full = { mediationId: 'm1', partyIds: ['p1'], content: '赔偿', recordedAt: dayjs() };
    const iso = () => 'x';
    expect(toOralAgreement({ ...full, mediationId: undefined }, iso)).toBeNull();
    expect(toOralAgreement({ ...full, partyIds: [] }, iso)).toBeNull();
    expect(toOralAgreement({ ...full, content: '  ' }, iso)).toBeNull();
    expect(toOralAgreement({ ...full, recordedAt: undefined }, iso)).toBeNull();
  });
});
