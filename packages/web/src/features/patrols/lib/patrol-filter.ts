import { isCalendarDate, PATROL_FINDING_KINDS, type PatrolFindingKind, shanghaiDate } from '@fengqiao/domain';

/**
 * The patrol log's filters, exactly the query the server accepts (minus paging): the team, the nights from and to
 * (Shanghai days a shift began), and what was found. A filter on findings lists the written logs only, since a
 * night without a log has found nothing yet.
 */
export interface PatrolLogFilter {
  teamId?: string;
  from?: string;
  to?: string;
  finding?: PatrolFindingKind;
}

const KEYS = ['teamId', 'from', 'to', 'finding'] as const;

/** The filter lives in the URL, so a link to a night or a team's log can be shared and the back button keeps it. */
export function readPatrolLogFilter(params: URLSearchParams): PatrolLogFilter {
  const filter: PatrolLogFilter = {};
  const teamId = params.get('teamId')?.trim();
  if (teamId) filter.teamId = teamId;
  for (const key of ['from', 'to'] as const) {
    const day = params.get(key);
    if (day && isCalendarDate(day)) filter[key] = day;
  }
  const finding = PATROL_FINDING_KINDS.find((kind) => kind === params.get('finding'));
  if (finding) filter.finding = finding;
  return filter;
}

export function writePatrolLogFilter(filter: PatrolLogFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filter with some fields changed; a cleared field (undefined) is dropped. */
export function patchPatrolLogFilter(filter: PatrolLogFilter, patch: Partial<PatrolLogFilter>): PatrolLogFilter {
  const next: PatrolLogFilter = { ...filter, ...patch };
  for (const key of KEYS) if (!next[key]) delete next[key];
  return next;
}

/** The rota list takes no finding; the log list takes them all. */
export function shiftQueryOf(filter: PatrolLogFilter): Omit<PatrolLogFilter, 'finding'> {
  const { finding: _finding, ...rest } = filter;
  return rest;
}

/**
 * The log shows the nights patrolled, up to tonight: the rota weeks ahead belong to the team's page. Without an end
 * day the list ends at today's Shanghai day, unless the reader starts it later on purpose.
 */
export function nightsQueryOf(filter: PatrolLogFilter, now: Date = new Date()): Omit<PatrolLogFilter, 'finding'> {
  const query = shiftQueryOf(filter);
  const today = shanghaiDate(now);
  if (query.to || (query.from && query.from > today)) return query;
  return { ...query, to: today };
}
