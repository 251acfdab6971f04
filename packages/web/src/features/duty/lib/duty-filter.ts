import { DUTY_TYPES, type DutyType, isCalendarDate } from '@fengqiao/domain';

/** The list's filters, exactly the query the server accepts (minus paging); `day` is one Shanghai day. */
export interface DutyFilter {
  villageId?: string;
  officerId?: string;
  day?: string;
  type?: DutyType;
}

/** The filter lives in the URL, so the calendar can link to a day and the back button keeps it. */
export function readDutyFilter(params: URLSearchParams): DutyFilter {
  const filter: DutyFilter = {};
  for (const key of ['villageId', 'officerId'] as const) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const day = params.get('day');
  if (day && isCalendarDate(day)) filter.day = day;
  const type = DUTY_TYPES.find((candidate) => candidate === params.get('type'));
  if (type) filter.type = type;
  return filter;
}

export function writeDutyFilter(filter: DutyFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['villageId', 'officerId', 'day', 'type'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filter with some fields changed; a cleared field (undefined) is dropped. */
export function patchDutyFilter(filter: DutyFilter, patch: Partial<DutyFilter>): DutyFilter {
  const next: DutyFilter = { ...filter, ...patch };
  for (const key of Object.keys(next) as (keyof DutyFilter)[]) if (!next[key]) delete next[key];
  return next;
}
