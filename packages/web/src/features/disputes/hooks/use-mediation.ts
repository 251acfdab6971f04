import type {
  Agreement,
  AgreementBody,
  AgreementRecord,
  CreateSession,
  FollowUp,
  FollowUpVisit,
  Mediation,
  MediationSession,
  StartMediation,
} from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';
import { draftTextOf } from '../lib/agreement-form';

/*
 * The mediation part of a case: mediations, sessions, agreements and follow-up visits. Every path the screens use
 * is written here and nowhere else, so matching the server's routes is a change to this one file.
 */
const disputePath = (id: string) => `/disputes/${encodeURIComponent(id)}`;

export type MediationWithSessions = Mediation & { sessions: MediationSession[] };

/** The case's mediations, each with its sessions (the server answers with a plain array). */
export function useMediations(disputeId: string) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId, 'mediations'],
    queryFn: ({ signal }) =>
      apiGet<MediationWithSessions[]>(`${disputePath(disputeId)}/mediations`, undefined, { signal }),
    retry: false,
  });
}

/** A case's agreements and follow-up visits (plain arrays, like the mediations). */
function useDisputeRecords<T>(disputeId: string, kind: 'agreements' | 'follow-ups') {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId, kind],
    queryFn: ({ signal }) => apiGet<T[]>(`${disputePath(disputeId)}/${kind}`, undefined, { signal }),
    // A missing route or record is not worth three retries on a village network.
    retry: false,
  });
}

export const useAgreements = (disputeId: string) => useDisputeRecords<AgreementRecord>(disputeId, 'agreements');
export const useFollowUps = (disputeId: string) => useDisputeRecords<FollowUp>(disputeId, 'follow-ups');

/** Any change to the mediation part may move the case (timeline, state), so the whole case is refetched. */
function useRefreshCase(disputeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['disputes', 'one', disputeId] });
}

export function useStartMediation(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: (body: StartMediation) =>
      apiSend<Mediation>('POST', `${disputePath(disputeId)}/mediations`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useRecordSession(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: ({ mediationId, body }: { mediationId: string; body: CreateSession }) =>
      apiSend<MediationSession>('POST', `/mediations/${encodeURIComponent(mediationId)}/sessions`, body, {
        idempotent: true,
      }),
    onSuccess: refresh,
  });
}

export function useSaveAgreement(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: (input: { mediationId: string; body: AgreementBody } | { agreementId: string; body: AgreementBody }) =>
      'agreementId' in input
        ? saveDraft(input.agreementId, input.body)
        : apiSend<Agreement>('POST', `/mediations/${encodeURIComponent(input.mediationId)}/agreements`, input.body, {
            idempotent: true,
          }),
    onSuccess: refresh,
  });
}

/** A recorded draft: its Art. 29 text and its signatures have separate routes, the text first. */
async function saveDraft(agreementId: string, body: AgreementBody): Promise<Agreement> {
  const path = `/agreements/${encodeURIComponent(agreementId)}`;
  await apiSend<Agreement>('PATCH', path, draftTextOf(body));
  return apiSend<Agreement>('PUT', `${path}/signatures`, signaturesOf(body));
}

function signaturesOf(body: AgreementBody) {
  if (body.kind !== 'written') return { signatures: [], mediatorSignedAt: null, committeeSealedAt: null };
  return {
    signatures: body.signatures,
    mediatorSignedAt: body.mediatorSignedAt,
    committeeSealedAt: body.committeeSealedAt,
  };
}

/** Marks a complete, fully signed written agreement effective; the server allocates its number then. */
export function useMarkEffective(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: (agreementId: string) =>
      apiSend<Agreement>('POST', `/agreements/${encodeURIComponent(agreementId)}/effective`),
    onSuccess: refresh,
  });
}

export function useRecordFollowUp(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: (body: FollowUpVisit) =>
      apiSend<FollowUp>('POST', `${disputePath(disputeId)}/follow-ups`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

/** Plain links (not fetches): the browser opens the A4 page and saves the DOCX with the session cookie. */
export const agreementPrintUrl = (id: string) => `${API_BASE}/agreements/${encodeURIComponent(id)}/print`;
export const agreementDocxUrl = (id: string) => `${API_BASE}/agreements/${encodeURIComponent(id)}/docx`;
