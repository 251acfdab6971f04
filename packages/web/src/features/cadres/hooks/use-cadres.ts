import type {
  CadreCode,
  CadreRegistration,
  CadreRegistrationPlace,
  CadreRegistrationStatus,
  CreateCadreRegistration,
  Page,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';

const PAGE_SIZE = 30;

/** The village registration codes in reach, newest first (GET /cadre-codes). */
export function useCadreCodes() {
  return useInfiniteQuery({
    queryKey: ['cadres', 'codes'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<CadreCode>>('/cadre-codes', { cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The registrations in reach, newest first, optionally only one status (GET /cadre-registrations). */
export function useCadreRegistrations(status: CadreRegistrationStatus | undefined) {
  return useInfiniteQuery({
    queryKey: ['cadres', 'registrations', status ?? 'all'],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<CadreRegistration>>(
        '/cadre-registrations',
        { status, cursor: pageParam, limit: PAGE_SIZE },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useRefreshCadres() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['cadres'] });
}

export function useIssueCadreCode() {
  const refresh = useRefreshCadres();
  return useMutation({
    mutationFn: (villageId: string) => apiSend<CadreCode>('POST', '/cadre-codes', { villageId }, { idempotent: true }),
    onSuccess: () => refresh(),
  });
}

export function useRevokeCadreCode() {
  const refresh = useRefreshCadres();
  return useMutation({
    mutationFn: (id: string) => apiSend<CadreCode>('POST', `/cadre-codes/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => refresh(),
  });
}

/** The A4 sheet opens in a new tab: the browser prints it from there. */
export function cadreCodePrintUrl(id: string): string {
  return `${API_BASE}/cadre-codes/${encodeURIComponent(id)}/print`;
}

export function useDecideCadreRegistration() {
  const refresh = useRefreshCadres();
  return useMutation({
    mutationFn: ({ id, refuse }: { id: string; refuse?: { reason: string } }) =>
      refuse
        ? apiSend<CadreRegistration>('POST', `/cadre-registrations/${encodeURIComponent(id)}/refuse`, refuse)
        : apiSend<CadreRegistration>('POST', `/cadre-registrations/${encodeURIComponent(id)}/approve`),
    onSuccess: () => refresh(),
  });
}

/** Public: where a scanned code was issued (GET /cadre-registration/:code); no retry on a refused code. */
export function useCadreRegistrationPlace(code: string) {
  return useQuery({
    queryKey: ['cadre-registration', code],
    queryFn: ({ signal }) =>
      apiGet<CadreRegistrationPlace>(`/cadre-registration/${encodeURIComponent(code)}`, undefined, { signal }),
    retry: false,
  });
}

/** Sent once, not retried: the public route keeps no idempotency record, so a retry would meet its own username. */
export function useRegisterCadre() {
  return useMutation({
    mutationFn: (body: CreateCadreRegistration) =>
      apiSend<{ id: string; status: string; villageName: string }>('POST', '/cadre-registrations', body),
  });
}
