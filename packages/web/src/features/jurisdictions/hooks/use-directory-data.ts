import type { Assignment, Duty, Organization, OrganizationKind } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../api/client';

export function useOrganizations(kind?: OrganizationKind) {
  return useQuery({
    queryKey: ['organizations', kind ?? 'all'],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: Organization[] }>('/organizations', { kind }, { signal })).items,
    staleTime: 5 * 60_000,
  });
}

export function useAssignments(filter: { jurisdictionId?: string; duty?: Duty } = {}) {
  return useQuery({
    queryKey: ['assignments', filter.jurisdictionId ?? 'all', filter.duty ?? 'all'],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: Assignment[] }>('/assignments', { ...filter }, { signal })).items,
  });
}

export interface NewAssignment {
  personId: string;
  jurisdictionId: string;
  duty: Duty;
  since?: string;
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) => apiSend<Assignment>('POST', '/assignments', body, { idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assignments'] }),
  });
}

export function useDeleteAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>('DELETE', `/assignments/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assignments'] }),
  });
}
