import type { UserStatus } from './account.schema';
import { isAdminRole, type Permission, type Role } from './roles';

/** What the account administration routes can do to one account, as listed in a user record's `actions`. */
export const ACCOUNT_ACTIONS = ['update', 'disable', 'enable', 'reset_password', 'set_roles', 'unlock'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export interface AccountManager {
  userId: string;
  permissions: ReadonlySet<Permission>;
}

export interface ManagedAccount {
  id: string;
  roles: readonly Role[];
}

/**
 * Who may manage whose account (三权分立, domain.md §10), whatever the account's present state.
 * - Ordinary accounts (no administrator role, or no role yet) are edited, disabled, enabled and reset by
 *   the holder of `user.manage`: the system administrator.
 * - The accounts of the three administrators are managed by the holder of `user.grant` alone: the security
 *   administrator. Otherwise the system administrator could reset the security administrator's password,
 *   log in as them and grant himself roles, or disable the auditor who watches him.
 * - Roles are granted and locks lifted by the holder of `user.grant`.
 * - Nobody changes their own roles, status or password here (one's own password: /auth/password).
 * Which accounts the caller sees at all (jurisdictions) is decided before, by the server.
 */
export function mayManageAccount(actor: AccountManager, target: ManagedAccount, action: AccountAction): boolean {
  const self = actor.userId === target.id;
  switch (action) {
    case 'update':
      return actor.permissions.has(managedBy(target));
    case 'disable':
    case 'enable':
    case 'reset_password':
      return !self && actor.permissions.has(managedBy(target));
    case 'set_roles':
    case 'unlock':
      return !self && actor.permissions.has('user.grant');
  }
}

/**
 * The actions to offer on an account: allowed, and meaningful in its present state. A pending account (a cadre's
 * self-registration) is neither enabled nor disabled here: the station decides it on the registration.
 */
export function accountActions(
  actor: AccountManager,
  target: ManagedAccount & { status: UserStatus; locked: boolean },
): AccountAction[] {
  return ACCOUNT_ACTIONS.filter((action) => {
    if (action === 'disable' && target.status !== 'active') return false;
    if (action === 'enable' && target.status !== 'disabled') return false;
    if (action === 'unlock' && !target.locked) return false;
    return mayManageAccount(actor, target, action);
  });
}

function managedBy(target: ManagedAccount): Permission {
  return target.roles.some(isAdminRole) ? 'user.grant' : 'user.manage';
}
