import type { Today } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';

/**
 * What the signed-in user must do today (GET /home/today). Refreshed every minute while the page is open, since
 * "due soon" turns into "overdue" and new dispatches arrive without the user doing anything.
 */
export function useToday() {
  return useQuery({
    queryKey: ['home', 'today'],
    queryFn: ({ signal }) => apiGet<Today>('/home/today', undefined, { signal }),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}
