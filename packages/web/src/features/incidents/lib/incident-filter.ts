import { INCIDENT_STATES, type IncidentState } from '@fengqiao/domain';
import type { QueryParams } from '../../../api/query-string';

/** The desk's filters: the list query the server accepts, minus paging. */
export interface IncidentFilter {
  classCode?: string;
  state?: IncidentState;
  villageId?: string;
  late?: boolean;
  dispute?: boolean;
  /** The desk works the open incidents; `all` also lists the closed ones. */
  all?: boolean;
  q?: string;
}

const TEXT_KEYS = ['classCode', 'villageId', 'q'] as const;
const FLAG_KEYS = ['late', 'dispute', 'all'] as const;
/** The URL keys the desk's own filter holds; any other list condition in the URL is a drill link's. */
export const INCIDENT_FILTER_KEYS: readonly string[] = [...TEXT_KEYS, ...FLAG_KEYS, 'state'];

/** The filter lives in the URL so a reload, a shared link and the back button keep it. */
export function readIncidentFilter(params: URLSearchParams): IncidentFilter {
  const filter: IncidentFilter = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const state = INCIDENT_STATES.find((candidate) => candidate === params.get('state'));
  if (state) filter.state = state;
  for (const key of FLAG_KEYS) if (params.get(key) === 'true') filter[key] = true;
  return filter;
}

export function writeIncidentFilter(filter: IncidentFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || value === false || value === null) continue;
    params.set(key, String(value));
  }
  return params;
}

/** Drops cleared values so an emptied box leaves nothing in the URL or the request. */
export function patchIncidentFilter(filter: IncidentFilter, patch: Partial<IncidentFilter>): IncidentFilter {
  return readIncidentFilter(writeIncidentFilter({ ...filter, ...patch }));
}

/**
 * The request: open incidents unless the desk asks for all (a state filter names what it wants, closed included).
 * A dashboard's drill link names every condition of the figure it counts, closed incidents included, so with its
 * conditions the desk adds no default of its own.
 */
export function toIncidentQuery(filter: IncidentFilter, drill: Readonly<Record<string, string>> = {}): QueryParams {
  const { all, ...rest } = filter;
  const listed = all || filter.state || Object.keys(drill).length > 0 ? rest : { ...rest, open: true };
  return { ...listed, ...drill };
}
