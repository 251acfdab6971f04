import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../shared/errors';
import { MEDIATION_TRACKS } from './dispute-dictionaries';
import {
  DEFAULT_MEDIATION_SETTINGS,
  type EscalationFacts,
  MEDIATION_PROBLEMS,
  mayWorkMediationTrack,
  mediationPeriodLastDay,
  mediationPeriodProblems,
  mediationTrackProblem,
  mustReportToPolice,
  type PoliceMediationFacts,
  policeMediationProblems,
  policeReportProblems,
  sessionProblems,
  startMediationProblems,
  terminationProblems,
} from './mediation-rules';

const CLEAN_POLICE: PoliceMediationFacts = {
  hiredViolence: false,
  groupFight: false,
  provocation: false,
  repeatOffender: false,
  partyRefuses: false,
  keepsFighting: false,
  responsibleOfficerNamed: true,
};

describe('policeMediationProblems', () => {
  it('allows a minor case with a responsible officer', () => {
    expect(policeMediationProblems(CLEAN_POLICE)).toEqual([]);
  });

  it('refuses each exclusion with its own code', () => {
    const cases: [keyof PoliceMediationFacts, string][] = [
      ['hiredViolence', 'POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE'],
      ['groupFight', 'POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT'],
      ['provocation', 'POLICE_MEDIATION_EXCLUDED_PROVOCATION'],
      ['repeatOffender', 'POLICE_MEDIATION_EXCLUDED_REPEAT_OFFENDER'],
      ['partyRefuses', 'POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES'],
      ['keepsFighting', 'POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING'],
    ];
    for (const [fact, code] of cases)
      expect(policeMediationProblems({ ...CLEAN_POLICE, [fact]: true })).toEqual([code]);
  });

  it('needs a responsible police officer (an auxiliary officer cannot mediate alone)', () => {
    expect(policeMediationProblems({ ...CLEAN_POLICE, responsibleOfficerNamed: false })).toEqual([
      'POLICE_MEDIATION_OFFICER_REQUIRED',
    ]);
  });

  it('lists every exclusion that applies', () => {
    expect(
      policeMediationProblems({ ...CLEAN_POLICE, hiredViolence: true, groupFight: true, keepsFighting: true }),
    ).toEqual([
      'POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE',
      'POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT',
      'POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING',
    ]);
  });
});

describe('mayWorkMediationTrack', () => {
  it('leaves police mediation to an officer or the chief, never an auxiliary officer alone', () => {
    expect(mayWorkMediationTrack('police', ['officer'])).toBe(true);
    expect(mayWorkMediationTrack('police', ['chief'])).toBe(true);
    expect(mayWorkMediationTrack('police', ['auxiliary'])).toBe(false);
    expect(mayWorkMediationTrack('police', ['zongzhiban', 'department'])).toBe(false);
    expect(mayWorkMediationTrack('police', ['auxiliary', 'officer'])).toBe(true);
  });

  it('lets anyone who works the dispute run the other tracks, and nobody without a role', () => {
    for (const track of MEDIATION_TRACKS) expect(mayWorkMediationTrack(track, [])).toBe(false);
    expect(mayWorkMediationTrack('people', ['auxiliary'])).toBe(true);
    expect(mayWorkMediationTrack('administrative', ['department'])).toBe(true);
  });
});

