import type { Analysis, AnalysisKind, AnalysisPage, AnalysisState, CreateAnalysis } from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';

const PAGE_SIZE = 30;
const path = (id: string) => `/analyses/${encodeURIComponent(id)}`;

/** The server's A4 page, with its own 打印 button (and the 草稿 watermark on a draft). */
export const analysisPrintUrl = (id: string) => `${API_BASE}${path(id)}/print`;

/** The archive newest period first, one kind at a time (GET /analyses). */
export function useAnalyses(kind: AnalysisKind, state: AnalysisState | undefined) {
  const query = { kind, ...(state ? { state } : {}) };
  return useInfiniteQuery({
    queryKey: ['analyses', 'list', query],
    queryFn: ({ pageParam, signal }) =>
      apiGet<AnalysisPage>('/analyses', { ...query, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAnalysis(id: string) {
  return useQuery({
    queryKey: ['analyses', 'one', id],
    queryFn: ({ signal }) => apiGet<Analysis>(path(id), undefined, { signal }),
  });
}

/** After a change the page shows the server's answer and the lists refetch. */
function useStore() {
  const queryClient = useQueryClient();
  return async (analysis: Analysis) => {
    queryClient.setQueryData(['analyses', 'one', analysis.id], analysis);
    await queryClient.invalidateQueries({ queryKey: ['analyses', 'list'] });
  };
}

export function useCreateAnalysis() {
  const store = useStore();
  return useMutation({
    mutationFn: (body: CreateAnalysis) => apiSend<Analysis>('POST', '/analyses', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useSaveJudgement(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (judgement: string) => apiSend<Analysis>('PATCH', path(id), { judgement }),
    onSuccess: store,
  });
}

/** regenerate, sign, archive: a POST without a body. */
export function useAnalysisAction(id: string, action: 'regenerate' | 'sign' | 'archive') {
  const store = useStore();
  return useMutation({
    mutationFn: () => apiSend<Analysis>('POST', `${path(id)}/${action}`, {}, { idempotent: true }),
    onSuccess: store,
  });
}
