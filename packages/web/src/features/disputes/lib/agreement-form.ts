import {
  type Agreement,
  type AgreementBody,
  agreementMissingItems,
  type DisputeParty,
  type MissingAgreementItem,
  type UpdateDraftBody,
} from '@fengqiao/domain';

export interface AgreementFormValues {
  facts?: string;
  disputedMatters?: string;
  responsibilities?: string;
  terms?: string;
  performanceManner?: string;
  performancePlace?: string;
  /** YYYY-MM-DD. */
  performanceDeadline?: string;
  /** Party ids that have signed, sealed or fingerprinted. */
  signedPartyIds?: string[];
  mediatorSigned?: boolean;
  committeeSealed?: boolean;
}

export function initialAgreementValues(agreement: Agreement | undefined): AgreementFormValues {
  if (!agreement) return { signedPartyIds: [], mediatorSigned: false, committeeSealed: false };
  const values: AgreementFormValues = {
    signedPartyIds: agreement.signatures.filter((s) => s.method !== null).map((s) => s.partyId),
    mediatorSigned: agreement.mediatorSignedAt !== null,
    committeeSealed: agreement.committeeSealedAt !== null,
  };
  for (const key of TEXT_KEYS) {
    const value = agreement[key];
    if (value) values[key] = value;
  }
  return values;
}

const TEXT_KEYS = [
  'facts',
  'disputedMatters',
  'responsibilities',
  'terms',
  'performanceManner',
  'performancePlace',
  'performanceDeadline',
] as const;

/**
 * The written-agreement body. A signature ticked today is sent as today's date; one already on record keeps its
 * date, so re-saving a draft does not move the effective date.
 */
export function toAgreementBody(
  values: AgreementFormValues,
  parties: readonly Pick<DisputeParty, 'id'>[],
  today: string,
  previous?: Agreement,
): AgreementBody {
  const signedAt = (partyId: string) => previous?.signatures.find((s) => s.partyId === partyId && s.at)?.at ?? today;
  const signed = new Set(values.signedPartyIds ?? []);
  const body: AgreementBody = {
    kind: 'written',
    partyIds: parties.map((party) => party.id),
    signatures: parties.map((party) =>
      signed.has(party.id)
        ? { partyId: party.id, method: 'signature' as const, at: signedAt(party.id) }
        : { partyId: party.id, method: null, at: null },
    ),
    mediatorSignedAt: values.mediatorSigned ? (previous?.mediatorSignedAt ?? today) : null,
    committeeSealedAt: values.committeeSealed ? (previous?.committeeSealedAt ?? today) : null,
  };
  for (const key of TEXT_KEYS) {
    const value = values[key]?.trim();
    if (value) body[key] = value;
  }
  return body;
}

/**
 * The Art. 29 items still missing, computed in the browser while typing. Party details come from the case, where
 * they are masked: a masked value still counts as present, which is what the server decides with clear values.
 */
export function missingItemsOf(values: AgreementFormValues, parties: readonly DisputeParty[]): MissingAgreementItem[] {
  return agreementMissingItems({ ...values, parties });
}

const DRAFT_TEXT_KEYS = [
  'facts',
  'disputedMatters',
  'responsibilities',
  'terms',
  'performanceManner',
  'performancePlace',
] as const;

/**
 * The Art. 29 text of a draft for PATCH /agreements/:id. A text left empty is sent as '' so that clearing a field
 * in the editor clears it on the server too (the server stores '' as null); a date cannot be '' and is left out.
 */
export function draftTextOf(body: AgreementBody): UpdateDraftBody {
  if (body.kind !== 'written') return {};
  const text: UpdateDraftBody = {};
  for (const key of DRAFT_TEXT_KEYS) text[key] = body[key] ?? '';
  if (body.performanceDeadline) text.performanceDeadline = body.performanceDeadline;
  return text;
}
