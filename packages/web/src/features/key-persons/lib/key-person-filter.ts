import {
  KEY_PERSON_CATEGORIES,
  KEY_PERSON_GROUPS,
  KEY_PERSON_LEVELS,
  KEY_PERSON_STATUSES,
  type KeyPersonCategory,
  type KeyPersonGroup,
  type KeyPersonLevel,
  type KeyPersonStatus,
} from '@fengqiao/domain';

/** The list's filters, kept in the URL so a filtered list can be bookmarked, shared and opened from the home page. */
export interface KeyPersonFilter {
  group?: KeyPersonGroup | undefined;
  category?: KeyPersonCategory | undefined;
  level?: KeyPersonLevel | undefined;
  villageId?: string | undefined;
  status?: KeyPersonStatus | undefined;
  overdue?: 'true' | undefined;
  mine?: 'true' | undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function readKeyPersonFilter(params: URLSearchParams): KeyPersonFilter {
  return {
    group: oneOf(KEY_PERSON_GROUPS, params.get('group')),
    category: oneOf(KEY_PERSON_CATEGORIES, params.get('category')),
    level: oneOf(KEY_PERSON_LEVELS, params.get('level')),
    villageId: params.get('villageId') || undefined,
    status: oneOf(KEY_PERSON_STATUSES, params.get('status')),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    mine: params.get('mine') === 'true' ? 'true' : undefined,
  };
}

export function writeKeyPersonFilter(filter: KeyPersonFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params;
}
