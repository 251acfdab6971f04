import { HAZARD_SOURCES, HAZARD_STATES, type HazardSource, type HazardState } from '@fengqiao/domain';

/** The list's filters as the URL holds them, so a drill link or the home page opens the same list. */
export interface HazardFilter {
  state?: HazardState | undefined;
  source?: HazardSource | undefined;
  villageId?: string | undefined;
  districtId?: string | undefined;
  overdue?: boolean | undefined;
  dueSoon?: boolean | undefined;
  open?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  fixedFrom?: string | undefined;
  fixedTo?: string | undefined;
}

const TEXT_KEYS = ['villageId', 'districtId', 'from', 'to', 'fixedFrom', 'fixedTo'] as const;
const FLAG_KEYS = ['overdue', 'dueSoon', 'open'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

export function readHazardFilter(params: URLSearchParams): HazardFilter {
  const filter: HazardFilter = {
    state: oneOf(HAZARD_STATES, params.get('state')),
    source: oneOf(HAZARD_SOURCES, params.get('source')),
  };
  for (const key of TEXT_KEYS) filter[key] = params.get(key) || undefined;
  for (const key of FLAG_KEYS) filter[key] = params.get(key) === 'true' ? true : undefined;
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

export function writeHazardFilter(filter: HazardFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === false || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}