describe('startMediationProblems', () => {
  it('starts people’s mediation when nobody refuses', () => {
    expect(startMediationProblems({ track: 'people', openTracks: [], partyRefuses: false })).toEqual([]);
  });

  it('blocks people’s and administrative mediation when a party clearly refuses (Art. 17)', () => {
    expect(startMediationProblems({ track: 'people', openTracks: [], partyRefuses: true })).toEqual([
      'MEDIATION_PARTY_REFUSED',
    ]);
    expect(startMediationProblems({ track: 'administrative', openTracks: [], partyRefuses: true })).toEqual([
      'MEDIATION_PARTY_REFUSED',
    ]);
  });

  it('never mixes tracks: another track cannot start while one is open', () => {
    expect(startMediationProblems({ track: 'people', openTracks: ['police'], partyRefuses: false })).toEqual([
      'MEDIATION_TRACK_MIXED',
    ]);
    expect(
      startMediationProblems({ track: 'police', openTracks: ['people'], partyRefuses: false, police: CLEAN_POLICE }),
    ).toEqual(['MEDIATION_TRACK_MIXED']);
    expect(startMediationProblems({ track: 'people', openTracks: ['people'], partyRefuses: false })).toEqual([]);
  });

  it('applies the police exclusions to the police track', () => {
    expect(
      startMediationProblems({ track: 'police', openTracks: [], partyRefuses: false, police: CLEAN_POLICE }),
    ).toEqual([]);
    expect(
      startMediationProblems({
        track: 'police',
        openTracks: [],
        partyRefuses: false,
        police: { ...CLEAN_POLICE, provocation: true },
      }),
    ).toEqual(['POLICE_MEDIATION_EXCLUDED_PROVOCATION']);
    // A refusal recorded on the mediation counts for the police track too, once.
    expect(
      startMediationProblems({ track: 'police', openTracks: [], partyRefuses: true, police: CLEAN_POLICE }),
    ).toEqual(['POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES']);
    expect(
      startMediationProblems({
        track: 'police',
        openTracks: [],
        partyRefuses: true,
        police: { ...CLEAN_POLICE, partyRefuses: true },
      }),
    ).toEqual(['POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES']);
  });

  it('treats a police mediation without its facts as having no responsible officer', () => {
    expect(startMediationProblems({ track: 'police', openTracks: [], partyRefuses: false })).toEqual([
      'POLICE_MEDIATION_OFFICER_REQUIRED',
    ]);
  });
});

describe('mediationTrackProblem', () => {
  it('property: a record fits its mediation only on the same track', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEDIATION_TRACKS), fc.constantFrom(...MEDIATION_TRACKS), (mediation, item) => {
        expect(mediationTrackProblem(mediation, item)).toBe(mediation === item ? null : 'MEDIATION_TRACK_MIXED');
      }),
    );
  });
});

describe('sessionProblems', () => {
  const base = { participantKinds: ['party', 'officer'] as const, inviteesConsented: false };

  it('allows police mediation one session and one more, no third', () => {
    expect(sessionProblems({ ...base, track: 'police', sessionsHeld: 0 })).toEqual([]);
    expect(sessionProblems({ ...base, track: 'police', sessionsHeld: 1 })).toEqual([]);
    expect(sessionProblems({ ...base, track: 'police', sessionsHeld: 2 })).toEqual(['POLICE_MEDIATION_SESSION_LIMIT']);
    expect(
      sessionProblems(
        { ...base, track: 'police', sessionsHeld: 2 },
        { ...DEFAULT_MEDIATION_SETTINGS, policeMaxSessions: 3 },
      ),
    ).toEqual([]);
  });

  it('sets no session limit on people’s mediation', () => {
    expect(sessionProblems({ ...base, track: 'people', sessionsHeld: 12 })).toEqual([]);
  });

  it('lets relatives, neighbours and experts join only with the parties’ consent (Art. 20)', () => {
    for (const kind of ['relative', 'neighbour', 'expert', 'other'] as const) {
      expect(
        sessionProblems({
          track: 'people',
          sessionsHeld: 0,
          participantKinds: ['party', kind],
          inviteesConsented: false,
        }),
      ).toEqual(['MEDIATION_INVITEE_CONSENT_REQUIRED']);
      expect(
        sessionProblems({
          track: 'people',
          sessionsHeld: 0,
          participantKinds: ['party', kind],
          inviteesConsented: true,
        }),
      ).toEqual([]);
    }
    expect(
      sessionProblems({
        track: 'people',
        sessionsHeld: 0,
        participantKinds: ['party', 'agent', 'mediator', 'cadre', 'department', 'auxiliary'],
        inviteesConsented: false,
      }),
    ).toEqual([]);
  });
});

