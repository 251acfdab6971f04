import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countRecentIncidents,
  DEFAULT_RISK_SETTINGS,
  evaluateRisk,
  RED_FLAG_CODES,
  type RiskFacts,
  riskAlertNeeded,
} from './dispute-risk';

// Noon on 15 March 2026 in Shanghai.
const NOW = '2026-03-15T04:00:00Z';

const CALM: RiskFacts = {
  threats: false,
  repeatIncidents: 0,
  weapons: false,
  domesticViolence: false,
  severeMentalDisorder: false,
  grievanceStartedOn: null,
  peopleInvolved: 2,
};

const codes = (facts: Partial<RiskFacts>) => evaluateRisk({ ...CALM, ...facts }, NOW).reasons.map((r) => r.code);

describe('evaluateRisk: red flags', () => {
  it('is green with no reasons for a calm two-party dispute', () => {
    expect(evaluateRisk(CALM, NOW)).toEqual({ grade: 'green', reasons: [], grievanceYears: null });
  });

  it('turns red on threats of revenge', () => {
    const risk = evaluateRisk({ ...CALM, threats: true }, NOW);
    expect(risk.grade).toBe('red');
    expect(risk.reasons).toEqual([
      { code: 'THREATS', zh: '扬言报复或“以命相拼”', en: 'Threats of revenge or violence' },
    ]);
  });

  it('turns red on weapons, domestic violence and a severe mental disorder', () => {
    expect(evaluateRisk({ ...CALM, weapons: true }, NOW).grade).toBe('red');
    expect(codes({ weapons: true })).toEqual(['WEAPONS']);
    expect(evaluateRisk({ ...CALM, domesticViolence: true }, NOW).grade).toBe('red');
    expect(codes({ domesticViolence: true })).toEqual(['DOMESTIC_VIOLENCE']);
    expect(evaluateRisk({ ...CALM, severeMentalDisorder: true }, NOW).grade).toBe('red');
    expect(codes({ severeMentalDisorder: true })).toEqual(['SEVERE_MENTAL_DISORDER']);
  });

  it('turns red on the second incident about the same parties or address', () => {
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1 }, NOW).grade).toBe('yellow');
    const risk = evaluateRisk({ ...CALM, repeatIncidents: 2 }, NOW);
    expect(risk.grade).toBe('red');
    expect(risk.reasons).toEqual([
      { code: 'REPEAT_INCIDENTS', zh: '反复警情2次', en: '2 incidents about the same parties or address' },
    ]);
  });

  it('names the incidents behind the count when their numbers are known', () => {
    const numbers = ['JQ2026-0001', 'JQ2026-0007'];
    expect(evaluateRisk({ ...CALM, repeatIncidents: 2, repeatIncidentNumbers: numbers }, NOW).reasons).toEqual([
      {
        code: 'REPEAT_INCIDENTS',
        zh: '反复警情2次：JQ2026-0001、JQ2026-0007',
        en: '2 incidents about the same parties or address: JQ2026-0001, JQ2026-0007',
      },
    ]);
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1, repeatIncidentNumbers: ['JQ2026-0001'] }, NOW).reasons).toEqual([
      { code: 'INCIDENT_REPORTED', zh: '已有警情1次：JQ2026-0001', en: '1 police incident already: JQ2026-0001' },
    ]);
  });

  it('flags a grievance of 6 years as "积怨6年"', () => {
    const risk = evaluateRisk({ ...CALM, grievanceStartedOn: '2020-03-01' }, NOW);
    expect(risk.grade).toBe('red');
    expect(risk.grievanceYears).toBe(6);
    expect(risk.reasons).toEqual([{ code: 'GRIEVANCE', zh: '积怨6年', en: 'Grievance of 6 years' }]);
  });

  it('counts the grievance in completed years on the Shanghai calendar', () => {
    // One year to the day is a year; the day before is not.
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2025-03-15' }, NOW)).toMatchObject({
      grade: 'red',
      grievanceYears: 1,
      reasons: [{ code: 'GRIEVANCE', zh: '积怨1年', en: 'Grievance of 1 year' }],
    });
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2025-03-16' }, NOW)).toMatchObject({
      grade: 'yellow',
      grievanceYears: 0,
    });
    // 16:30 UTC on 15 March is already the 16th in Shanghai.
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2025-03-16' }, '2026-03-15T16:30:00Z').grievanceYears).toBe(1);
  });

  it('reports the three older-than-ten-year grievances of the story', () => {
    for (const started of ['2012-05-01', '2010-11-20', '2015-01-01']) {
      const risk = evaluateRisk({ ...CALM, grievanceStartedOn: started }, NOW);
      expect(risk.grade).toBe('red');
      expect(risk.grievanceYears).toBeGreaterThanOrEqual(11);
      expect(risk.reasons[0]!.zh).toBe(`积怨${risk.grievanceYears}年`);
    }
  });

  it('ignores a grievance that starts in the future', () => {
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2027-01-01' }, NOW)).toEqual({
      grade: 'green',
      reasons: [],
      grievanceYears: 0,
    });
  });

  it('turns red on a group dispute of 10 or more people', () => {
    expect(evaluateRisk({ ...CALM, peopleInvolved: 9 }, NOW).grade).toBe('yellow');
    const risk = evaluateRisk({ ...CALM, peopleInvolved: 10 }, NOW);
    expect(risk.grade).toBe('red');
    expect(risk.reasons).toEqual([
      { code: 'GROUP_DISPUTE', zh: '群体性纠纷（10人）', en: 'Group dispute (10 people)' },
    ]);
  });

  it('lists every red flag that applies, in a stable order', () => {
    expect(
      codes({
        peopleInvolved: 12,
        grievanceStartedOn: '2019-01-01',
        severeMentalDisorder: true,
        domesticViolence: true,
        weapons: true,
        repeatIncidents: 3,
        threats: true,
      }),
    ).toEqual([
      'THREATS',
      'REPEAT_INCIDENTS',
      'WEAPONS',
      'DOMESTIC_VIOLENCE',
      'SEVERE_MENTAL_DISORDER',
      'GRIEVANCE',
      'GROUP_DISPUTE',
    ]);
  });

  it('shows the warning signs beside a red flag too', () => {
    expect(codes({ threats: true, peopleInvolved: 6 })).toEqual(['THREATS', 'SEVERAL_PEOPLE']);
  });

  it('takes its thresholds from the settings', () => {
    const strict = { ...DEFAULT_RISK_SETTINGS, redRepeatIncidents: 3, redGrievanceYears: 5, redPeopleInvolved: 20 };
    expect(evaluateRisk({ ...CALM, repeatIncidents: 2 }, NOW, strict).grade).toBe('yellow');
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2022-01-01' }, NOW, strict).grade).toBe('yellow');
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2020-01-01' }, NOW, strict).grade).toBe('red');
    expect(evaluateRisk({ ...CALM, peopleInvolved: 15 }, NOW, strict).grade).toBe('yellow');
  });
});

