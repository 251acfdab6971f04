import type { Dashboard } from '@fengqiao/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';
import { type DashboardView, dashboardQuery } from '../lib/period';

/**
 * The dashboard of a period and scope (GET /stats/dashboard). A new period or scope keeps the old figures on screen
 * until the new ones arrive, and a refresh (`refreshMs`, the 大屏) swaps them in place: nothing blanks in between.
 */
export function useDashboard(view: DashboardView, options: { refreshMs?: number } = {}) {
  const query = dashboardQuery(view);
  return useQuery({
    queryKey: ['stats', 'dashboard', query],
    queryFn: ({ signal }) => apiGet<Dashboard>('/stats/dashboard', query, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    ...(options.refreshMs ? { refetchInterval: options.refreshMs, refetchIntervalInBackground: true } : {}),
  });
}
