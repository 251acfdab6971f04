/**
 * Mediation rules (domain.md §3): the People's Mediation Law (2010, "Art."), the Ministry of Justice's rules on
 * people's mediation ("MoJ rules") and police mediation of minor public-order cases. Each function answers with
 * stable error codes (empty = allowed) or a plain fact, so the server can refuse with the code and the screen can
 * explain it.
 */

import { POLICE_ROLES, type Role } from '../accounts/roles';
import type { ErrorCode } from '../shared/errors';
import { addDays, addMonths, type Instant, shanghaiDate, shanghaiDayStart, toDate } from '../shared/shanghai-time';
import type { MediationTrack, ParticipantKind } from './dispute-dictionaries';

/** Every code the mediation rules can answer with; each is in the error catalogue. */
export const MEDIATION_PROBLEMS = [
  'MEDIATION_TRACK_MIXED',
  'MEDIATION_PARTY_REFUSED',
  'MEDIATION_INVITEE_CONSENT_REQUIRED',
  'MEDIATION_PERIOD_EXCEEDED',
  'MEDIATION_EXTENSION_CONSENT_MISSING',
  'POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE',
  'POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT',
  'POLICE_MEDIATION_EXCLUDED_PROVOCATION',
  'POLICE_MEDIATION_EXCLUDED_REPEAT_OFFENDER',
  'POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES',
  'POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING',
  'POLICE_MEDIATION_OFFICER_REQUIRED',
  'POLICE_MEDIATION_SESSION_LIMIT',
  'POLICE_REPORT_REQUIRED',
  'TERMINATION_ROUTES_NOT_EXPLAINED',
  'REASON_REQUIRED',
] as const satisfies readonly ErrorCode[];
export type MediationProblem = (typeof MEDIATION_PROBLEMS)[number];

export interface MediationSettings {
  /** People's mediation should end within this many months unless every party agrees to more (MoJ rules Art. 36). */
  peopleMediationMonths: number;
  /** Police mediation: usually one session, at most one more. */
  policeMaxSessions: number;
}

export const DEFAULT_MEDIATION_SETTINGS: Readonly<MediationSettings> = {
  peopleMediationMonths: 1,
  policeMaxSessions: 2,
};

/** The facts that rule police mediation out, and the officer it must name. */
export interface PoliceMediationFacts {
  /** 雇凶伤害 */
  hiredViolence: boolean;
  /** 结伙斗殴 */
  groupFight: boolean;
  /** 寻衅滋事 */
  provocation: boolean;
  /** 多次违反治安管理 */
  repeatOffender: boolean;
  /** A party refuses police mediation. */
  partyRefuses: boolean;
  /** The parties fought again, or keep fighting, after the police stepped in. */
  keepsFighting: boolean;
  /**
   * A police officer answers for the mediation. Auxiliary officers are not law-enforcement subjects (domain.md §1):
   * they may mediate or assist, but never alone.
   */
  responsibleOfficerNamed: boolean;
}

/** Why police mediation may not be used (every exclusion that applies), empty when it may. */
export function policeMediationProblems(facts: PoliceMediationFacts): MediationProblem[] {
  const problems: MediationProblem[] = [];
  if (facts.hiredViolence) problems.push('POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE');
  if (facts.groupFight) problems.push('POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT');
  if (facts.provocation) problems.push('POLICE_MEDIATION_EXCLUDED_PROVOCATION');
  if (facts.repeatOffender) problems.push('POLICE_MEDIATION_EXCLUDED_REPEAT_OFFENDER');
  if (facts.partyRefuses) problems.push('POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES');
  if (facts.keepsFighting) problems.push('POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING');
  if (!facts.responsibleOfficerNamed) problems.push('POLICE_MEDIATION_OFFICER_REQUIRED');
  return problems;
}

