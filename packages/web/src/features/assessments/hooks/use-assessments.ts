import type {
  AdjustItem,
  AssessmentItem,
  AssessmentSettings,
  AssessmentSettingsView,
  ItemEvidenceView,
  Ranking,
  Scorecard,
} from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

const base = (month: string) => `/assessments/${encodeURIComponent(month)}`;
const cardPath = (month: string, personId: string) => `${base(month)}/officers/${encodeURIComponent(personId)}`;

export function useRanking(month: string) {
  return useQuery({
    queryKey: ['assessments', 'ranking', month],
    queryFn: ({ signal }) => apiGet<Ranking>(`${base(month)}/ranking`, undefined, { signal }),
  });
}

export function useScorecard(month: string, personId: string) {
  return useQuery({
    queryKey: ['assessments', 'card', month, personId],
    queryFn: ({ signal }) => apiGet<Scorecard>(cardPath(month, personId), undefined, { signal }),
  });
}

/** The caller's own scorecard (a village auxiliary officer on the phone). */
export function useMyScorecard(month: string) {
  return useQuery({
    queryKey: ['assessments', 'mine', month],
    queryFn: ({ signal }) => apiGet<Scorecard>(`${base(month)}/mine`, undefined, { signal }),
  });
}

export function useEvidence(month: string, personId: string, item: AssessmentItem | null) {
  return useQuery({
    enabled: item !== null,
    queryKey: ['assessments', 'evidence', month, personId, item],
    queryFn: ({ signal }) =>
      apiGet<ItemEvidenceView>(`${cardPath(month, personId)}/evidence/${item ?? ''}`, undefined, { signal }),
  });
}

/** After an adjustment or a sign-off the card is replaced with the server's answer and the ranking refetched. */
function useStoreCard() {
  const queryClient = useQueryClient();
  return async (card: Scorecard) => {
    queryClient.setQueryData(['assessments', 'card', card.month, card.officer.personId], card);
    await queryClient.invalidateQueries({ queryKey: ['assessments', 'ranking', card.month] });
    await queryClient.invalidateQueries({ queryKey: ['assessments', 'evidence', card.month, card.officer.personId] });
  };
}

export function useAdjust(month: string, personId: string) {
  const store = useStoreCard();
  return useMutation({
    mutationFn: (body: AdjustItem) =>
      apiSend<Scorecard>('POST', `${cardPath(month, personId)}/adjustments`, body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useSign(month: string, personId: string) {
  const store = useStoreCard();
  return useMutation({
    mutationFn: () => apiSend<Scorecard>('POST', `${cardPath(month, personId)}/sign`, {}, { idempotent: true }),
    onSuccess: store,
  });
}

export function useAssessmentSettings() {
  return useQuery({
    queryKey: ['assessments', 'settings'],
    queryFn: ({ signal }) => apiGet<AssessmentSettingsView>('/assessments/settings', undefined, { signal }),
  });
}

export function useSaveAssessmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentSettings) => apiSend<AssessmentSettingsView>('PUT', '/assessments/settings', body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['assessments', 'settings'], saved);
      await queryClient.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}
