import { describe, expect, it } from 'vitest';
import { ACCOUNT_ACTIONS, type AccountAction, accountActions, mayManageAccount } from './account-management';
import { permissionsOf, type Role } from './roles';

function actor(id: string, role: Role) {
  return { userId: id, permissions: new Set(permissionsOf([role])) };
}
const sys = actor('sys', 'sysadmin');
const sec = actor('sec', 'secadmin');
const audit = actor('aud', 'auditor');
const chief = actor('chief', 'chief');

const ordinary = { id: 'u1', roles: ['officer'] as Role[] };
const ungranted = { id: 'u2', roles: [] as Role[] };
const admins = (['sysadmin', 'secadmin', 'auditor'] as const).map((role) => ({ id: `other-${role}`, roles: [role] }));

function allowed(who: ReturnType<typeof actor>, target: { id: string; roles: readonly Role[] }): AccountAction[] {
  return ACCOUNT_ACTIONS.filter((action) => mayManageAccount(who, target, action));
}

describe('mayManageAccount (三权分立)', () => {
  it('lets the system administrator edit, disable, enable and reset ordinary accounts, and nothing more', () => {
    for (const target of [ordinary, ungranted]) {
      expect(allowed(sys, target)).toEqual(['update', 'disable', 'enable', 'reset_password']);
    }
  });

  it('keeps the system administrator off every administrator account, his colleagues’ included', () => {
    for (const target of admins) expect(allowed(sys, target)).toEqual([]);
  });

  it('lets the security administrator alone manage the administrators’ accounts', () => {
    for (const target of admins) expect(allowed(sec, target)).toEqual(ACCOUNT_ACTIONS);
    for (const target of admins) expect(allowed(audit, target)).toEqual([]);
  });

  it('lets the security administrator grant roles and unlock ordinary accounts, but not reset or disable them', () => {
    expect(allowed(sec, ordinary)).toEqual(['set_roles', 'unlock']);
  });

  it('lets nobody change their own roles, status or password here; a display name stays editable', () => {
    expect(allowed(sec, { id: 'sec', roles: ['secadmin'] })).toEqual(['update']);
    expect(allowed(sys, { id: 'sys', roles: ['sysadmin'] })).toEqual([]);
    expect(allowed(audit, { id: 'aud', roles: ['auditor'] })).toEqual([]);
  });

  it('gives the other roles nothing', () => {
    for (const target of [ordinary, ungranted, ...admins]) expect(allowed(chief, target)).toEqual([]);
    for (const target of [ordinary, ungranted]) expect(allowed(audit, target)).toEqual([]);
  });
});

describe('accountActions', () => {
  it('offers only the allowed actions that make sense in the account’s present state', () => {
    expect(accountActions(sys, { ...ordinary, status: 'active', locked: false })).toEqual([
      'update',
      'disable',
      'reset_password',
    ]);
    expect(accountActions(sys, { ...ordinary, status: 'disabled', locked: true })).toEqual([
      'update',
      'enable',
      'reset_password',
    ]);
    expect(accountActions(sec, { ...ordinary, status: 'active', locked: false })).toEqual(['set_roles']);
    expect(accountActions(sec, { ...ordinary, status: 'active', locked: true })).toEqual(['set_roles', 'unlock']);
    const auditor = { id: 'aud', roles: ['auditor'] as Role[], status: 'active' as const, locked: false };
    expect(accountActions(sec, auditor)).toEqual(['update', 'disable', 'reset_password', 'set_roles']);
    expect(accountActions(sys, auditor)).toEqual([]);
  });

  it('neither enables nor disables a pending account: the station decides it on the cadre registration', () => {
    const pending = { id: 'c1', roles: ['village_cadre'] as Role[], status: 'pending' as const, locked: false };
    expect(accountActions(sys, pending)).toEqual(['update', 'reset_password']);
  });
});
