import crypto from 'node:crypto';
import { maskName, type SharedDraftContent, sharedDraftCanonical } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { findAgreementRow } from '../disputes/agreements.repository';
import { listPartyRows } from '../disputes/parties.repository';

export interface SharedDraftView extends SharedDraftContent {
  updatedAt: string;
  contentHash: string;
}

/** The sha256 of a draft's canonical text, in hex: what a guest confirms. */
export function contentHashOf(content: SharedDraftContent): string {
  return crypto.createHash('sha256').update(sharedDraftCanonical(content)).digest('hex');
}

/**
 * What a room shows of a written draft of its own mediation: the Art. 29 items and the parties by role and masked
 * name, nothing else of them (no ID number, phone or address). Null when the agreement is not such a draft (another
 * case's, oral, or already marked effective).
 */
export async function sharedDraftOf(
  db: Executor,
  room: { dispute_id: string; mediation_id: string },
  agreementId: string,
): Promise<SharedDraftView | null> {
  const agreement = await findAgreementRow(db, agreementId);
  if (
    !agreement ||
    agreement.dispute_id !== room.dispute_id ||
    agreement.mediation_id !== room.mediation_id ||
    agreement.kind !== 'written' ||
    agreement.marked_effective_at !== null
  ) {
    return null;
  }
  const parties = await listPartyRows(db, [agreement.dispute_id]);
  const content: SharedDraftContent = {
    agreementId: agreement.id,
    parties: agreement.party_ids.flatMap((partyId) => {
      const party = parties.find((row) => row.id === partyId);
      return party ? [{ role: party.role, name: maskName(party.name) ?? '' }] : [];
    }),
    facts: agreement.facts,
    disputedMatters: agreement.disputed_matters,
    responsibilities: agreement.responsibilities,
    terms: agreement.terms,
    performanceManner: agreement.performance_manner,
    performancePlace: agreement.performance_place,
    performanceDeadline: agreement.performance_deadline,
  };
  return { ...content, updatedAt: agreement.updated_at, contentHash: contentHashOf(content) };
}
