import type { Me } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet, setCsrfToken } from '../../api/client';

export const ME_KEY = ['me'] as const;

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await apiGet<Me>('/auth/me', undefined, signal ? { signal } : {});
  setCsrfToken(me.csrfToken);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => fetchMe(signal), retry: false, staleTime: 60_000 });
}