describe('evaluateRisk: orange, yellow and green', () => {
  it('scores one point per warning sign: one incident, a grievance of 6 months, 5 people', () => {
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1 }, NOW).reasons).toEqual([
      { code: 'INCIDENT_REPORTED', zh: '已有警情1次', en: '1 police incident already' },
    ]);
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2025-09-15' }, NOW)).toEqual({
      grade: 'yellow',
      reasons: [{ code: 'GRIEVANCE_BUILDING', zh: '积怨6个月', en: 'Grievance of 6 months' }],
      grievanceYears: 0,
    });
    expect(evaluateRisk({ ...CALM, grievanceStartedOn: '2025-09-16' }, NOW).grade).toBe('green');
    expect(evaluateRisk({ ...CALM, peopleInvolved: 5 }, NOW).reasons).toEqual([
      { code: 'SEVERAL_PEOPLE', zh: '涉及5人', en: '5 people involved' },
    ]);
    expect(evaluateRisk({ ...CALM, peopleInvolved: 4 }, NOW).grade).toBe('green');
  });

  it('is orange with two signs or more', () => {
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1, peopleInvolved: 6 }, NOW).grade).toBe('orange');
    expect(
      evaluateRisk({ ...CALM, repeatIncidents: 1, peopleInvolved: 6, grievanceStartedOn: '2025-08-01' }, NOW).grade,
    ).toBe('orange');
  });

  it('takes the score lines from the settings', () => {
    const settings = { ...DEFAULT_RISK_SETTINGS, orangeScore: 3, yellowScore: 2 };
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1 }, NOW, settings).grade).toBe('green');
    expect(evaluateRisk({ ...CALM, repeatIncidents: 1, peopleInvolved: 6 }, NOW, settings).grade).toBe('yellow');
  });

  it('property: red exactly when a red flag is among the reasons; otherwise the grade follows the score', () => {
    const facts = fc.record({
      threats: fc.boolean(),
      repeatIncidents: fc.nat(5),
      weapons: fc.boolean(),
      domesticViolence: fc.boolean(),
      severeMentalDisorder: fc.boolean(),
      grievanceStartedOn: fc.option(
        fc
          .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      ),
      peopleInvolved: fc.integer({ min: 1, max: 40 }),
    });
    const redCodes = new Set<string>(RED_FLAG_CODES);
    fc.assert(
      fc.property(facts, (f) => {
        const risk = evaluateRisk(f, NOW);
        const red = risk.reasons.filter((reason) => redCodes.has(reason.code)).length;
        const signs = risk.reasons.length - red;
        if (red > 0) expect(risk.grade).toBe('red');
        else expect(risk.grade).toBe(signs >= 2 ? 'orange' : signs === 1 ? 'yellow' : 'green');
        // Adding a threat can only make it red.
        expect(evaluateRisk({ ...f, threats: true }, NOW).grade).toBe('red');
      }),
    );
  });
});

describe('countRecentIncidents', () => {
  it('counts incidents within the last 180 days, up to now', () => {
    const times = [
      '2026-03-15T03:59:59Z',
      '2026-03-15T04:00:00Z',
      '2026-03-15T04:00:01Z',
      '2025-09-17T04:00:01Z',
      '2025-09-16T04:00:00Z',
      '2024-01-01T00:00:00Z',
    ];
    expect(countRecentIncidents(times, NOW)).toBe(3);
    expect(countRecentIncidents([], NOW)).toBe(0);
  });

  it('uses the window from the settings', () => {
    const times = ['2026-03-01T00:00:00Z', '2026-01-01T00:00:00Z'];
    expect(countRecentIncidents(times, NOW, { ...DEFAULT_RISK_SETTINGS, repeatWindowDays: 30 })).toBe(1);
    expect(countRecentIncidents(times, NOW, { ...DEFAULT_RISK_SETTINGS, repeatWindowDays: 365 })).toBe(2);
  });
});

describe('riskAlertNeeded', () => {
  it('alerts when a case turns red, not while it stays red', () => {
    expect(riskAlertNeeded(null, 'red')).toBe(true);
    expect(riskAlertNeeded('orange', 'red')).toBe(true);
    expect(riskAlertNeeded('red', 'red')).toBe(false);
    expect(riskAlertNeeded('green', 'orange')).toBe(false);
    expect(riskAlertNeeded('red', 'yellow')).toBe(false);
  });
});