// A police mediation recorded without its facts: nobody has vouched for the exclusions or named an officer.
const NO_POLICE_FACTS: PoliceMediationFacts = {
  hiredViolence: false,
  groupFight: false,
  provocation: false,
  repeatOffender: false,
  partyRefuses: false,
  keepsFighting: false,
  responsibleOfficerNamed: false,
};

export interface StartMediationFacts {
  track: MediationTrack;
  /** The tracks of mediations still open on the same dispute. */
  openTracks: readonly MediationTrack[];
  /** A party has clearly refused mediation. */
  partyRefuses: boolean;
  /** Needed for the police track; ignored otherwise. */
  police?: PoliceMediationFacts | null;
}

/**
 * Whether a mediation may start. Tracks are never mixed: while a mediation of one track is open on a dispute, a
 * mediation of another track cannot start (the first must end, by agreement or termination, before another kind of
 * body takes the case). A party who clearly refuses blocks people's and administrative mediation (Art. 17; the
 * latter is voluntary too) and police mediation (its own exclusion).
 */
export function startMediationProblems(facts: StartMediationFacts): MediationProblem[] {
  const problems: MediationProblem[] = [];
  if (facts.openTracks.some((track) => track !== facts.track)) problems.push('MEDIATION_TRACK_MIXED');
  if (facts.track === 'police') {
    const police = facts.police ?? NO_POLICE_FACTS;
    problems.push(...policeMediationProblems({ ...police, partyRefuses: police.partyRefuses || facts.partyRefuses }));
  } else if (facts.partyRefuses) {
    problems.push('MEDIATION_PARTY_REFUSED');
  }
  return problems;
}

/**
 * Whether someone working a dispute through `roles` may run a mediation of this track (start it, record its
 * sessions and agreement, end it). Police mediation is run by the police: an officer or the chief, never an
 * auxiliary officer alone (domain.md §1, §3). The other tracks: anyone who works the dispute.
 */
export function mayWorkMediationTrack(track: MediationTrack, roles: readonly Role[]): boolean {
  return track === 'police' ? roles.some((role) => POLICE_ROLES.includes(role)) : roles.length > 0;
}

/** A session, agreement or record filed under a mediation must be of that mediation's track. */
export function mediationTrackProblem(
  mediationTrack: MediationTrack,
  itemTrack: MediationTrack,
): 'MEDIATION_TRACK_MIXED' | null {
  return mediationTrack === itemTrack ? null : 'MEDIATION_TRACK_MIXED';
}

/** Participants who join only with the parties' consent (Art. 20): relatives, neighbours, experts, others. */
export const INVITEE_KINDS: readonly ParticipantKind[] = ['relative', 'neighbour', 'expert', 'other'];

export interface SessionFacts {
  track: MediationTrack;
  /** Sessions of this mediation already recorded, not counting this one. */
  sessionsHeld: number;
  participantKinds: readonly ParticipantKind[];
  /** The parties agreed to the invitees taking part (Art. 20). */
  inviteesConsented: boolean;
}

/** Whether a session may be recorded: police mediation's session limit and Art. 20's consent for invitees. */
export function sessionProblems(
  facts: SessionFacts,
  settings: MediationSettings = DEFAULT_MEDIATION_SETTINGS,
): MediationProblem[] {
  const problems: MediationProblem[] = [];
  if (facts.track === 'police' && facts.sessionsHeld >= settings.policeMaxSessions) {
    problems.push('POLICE_MEDIATION_SESSION_LIMIT');
  }
  if (!facts.inviteesConsented && facts.participantKinds.some((kind) => INVITEE_KINDS.includes(kind))) {
    problems.push('MEDIATION_INVITEE_CONSENT_REQUIRED');
  }
  return problems;
}

/** One extension of a people's mediation beyond its month, with the parties whose consent is on record. */
export interface MediationExtension {
  /** The last day (`YYYY-MM-DD`) the mediation may now run to. */
  until: string;
  consentedPartyIds: readonly string[];
}

export interface MediationConsents {
  /** Every party to the mediation; "both parties" means all of them. */
  partyIds: readonly string[];
  extensions: readonly MediationExtension[];
}

