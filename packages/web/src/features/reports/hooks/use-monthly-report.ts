import type { MonthlyReport } from '@fengqiao/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../api/client';

/** The report of a month for a town (`townId` null: the one town of the caller's reach). */
export function useMonthlyReport(month: string, townId: string | null) {
  return useQuery({
    queryKey: ['reports', 'monthly', month, townId],
    queryFn: ({ signal }) =>
      apiGet<MonthlyReport>('/reports/monthly', townId ? { month, townId } : { month }, { signal }),
  });
}
