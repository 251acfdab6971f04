import {
  DISPUTE_STATES,
  DISPUTE_TIERS,
  type DisputeState,
  type DisputeTier,
  isCalendarDate,
  RISK_GRADES,
  type RiskGrade,
} from '@fengqiao/domain';

/** The board's filters, exactly the list query the server accepts (minus paging). */
export interface DisputeFilter {
  tier?: DisputeTier;
  state?: DisputeState;
  category?: string;
  risk?: RiskGrade;
  villageId?: string;
  districtId?: string;
  overdue?: boolean;
  /** Only cases still being worked (the board's figures count these). */
  open?: boolean;
  grievanceOlderThanYears?: number;
  departmentId?: string;
  q?: string;
  /** Closed on these Shanghai days (the board's closed figures). */
  closedFrom?: string;
  closedTo?: string;
  /** The board lists the most urgent first; `newest` when the user asks for the latest registrations instead. */
  order?: 'newest';
}

const TEXT_KEYS = ['category', 'villageId', 'districtId', 'departmentId', 'q'] as const;
/** The URL keys the board's own filter holds; any other list condition in the URL is a drill link's. */
export const DISPUTE_FILTER_KEYS: readonly string[] = [
  ...TEXT_KEYS,
  'tier',
  'state',
  'risk',
  'overdue',
  'open',
  'closedFrom',
  'closedTo',
  'order',
  'grievanceOlderThanYears',
];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The filter lives in the URL so a board link sent to a colleague, a reload and the back button keep it. */
export function readDisputeFilter(params: URLSearchParams): DisputeFilter {
  const filter: DisputeFilter = {};
  const tier = oneOf(DISPUTE_TIERS, params.get('tier'));
  if (tier) filter.tier = tier;
  const state = oneOf(DISPUTE_STATES, params.get('state'));
  if (state) filter.state = state;
  const risk = oneOf(RISK_GRADES, params.get('risk'));
  if (risk) filter.risk = risk;
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  if (params.get('overdue') === 'true') filter.overdue = true;
  if (params.get('open') === 'true') filter.open = true;
  for (const key of ['closedFrom', 'closedTo'] as const) {
    const day = params.get(key);
    if (day && isCalendarDate(day)) filter[key] = day;
  }
  if (params.get('order') === 'newest') filter.order = 'newest';
  const years = Number(params.get('grievanceOlderThanYears'));
  if (Number.isInteger(years) && years > 0 && years <= 100) filter.grievanceOlderThanYears = years;
  return filter;
}

export function writeDisputeFilter(filter: DisputeFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  return params;
}

/** Drops cleared values so an emptied box does not leave `q=` in the URL or the request. */
export function patchDisputeFilter(filter: DisputeFilter, patch: Partial<DisputeFilter>): DisputeFilter {
  const next: Record<string, unknown> = { ...filter, ...patch };
  for (const key of Object.keys(next)) {
    const value = next[key];
    if (value === undefined || value === '' || value === false || value === null) delete next[key];
  }
  return next as DisputeFilter;
}