/**
 * The last day a people's mediation may run: the same day one month after it started (Civil Code Art. 201–202:
 * the first day is not counted; a month with no such day ends on its last day), or the latest `until` of an
 * extension every party consented to. An extension missing anyone's consent does not count.
 */
export function mediationPeriodLastDay(
  startedAt: Instant,
  consents: MediationConsents,
  settings: MediationSettings = DEFAULT_MEDIATION_SETTINGS,
): string {
  let last = addMonths(shanghaiDate(startedAt), settings.peopleMediationMonths);
  for (const extension of consents.extensions) {
    if (extensionConsented(extension, consents.partyIds) && extension.until > last) last = extension.until;
  }
  return last;
}

/**
 * Whether a people's mediation may go on at `now`: `MEDIATION_PERIOD_EXCEEDED` once its last day (see
 * `mediationPeriodLastDay`) has ended, with `MEDIATION_EXTENSION_CONSENT_MISSING` too when an extension covering
 * `now` exists but not every party's consent to it is recorded, so the screen can say what is missing.
 */
export function mediationPeriodProblems(
  startedAt: Instant,
  now: Instant,
  consents: MediationConsents,
  settings: MediationSettings = DEFAULT_MEDIATION_SETTINGS,
): MediationProblem[] {
  const end = shanghaiDayStart(addDays(mediationPeriodLastDay(startedAt, consents, settings), 1));
  if (toDate(now).getTime() < end.getTime()) return [];
  const today = shanghaiDate(now);
  const unconsented = consents.extensions.some(
    (extension) => extension.until >= today && !extensionConsented(extension, consents.partyIds),
  );
  return unconsented
    ? ['MEDIATION_PERIOD_EXCEEDED', 'MEDIATION_EXTENSION_CONSENT_MISSING']
    : ['MEDIATION_PERIOD_EXCEEDED'];
}

function extensionConsented(extension: MediationExtension, partyIds: readonly string[]): boolean {
  return partyIds.length > 0 && partyIds.every((id) => extension.consentedPartyIds.includes(id));
}

/** What a mediator knows that may make a dispute turn into a public-order or criminal case (Art. 25). */
export interface EscalationFacts {
  threats: boolean;
  weapons: boolean;
  domesticViolence: boolean;
  /** Someone has already been hit or hurt, or property damaged, in the dispute. */
  violenceOccurred: boolean;
  /** The mediator's own judgement that the dispute may escalate, whatever the other facts say. */
  mediatorJudgesMayEscalate: boolean;
}

/** Art. 25: the mediator must report to the police at once when any of these holds. */
export function mustReportToPolice(facts: EscalationFacts): boolean {
  return (
    facts.threats ||
    facts.weapons ||
    facts.domesticViolence ||
    facts.violenceOccurred ||
    facts.mediatorJudgesMayEscalate
  );
}

/** `POLICE_REPORT_REQUIRED` when Art. 25 applies and the report is not recorded. */
export function policeReportProblems(facts: EscalationFacts, reportedToPolice: boolean): MediationProblem[] {
  return mustReportToPolice(facts) && !reportedToPolice ? ['POLICE_REPORT_REQUIRED'] : [];
}

export interface TerminationInput {
  reason?: string | null;
  /**
   * The record shows the parties were told about the other routes: arbitration, administrative and court routes
   * (Art. 26) or, for police mediation, civil litigation beside the public-order penalty procedure.
   */
  otherRoutesExplained?: boolean | null;
}

/** Ending a mediation without agreement needs a reason and a record that the other routes were explained. */
export function terminationProblems(input: TerminationInput): MediationProblem[] {
  const problems: MediationProblem[] = [];
  if (input.reason === null || input.reason === undefined || input.reason.trim() === '') {
    problems.push('REASON_REQUIRED');
  }
  if (input.otherRoutesExplained !== true) problems.push('TERMINATION_ROUTES_NOT_EXPLAINED');
  return problems;
}
