import type { AgreementBody, DisputeParty, Mediation } from '@fengqiao/domain';
import type { Dayjs } from 'dayjs';

export interface OralAgreementFormValues {
  disputeId?: string;
  mediationId?: string;
  partyIds?: string[];
  content?: string;
  recordedAt?: Dayjs;
}

/** The mediations an oral agreement can be recorded under: still open, and the server lets this user record one. */
export function recordableMediations<M extends Pick<Mediation, 'status' | 'actions'>>(mediations: readonly M[]): M[] {
  return mediations.filter(
    (mediation) => mediation.status === 'open' && mediation.actions.includes('record_agreement'),
  );
}

/** Every party agreed, usually: the form starts with all of them ticked. */
export function allPartyIds(parties: readonly Pick<DisputeParty, 'id'>[]): string[] {
  return parties.map((party) => party.id);
}

/** The request for `POST /mediations/{id}/agreements`, or null while something required is missing. */
export function toOralAgreement(
  values: OralAgreementFormValues,
  toIso: (value: Dayjs) => string,
): { mediationId: string; body: AgreementBody } | null {
  const content = values.content?.trim();
  const partyIds = values.partyIds ?? [];
  if (!values.mediationId || !content || partyIds.length === 0 || !values.recordedAt) return null;
  return {
    mediationId: values.mediationId,
    body: { kind: 'oral', partyIds, content, recordedAt: toIso(values.recordedAt) },
  };
}
