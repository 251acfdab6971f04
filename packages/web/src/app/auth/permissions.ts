import type { Permission } from '@fengqiao/domain';

export function hasPermission(user: { permissions: readonly string[] }, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

/** Record-level rule for every list: show a button only when the server listed the action for that record. */
export function can(record: { actions: readonly string[] }, action: string): boolean {
  return record.actions.includes(action);
}
