/**
 * Mediation agreements (domain.md §3; People's Mediation Law Arts. 28–33): what a written agreement (调解协议书)
 * must hold, when it takes effect, the judicial-confirmation window, copies, and the two human numbers: the
 * agreement number `（2026）马人调字第12号` and the dispute's one-case-one-code number.
 * Dates are `YYYY-MM-DD` days on the Shanghai calendar; a signature time may be given as a day or an instant.
 */
import type { ErrorCode } from '../shared/errors';
import { addDays, type Instant, shanghaiDate, toCalendarDate } from '../shared/shanghai-time';
import type { Label, MediationTrack, SignatureMethod } from './dispute-dictionaries';
import { type RecordedTime, type RecordTimeProblem, recordTimeProblems } from './record-times';

/** A party as the agreement describes them (Art. 29). Anything may still be missing in a draft. */
export interface AgreementPartyDraft {
  name?: string | null;
  sex?: string | null;
  ethnicity?: string | null;
  age?: number | null;
  idNumber?: string | null;
  occupation?: string | null;
  address?: string | null;
  phone?: string | null;
  /** Optional: only when a party has one. */
  agent?: string | null;
}

export interface AgreementDraft {
  parties: readonly AgreementPartyDraft[];
  facts?: string | null;
  disputedMatters?: string | null;
  responsibilities?: string | null;
  terms?: string | null;
  performanceManner?: string | null;
  performancePlace?: string | null;
  performanceDeadline?: string | null;
}

export const AGREEMENT_ITEM_CODES = [
  'PARTIES',
  'PARTY_NAME',
  'PARTY_SEX',
  'PARTY_ETHNICITY',
  'PARTY_AGE_OR_ID_NUMBER',
  'PARTY_OCCUPATION',
  'PARTY_ADDRESS',
  'PARTY_PHONE',
  'FACTS',
  'DISPUTED_MATTERS',
  'RESPONSIBILITIES',
  'TERMS',
  'PERFORMANCE_MANNER',
  'PERFORMANCE_PLACE',
  'PERFORMANCE_DEADLINE',
] as const;
export type AgreementItemCode = (typeof AGREEMENT_ITEM_CODES)[number];

export const AGREEMENT_ITEM_LABELS: Record<AgreementItemCode, Label> = {
  PARTIES: { zh: '双方当事人', en: 'Both parties' },
  PARTY_NAME: { zh: '姓名', en: 'name' },
  PARTY_SEX: { zh: '性别', en: 'sex' },
  PARTY_ETHNICITY: { zh: '民族', en: 'ethnicity' },
  PARTY_AGE_OR_ID_NUMBER: { zh: '年龄或身份证号码', en: 'age or ID number' },
  PARTY_OCCUPATION: { zh: '职业', en: 'occupation' },
  PARTY_ADDRESS: { zh: '住址', en: 'address' },
  PARTY_PHONE: { zh: '联系电话', en: 'phone' },
  FACTS: { zh: '纠纷主要事实', en: 'Main facts of the dispute' },
  DISPUTED_MATTERS: { zh: '争议事项', en: 'Matters in dispute' },
  RESPONSIBILITIES: { zh: '各方当事人的责任', en: "Each party's responsibility" },
  TERMS: { zh: '协议内容', en: 'Agreed terms' },
  PERFORMANCE_MANNER: { zh: '履行方式', en: 'Manner of performance' },
  PERFORMANCE_PLACE: { zh: '履行地点', en: 'Place of performance' },
  PERFORMANCE_DEADLINE: { zh: '履行期限', en: 'Deadline for performance' },
};

export interface MissingAgreementItem {
  code: AgreementItemCode;
  /** Which party (0-based, in the order given) for party items; null for the agreement's own items. */
  partyIndex: number | null;
  zh: string;
  en: string;
}

/**
 * Every Art. 29 item the draft still lacks, in the order the printed agreement shows them, so a print preview can
 * mark each one. Party items name the party by position ("当事人2：民族"), never by name, because these lists may
 * end up in logs. An agreement needs at least two parties; an agent is optional.
 */
export function agreementMissingItems(draft: AgreementDraft): MissingAgreementItem[] {
  const missing: MissingAgreementItem[] = [];
  if (draft.parties.length < 2) missing.push(item('PARTIES', null));
  draft.parties.forEach((party, index) => {
    if (isBlank(party.name)) missing.push(item('PARTY_NAME', index));
    if (isBlank(party.sex)) missing.push(item('PARTY_SEX', index));
    if (isBlank(party.ethnicity)) missing.push(item('PARTY_ETHNICITY', index));
    if ((party.age === null || party.age === undefined) && isBlank(party.idNumber)) {
      missing.push(item('PARTY_AGE_OR_ID_NUMBER', index));
    }
    if (isBlank(party.occupation)) missing.push(item('PARTY_OCCUPATION', index));
    if (isBlank(party.address)) missing.push(item('PARTY_ADDRESS', index));
    if (isBlank(party.phone)) missing.push(item('PARTY_PHONE', index));
  });
  const own: [AgreementItemCode, string | null | undefined][] = [
    ['FACTS', draft.facts],
    ['DISPUTED_MATTERS', draft.disputedMatters],
    ['RESPONSIBILITIES', draft.responsibilities],
    ['TERMS', draft.terms],
    ['PERFORMANCE_MANNER', draft.performanceManner],
    ['PERFORMANCE_PLACE', draft.performancePlace],
    ['PERFORMANCE_DEADLINE', draft.performanceDeadline],
  ];
  for (const [code, value] of own) if (isBlank(value)) missing.push(item(code, null));
  return missing;
}

