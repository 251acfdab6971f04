import type {
  AddPatrolMember,
  CreatedPatrolShifts,
  CreatePatrolCheckpoint,
  CreatePatrolShifts,
  CreatePatrolTeam,
  Page,
  PatrolCheckpoint,
  PatrolCheckpointCode,
  PatrolHours,
  PatrolLog,
  PatrolMember,
  PatrolSettings,
  PatrolShift,
  PatrolShiftDetail,
  PatrolTeam,
  PatrolTeamDetail,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../../api/client';
import { type QueryParams, toQueryString } from '../../../api/query-string';
import type { LogBody } from '../lib/log-form';
import type { PatrolLogFilter } from '../lib/patrol-filter';

const PAGE_SIZE = 30;

/** The nights on the rota, newest first, with the log's filters (GET /patrols/shifts). */
export function usePatrolShifts(filter: Omit<PatrolLogFilter, 'finding'>, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['patrols', 'shifts', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<PatrolShift>>('/patrols/shifts', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The written logs, for the list filtered by what was found (GET /patrols/logs). */
export function usePatrolLogs(filter: PatrolLogFilter, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: ['patrols', 'logs', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<PatrolLog>>('/patrols/logs', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One night of one team: its check-ins and its log; loaded when its row is opened. */
export function usePatrolShift(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: ['patrols', 'shift', id],
    queryFn: ({ signal }) =>
      apiGet<PatrolShiftDetail>(`/patrols/shifts/${encodeURIComponent(id ?? '')}`, undefined, { signal }),
  });
}

export function usePatrolSettings() {
  return useQuery({
    queryKey: ['patrols', 'settings'],
    queryFn: ({ signal }) => apiGet<PatrolSettings>('/patrols/settings', undefined, { signal }),
    staleTime: 10 * 60_000,
  });
}

/** Every team the caller may read, for pickers and the teams page (a town has a dozen or so). */
export function usePatrolTeams(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['patrols', 'teams'],
    queryFn: ({ signal }) => apiGet<Page<PatrolTeam>>('/patrols/teams', { limit: 200 }, { signal }),
    staleTime: 60_000,
  });
}

export function usePatrolTeam(id: string) {
  return useQuery({
    queryKey: ['patrols', 'team', id],
    queryFn: ({ signal }) =>
      apiGet<PatrolTeamDetail>(`/patrols/teams/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

/** A change to teams, members, the rota, checkpoints or logs: every patrol view is read again. */
function useRefreshPatrols() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['patrols'] });
}

export function useCreatePatrolTeam() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (body: CreatePatrolTeam) => apiSend<PatrolTeam>('POST', '/patrols/teams', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useAddPatrolMember(teamId: string) {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (body: AddPatrolMember) =>
      apiSend<PatrolMember>('POST', `/patrols/teams/${encodeURIComponent(teamId)}/members`, body, {
        idempotent: true,
      }),
    onSuccess: refresh,
  });
}

export function useRemovePatrolMember(teamId: string) {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (memberId: string) =>
      apiSend<void>('DELETE', `/patrols/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(memberId)}`),
    onSuccess: refresh,
  });
}

export function useCreatePatrolShifts() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (body: CreatePatrolShifts) =>
      apiSend<CreatedPatrolShifts>('POST', '/patrols/shifts', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useDeletePatrolShift() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>('DELETE', `/patrols/shifts/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

export function usePatrolCheckpoints(villageId: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['patrols', 'checkpoints', villageId ?? null],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<PatrolCheckpoint>>(
        '/patrols/checkpoints',
        { villageId, cursor: pageParam, limit: PAGE_SIZE },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCreatePatrolCheckpoint() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (body: CreatePatrolCheckpoint) =>
      apiSend<PatrolCheckpoint>('POST', '/patrols/checkpoints', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

export function useReissueCheckpoint() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (id: string) =>
      apiSend<PatrolCheckpoint>('POST', `/patrols/checkpoints/${encodeURIComponent(id)}/reissue`),
    onSuccess: refresh,
  });
}

/** A checkpoint's current link, asked for only when someone opens it. */
export function useCheckpointCode(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: ['patrols', 'code', id],
    queryFn: ({ signal }) =>
      apiGet<PatrolCheckpointCode>(`/patrols/checkpoints/${encodeURIComponent(id ?? '')}/code`, undefined, {
        signal,
      }),
  });
}

export function usePatrolHours(query: { month?: string; year?: string; teamId?: string }) {
  return useQuery({
    queryKey: ['patrols', 'hours', query],
    queryFn: ({ signal }) => apiGet<PatrolHours>('/patrols/hours', query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The leader's log of a night with what the team found; a hazard or an incident is created with it. */
export function useCreatePatrolLog() {
  const refresh = useRefreshPatrols();
  return useMutation({
    mutationFn: (body: LogBody) => apiSend<PatrolLog>('POST', '/patrols/logs', body, { idempotent: true }),
    onSuccess: refresh,
  });
}

/** Plain links: the browser downloads with the session cookie, and the server audits the export. */
export const patrolUrl = (path: string, query?: QueryParams) => `${API_BASE}/patrols${path}${toQueryString(query)}`;
