import type { Jurisdiction } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';

export const JURISDICTIONS_KEY = ['jurisdictions'] as const;

/** The whole tree in the caller's scope; it changes rarely, so it is cached for a while and shared by every page. */
export function useJurisdictions(enabled = true) {
  return useQuery({
    queryKey: JURISDICTIONS_KEY,
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: Jurisdiction[] }>('/jurisdictions', undefined, { signal })).items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useJurisdiction(id: string) {
  return useQuery({
    queryKey: ['jurisdiction', id],
    queryFn: ({ signal }) => apiGet<Jurisdiction>(`/jurisdictions/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}