function item(code: AgreementItemCode, partyIndex: number | null): MissingAgreementItem {
  const label = AGREEMENT_ITEM_LABELS[code];
  if (partyIndex === null) return { code, partyIndex, zh: label.zh, en: label.en };
  return { code, partyIndex, zh: `当事人${partyIndex + 1}：${label.zh}`, en: `Party ${partyIndex + 1}: ${label.en}` };
}

/** How each party, the mediator and the committee have signed; null = not yet. */
export interface AgreementSignatures {
  parties: readonly { partyId: string; method: SignatureMethod | null; at: string | null }[];
  mediatorSignedAt: string | null;
  committeeSealedAt: string | null;
}

export interface MissingSignatures {
  partyIds: string[];
  mediator: boolean;
  committeeSeal: boolean;
  /** No party is listed at all. */
  noParties: boolean;
}

/** Who still has to sign, seal or fingerprint before the agreement can take effect. */
export function missingSignatures(signatures: AgreementSignatures): MissingSignatures {
  return {
    partyIds: signatures.parties
      .filter((party) => party.method === null || isBlank(party.at))
      .map((party) => party.partyId),
    mediator: isBlank(signatures.mediatorSignedAt),
    committeeSeal: isBlank(signatures.committeeSealedAt),
    noParties: signatures.parties.length === 0,
  };
}

/**
 * The day a written agreement takes effect (Art. 29): the day the last of these happened — every party signed,
 * sealed or fingerprinted, the mediator signed, the committee's seal was applied. Null while any is missing.
 */
export function agreementEffectiveDate(signatures: AgreementSignatures): string | null {
  const missing = missingSignatures(signatures);
  if (missing.noParties || missing.partyIds.length > 0 || missing.mediator || missing.committeeSeal) return null;
  const days = [
    ...signatures.parties.map((party) => toCalendarDate(party.at!)),
    toCalendarDate(signatures.mediatorSignedAt!),
    toCalendarDate(signatures.committeeSealedAt!),
  ];
  // `YYYY-MM-DD` sorts as text in calendar order.
  return days.sort().at(-1)!;
}

/** An oral agreement takes effect the day the mediator records it (Arts. 28, 30). */
export function oralAgreementEffectiveDate(recordedAt: string | Date): string {
  return toCalendarDate(recordedAt);
}

export const AGREEMENT_PROBLEMS = [
  'AGREEMENT_ITEMS_MISSING',
  'AGREEMENT_SIGNATURES_MISSING',
] as const satisfies readonly ErrorCode[];
export type AgreementProblem = (typeof AGREEMENT_PROBLEMS)[number];

/** Why a written agreement cannot be marked effective: items missing, signatures missing, or both. */
export function agreementEffectiveProblems(draft: AgreementDraft, signatures: AgreementSignatures): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (agreementMissingItems(draft).length > 0) problems.push('AGREEMENT_ITEMS_MISSING');
  if (agreementEffectiveDate(signatures) === null) problems.push('AGREEMENT_SIGNATURES_MISSING');
  return problems;
}

/**
 * Signatures, seals and an oral agreement's recorded time have happened, and not before the mediation that led to
 * the agreement started (record-times.ts).
 */
export function agreementTimeProblems(
  times: {
    signatures?: readonly { at: string | null }[];
    mediatorSignedAt?: string | null;
    committeeSealedAt?: string | null;
    recordedAt?: string | null;
  },
  mediationStartedAt: Instant,
  now: Instant = new Date(),
): RecordTimeProblem[] {
  return recordTimeProblems(
    [
      ...(times.signatures ?? []).map((s, index): RecordedTime => [`signatures.${index}.at`, s.at]),
      ['mediatorSignedAt', times.mediatorSignedAt],
      ['committeeSealedAt', times.committeeSealedAt],
      ['recordedAt', times.recordedAt],
    ],
    { now, mediationStartedAt },
  );
}

/** Days after an agreement takes effect within which the parties may ask the court to confirm it (Art. 33). */
export const JUDICIAL_CONFIRMATION_DAYS = 30;

