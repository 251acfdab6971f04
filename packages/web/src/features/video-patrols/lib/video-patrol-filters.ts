import {
  VIDEO_PATROL_ROUND_STATES,
  VIDEO_REMINDER_STATES,
  VIDEO_REMINDER_TARGETS,
  type VideoPatrolRoundState,
  type VideoReminderState,
  type VideoReminderTarget,
} from '@fengqiao/domain';

/** The rounds list's filters as the URL holds them (the same keys as the API's list and export). */
export interface RoundFilter {
  state?: VideoPatrolRoundState | undefined;
  planId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  withFindings?: 'true' | undefined;
}

/** The reminders list's filters as the URL holds them; the home page's to-do opens `?state=pending&mine=true`. */
export interface ReminderFilter {
  state?: VideoReminderState | undefined;
  target?: VideoReminderTarget | undefined;
  villageId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  mine?: 'true' | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function day(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value !== null && DAY.test(value) ? value : undefined;
}

function compact<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as T;
}

export function readRoundFilter(params: URLSearchParams): RoundFilter {
  return compact({
    state: oneOf(VIDEO_PATROL_ROUND_STATES, params.get('state')),
    planId: params.get('planId') || undefined,
    from: day(params, 'from'),
    to: day(params, 'to'),
    withFindings: params.get('withFindings') === 'true' ? 'true' : undefined,
  });
}

export function readReminderFilter(params: URLSearchParams): ReminderFilter {
  return compact({
    state: oneOf(VIDEO_REMINDER_STATES, params.get('state')),
    target: oneOf(VIDEO_REMINDER_TARGETS, params.get('target')),
    villageId: params.get('villageId') || undefined,
    from: day(params, 'from'),
    to: day(params, 'to'),
    mine: params.get('mine') === 'true' ? 'true' : undefined,
  });
}

/** Either filter back into the URL, blanks left out, so a copied address opens the same list. */
export function writeFilter(filter: RoundFilter | ReminderFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params;
}
