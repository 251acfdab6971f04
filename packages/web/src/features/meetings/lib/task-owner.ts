import type { TaskOwnerKind } from '@fengqiao/domain';

interface Account {
  userId: string | null;
  name: string;
}

interface Department {
  id: string;
  name: string;
}

/** `user:<id>` or `organization:<id>`: one Select value for either kind of owner. */
export function ownerValue(kind: TaskOwnerKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseOwner(value: string): { kind: TaskOwnerKind; id: string } | undefined {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1);
  if (at < 0 || id === '' || (kind !== 'user' && kind !== 'organization')) return undefined;
  return { kind, id };
}

/**
 * Who may own a task: the accounts among the meeting's attendees and the day's suggestions (a person on the rota
 * without an account cannot log in to work it, so is not offered), then the town's departments, each once.
 */
export function ownerOptions(
  accounts: readonly Account[],
  departments: readonly Department[],
  groups: { people: string; departments: string },
): Array<{ label: string; options: Array<{ value: string; label: string }> }> {
  const people = new Map<string, string>();
  for (const account of accounts)
    if (account.userId && !people.has(account.userId)) people.set(account.userId, account.name);
  return [
    {
      label: groups.people,
      options: [...people].map(([id, name]) => ({ value: ownerValue('user', id), label: name })),
    },
    {
      label: groups.departments,
      options: departments.map((org) => ({ value: ownerValue('organization', org.id), label: org.name })),
    },
  ].filter((group) => group.options.length > 0);
}