describe('the one-month limit of people’s mediation', () => {
  // 09:00 on 10 March 2026 in Shanghai.
  const started = '2026-03-10T01:00:00Z';
  const parties = { partyIds: ['a', 'b'], extensions: [] };

  it('runs to the same day of the next month, to 24:00 Shanghai time', () => {
    expect(mediationPeriodLastDay(started, parties)).toBe('2026-04-10');
    expect(mediationPeriodProblems(started, '2026-04-10T15:59:59Z', parties)).toEqual([]);
    expect(mediationPeriodProblems(started, '2026-04-10T16:00:00Z', parties)).toEqual(['MEDIATION_PERIOD_EXCEEDED']);
  });

  it('ends on the last day of a shorter month', () => {
    expect(mediationPeriodLastDay('2026-01-31T02:00:00Z', parties)).toBe('2026-02-28');
  });

  it('is extended by an extension every party consented to', () => {
    const consents = { partyIds: ['a', 'b'], extensions: [{ until: '2026-05-10', consentedPartyIds: ['b', 'a'] }] };
    expect(mediationPeriodLastDay(started, consents)).toBe('2026-05-10');
    expect(mediationPeriodProblems(started, '2026-05-01T00:00:00Z', consents)).toEqual([]);
    expect(mediationPeriodProblems(started, '2026-05-11T00:00:00Z', consents)).toEqual(['MEDIATION_PERIOD_EXCEEDED']);
  });

  it('is not extended when one party’s consent is missing, and says so', () => {
    const consents = { partyIds: ['a', 'b'], extensions: [{ until: '2026-05-10', consentedPartyIds: ['a'] }] };
    expect(mediationPeriodLastDay(started, consents)).toBe('2026-04-10');
    expect(mediationPeriodProblems(started, '2026-04-20T00:00:00Z', consents)).toEqual([
      'MEDIATION_PERIOD_EXCEEDED',
      'MEDIATION_EXTENSION_CONSENT_MISSING',
    ]);
    // Past the unconsented extension too, only the period is reported.
    expect(mediationPeriodProblems(started, '2026-06-01T00:00:00Z', consents)).toEqual(['MEDIATION_PERIOD_EXCEEDED']);
  });

  it('needs the consent of every party, however many', () => {
    const three = { partyIds: ['a', 'b', 'c'], extensions: [{ until: '2026-05-10', consentedPartyIds: ['a', 'b'] }] };
    expect(mediationPeriodLastDay(started, three)).toBe('2026-04-10');
    const nobody = { partyIds: [], extensions: [{ until: '2026-05-10', consentedPartyIds: [] }] };
    expect(mediationPeriodLastDay(started, nobody)).toBe('2026-04-10');
  });

  it('chains extensions and never shortens the month', () => {
    const consents = {
      partyIds: ['a', 'b'],
      extensions: [
        { until: '2026-05-10', consentedPartyIds: ['a', 'b'] },
        { until: '2026-06-10', consentedPartyIds: ['a', 'b'] },
        { until: '2026-03-20', consentedPartyIds: ['a', 'b'] },
      ],
    };
    expect(mediationPeriodLastDay(started, consents)).toBe('2026-06-10');
  });

  it('takes the length from the settings', () => {
    const settings = { ...DEFAULT_MEDIATION_SETTINGS, peopleMediationMonths: 2 };
    expect(mediationPeriodLastDay(started, parties, settings)).toBe('2026-05-10');
  });
});

describe('Art. 25: reporting to the police', () => {
  const calm: EscalationFacts = {
    threats: false,
    weapons: false,
    domesticViolence: false,
    violenceOccurred: false,
    mediatorJudgesMayEscalate: false,
  };

  it('is required when any fact says the dispute may escalate', () => {
    expect(mustReportToPolice(calm)).toBe(false);
    for (const fact of Object.keys(calm) as (keyof EscalationFacts)[]) {
      expect(mustReportToPolice({ ...calm, [fact]: true })).toBe(true);
    }
  });

  it('refuses to go on until the report is recorded', () => {
    expect(policeReportProblems({ ...calm, weapons: true }, false)).toEqual(['POLICE_REPORT_REQUIRED']);
    expect(policeReportProblems({ ...calm, weapons: true }, true)).toEqual([]);
    expect(policeReportProblems(calm, false)).toEqual([]);
  });
});

describe('Art. 26: terminating a mediation', () => {
  it('needs a reason and a record that the other routes were explained', () => {
    expect(terminationProblems({ reason: '双方分歧过大', otherRoutesExplained: true })).toEqual([]);
    expect(terminationProblems({ reason: '双方分歧过大', otherRoutesExplained: false })).toEqual([
      'TERMINATION_ROUTES_NOT_EXPLAINED',
    ]);
    expect(terminationProblems({})).toEqual(['REASON_REQUIRED', 'TERMINATION_ROUTES_NOT_EXPLAINED']);
    expect(terminationProblems({ reason: '  ', otherRoutesExplained: null })).toEqual([
      'REASON_REQUIRED',
      'TERMINATION_ROUTES_NOT_EXPLAINED',
    ]);
  });
});

describe('error catalogue', () => {
  it('has every mediation code in both languages', () => {
    for (const code of MEDIATION_PROBLEMS) {
      expect(ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(ERRORS[code].zh).not.toBe('');
      expect(ERRORS[code].en).not.toBe('');
    }
  });
});
