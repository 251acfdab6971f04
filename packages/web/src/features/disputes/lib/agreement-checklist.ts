import type { AgreementItemCode, AgreementRecord, MissingAgreementItem } from '@fengqiao/domain';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import type { AgreementFormValues } from './agreement-form';
import { PARTY_ITEM_FIELDS, type PartyField } from './party-form';

/** Where a missing item is filled in: a party's edit form, or the agreement editor (text or signatures). */
export type ChecklistTarget =
  | { kind: 'party'; partyId: string; field: PartyField }
  | { kind: 'agreement'; field: keyof AgreementFormValues };

export type ChecklistEntry =
  | { kind: 'item'; key: string; item: MissingAgreementItem; target: ChecklistTarget | null }
  | { kind: 'partySignature'; key: string; partyName: string; target: ChecklistTarget }
  | { kind: 'mediatorSignature' | 'committeeSeal'; key: string; target: ChecklistTarget };

const AGREEMENT_ITEM_FIELDS: Partial<Record<AgreementItemCode, keyof AgreementFormValues>> = {
  FACTS: 'facts',
  DISPUTED_MATTERS: 'disputedMatters',
  RESPONSIBILITIES: 'responsibilities',
  TERMS: 'terms',
  PERFORMANCE_MANNER: 'performanceManner',
  PERFORMANCE_PLACE: 'performancePlace',
  PERFORMANCE_DEADLINE: 'performanceDeadline',
};

function itemTarget(item: MissingAgreementItem, agreement: AgreementRecord): ChecklistTarget | null {
  const agreementField = AGREEMENT_ITEM_FIELDS[item.code];
  if (agreementField) return { kind: 'agreement', field: agreementField };
  const partyField = PARTY_ITEM_FIELDS[item.code];
  const party = item.partyIndex === null ? undefined : agreement.parties[item.partyIndex];
  // 双方当事人 (fewer than two parties) is fixed when the agreement is drawn up, not by any one field.
  return partyField && party ? { kind: 'party', partyId: party.id, field: partyField } : null;
}

/**
 * Everything a written draft still needs before 确认生效: the Art. 29 items the server lists, then each signature
 * and seal not yet given, each with the field that fills it. Empty exactly when the server would mark it effective.
 */
export function agreementChecklist(agreement: AgreementRecord): ChecklistEntry[] {
  if (agreement.kind !== 'written' || agreement.status === 'effective') return [];
  const entries: ChecklistEntry[] = agreement.missingItems.map((item) => ({
    kind: 'item',
    key: `${item.code}-${item.partyIndex ?? ''}`,
    item,
    target: itemTarget(item, agreement),
  }));
  for (const party of agreement.parties) {
    const signature = agreement.signatures.find((s) => s.partyId === party.id);
    if (!signature?.method || !signature.at) {
      entries.push({
        kind: 'partySignature',
        key: `signature-${party.id}`,
        partyName: party.name,
        target: { kind: 'agreement', field: 'signedPartyIds' },
      });
    }
  }
  if (!agreement.mediatorSignedAt) {
    entries.push({
      kind: 'mediatorSignature',
      key: 'mediator',
      target: { kind: 'agreement', field: 'mediatorSigned' },
    });
  }
  if (!agreement.committeeSealedAt) {
    entries.push({ kind: 'committeeSeal', key: 'seal', target: { kind: 'agreement', field: 'committeeSealed' } });
  }
  return entries;
}

/**
 * How an agreement is named where it has no number yet: only an oral agreement is 口头协议. A written draft is a
 * draft until it takes effect, and police and administrative agreements are numbered by their own bodies.
 */
export function unnumberedAgreementKey(agreement: Pick<AgreementRecord, 'kind' | 'status'>): MessageKey {
  if (agreement.kind === 'oral') return 'disputes.oral';
  return agreement.status === 'effective' ? 'agreement.written' : 'agreement.draft';
}