/**
 * The last day the parties may jointly apply for judicial confirmation: effective day + 30 (Art. 33 "自调解协议
 * 生效之日起三十日内"; as for every period, the first day is not counted, Civil Code Art. 201).
 */
export function judicialConfirmationDeadline(effectiveDate: string, days: number = JUDICIAL_CONFIRMATION_DAYS): string {
  return addDays(toCalendarDate(effectiveDate), days);
}

/**
 * Whether to remind the parties now: from `daysBefore` days before the window's last day up to that day itself,
 * counted on the Shanghai calendar. False without an effective date (nothing has started) and after the window.
 */
export function judicialReminderDue(
  effectiveDate: string | null,
  now: Instant = new Date(),
  daysBefore = 5,
  windowDays: number = JUDICIAL_CONFIRMATION_DAYS,
): boolean {
  if (effectiveDate === null) return false;
  const deadline = judicialConfirmationDeadline(effectiveDate, windowDays);
  const today = shanghaiDate(now);
  return today >= addDays(deadline, -daysBefore) && today <= deadline;
}

/** Police mediation agreements are made in three copies in the police's name (domain.md §3). */
export const POLICE_AGREEMENT_COPIES = 3;

/**
 * How many copies to print: one per party plus one for the committee (Art. 29). Police mediation makes three, or
 * one per party plus the police's own when more than two parties sign, so nobody goes without a copy.
 */
export function agreementCopies(partyCount: number, track: MediationTrack = 'people'): number {
  if (!Number.isSafeInteger(partyCount) || partyCount < 1)
    throw new RangeError('partyCount must be a whole number ≥ 1');
  return track === 'police' ? Math.max(POLICE_AGREEMENT_COPIES, partyCount + 1) : partyCount + 1;
}

/**
 * The year in an agreement's number: the year it took effect, not the year it was marked effective, so an
 * agreement signed on 31 December and entered on 2 January is numbered in the old year's register.
 */
export function agreementNumberYear(effectiveDate: string | null): number {
  if (effectiveDate === null) throw new RangeError('Only an effective agreement is numbered');
  return Number(toCalendarDate(effectiveDate).slice(0, 4));
}

export interface AgreementNumber {
  year: number;
  townShortName: string;
  seq: number;
}

const TOWN_SHORT_NAME = /^\p{Script=Han}{1,6}$/u;

/**
 * The people's mediation agreement number, `（2026）马人调字第12号`: the year in full-width parentheses, the town's
 * short name, 人调字, and the sequence within that town and year without leading zeros.
 */
export function formatAgreementNumber(year: number, townShortName: string, seq: number): string {
  assertYear(year);
  assertSeq(seq);
  if (!TOWN_SHORT_NAME.test(townShortName)) throw new RangeError('The town short name is 1–6 Chinese characters');
  return `（${year}）${townShortName}人调字第${seq}号`;
}

/** Reads an agreement number back; half-width parentheses and stray spaces (as typed on a phone) are accepted. */
export function parseAgreementNumber(text: string): AgreementNumber | null {
  const value = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /^\((\d{4})\)(\p{Script=Han}{1,6}?)人调字第(\d{1,9})号$/u.exec(value);
  if (match === null) return null;
  const seq = Number(match[3]);
  if (seq < 1) return null;
  return { year: Number(match[1]), townShortName: match[2]!, seq };
}

export interface CaseNumber {
  townCode: string;
  year: number;
  seq: number;
}

/**
 * The one-case-one-code number, unique per town and year and kept through every tier: `420626104-2026-00012`,
 * i.e. the town's 9-digit township code (GB/T 2260 county + 3-digit township: unique across counties, unaffected by
 * renaming, digits only so it is easy to read out and type on a phone keypad), the year, and a 5-digit sequence
 * (more digits past 99,999). A 12-digit town division code (ending 000) is accepted and shortened.
 */
export function formatCaseNumber(townCode: string, year: number, seq: number): string {
  assertYear(year);
  assertSeq(seq);
  return `${townCode9(townCode)}-${year}-${String(seq).padStart(5, '0')}`;
}

/** Reads a case number back, or null when it is not one. */
export function parseCaseNumber(text: string): CaseNumber | null {
  const match = /^(\d{9})-(\d{4})-(\d{5,9})$/.exec(text.normalize('NFKC').trim());
  if (match === null) return null;
  const seq = Number(match[3]);
  if (seq < 1) return null;
  return { townCode: match[1]!, year: Number(match[2]), seq };
}

function townCode9(townCode: string): string {
  if (/^\d{9}$/.test(townCode)) return townCode;
  if (/^\d{9}000$/.test(townCode)) return townCode.slice(0, 9);
  throw new RangeError('The town code is 9 digits, or a 12-digit division code ending in 000');
}

function assertYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError('The year has four digits');
}

function assertSeq(seq: number): void {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > 999_999_999) throw new RangeError('The sequence is 1 or more');
}

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}
