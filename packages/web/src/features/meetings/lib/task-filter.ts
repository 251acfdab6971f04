/** The task list's filters, exactly the list query the server accepts (minus paging). */
export interface TaskFilter {
  /** Tasks the caller owns (as a person or through their department). */
  mine?: boolean;
  open?: boolean;
  overdue?: boolean;
  dueSoon?: boolean;
  villageId?: string;
  meetingId?: string;
}

const FLAGS = ['mine', 'open', 'overdue', 'dueSoon'] as const;
const IDS = ['villageId', 'meetingId'] as const;

/**
 * The filter lives in the URL: the dashboard's and home page's drill links open `/tasks?overdue=true…`, and a
 * reload or the back button keeps what was chosen. Anything else in the address is ignored.
 */
export function readTaskFilter(params: URLSearchParams): TaskFilter {
  const filter: TaskFilter = {};
  for (const key of FLAGS) if (params.get(key) === 'true') filter[key] = true;
  for (const key of IDS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export function writeTaskFilter(filter: TaskFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FLAGS) if (filter[key]) params.set(key, 'true');
  for (const key of IDS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The filter with some fields changed; a cleared field (false, empty or undefined) is dropped. */
export function patchTaskFilter(filter: TaskFilter, patch: Partial<TaskFilter>): TaskFilter {
  return readTaskFilter(writeTaskFilter({ ...filter, ...patch }));
}
