import type {
  AgreementRecord,
  Mediation,
  MediationExtensionBody,
  Page,
  PerformanceBody,
  TerminateMediation,
} from '@fengqiao/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';

/*
 * Attachments, the closing steps of a mediation and an agreement's performance. Like use-mediation.ts, every path
 * these screens use is written here and nowhere else.
 */
const disputePath = (id: string) => `/disputes/${encodeURIComponent(id)}`;
const mediationPath = (id: string) => `/mediations/${encodeURIComponent(id)}`;

export interface Attachment {
  id: string;
  disputeId: string;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: string;
  uploadedBy: string | null;
  actions: string[];
}

export function useAttachments(disputeId: string) {
  return useQuery({
    queryKey: ['disputes', 'one', disputeId, 'attachments'],
    queryFn: ({ signal }) => apiGet<Attachment[]>(`${disputePath(disputeId)}/attachments`, undefined, { signal }),
    retry: false,
  });
}

/** Every change here may add a timeline entry or move the case, so the whole case is refetched. */
function useRefreshCase(disputeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['disputes', 'one', disputeId] });
}

export function useUploadAttachment(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: (file: File) => apiUpload<Attachment>(`${disputePath(disputeId)}/attachments`, file, file.name),
    onSuccess: refresh,
  });
}

/** A plain link: the browser saves the file with the session cookie, and the server audits the download. */
export const attachmentDownloadUrl = (id: string) => `${API_BASE}/attachments/${encodeURIComponent(id)}/download`;

export function useExtendMediation(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: ({ mediationId, body }: { mediationId: string; body: MediationExtensionBody }) =>
      apiSend<Mediation>('POST', `${mediationPath(mediationId)}/extension`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useReportToPolice(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: ({ mediationId, note }: { mediationId: string; note: string }) =>
      apiSend<Mediation>('POST', `${mediationPath(mediationId)}/police-report`, { note }, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useTerminateMediation(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  return useMutation({
    mutationFn: ({ mediationId, body }: { mediationId: string; body: TerminateMediation }) =>
      apiSend<Mediation>('POST', `${mediationPath(mediationId)}/terminate`, body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useSetPerformance(disputeId: string) {
  const refresh = useRefreshCase(disputeId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreementId, body }: { agreementId: string; body: PerformanceBody }) =>
      apiSend<AgreementRecord>('PATCH', `/agreements/${encodeURIComponent(agreementId)}/performance`, body),
    onSuccess: async () => {
      await refresh();
      // The oral register shows the status too.
      await queryClient.invalidateQueries({ queryKey: ['agreements'] });
    },
  });
}

/** The oral agreement register (口头协议登记), across every case the user may see. */
export function useOralAgreements() {
  return useInfiniteQuery({
    queryKey: ['agreements', 'oral'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<AgreementRecord>>('/agreements', { kind: 'oral', cursor: pageParam, limit: 100 }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
