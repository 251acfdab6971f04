import {
  isAdminRole,
  passwordProblems,
  ROLE_SCOPE_LEVELS,
  type RoleGrantInput,
  roleSetConflict,
  type User,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { can, inScope, requireAccess, type Scope } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import { grantView } from '../../platform/auth/auth.service';
import { deleteSessionsOfUser } from '../../platform/auth/sessions.repository';
import type { RequestContext, RoleGrant } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import {
  createUserRow,
  findUserById,
  findUserByUsername,
  listGrantsOf,
  listUserRows,
  replaceGrants,
  type UserRow,
  updateUserRow,
} from './users.repository';

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  personId?: string | undefined;
  roles?: readonly RoleGrantInput[];
  mustChangePassword?: boolean;
}

/**
 * Accounts (domain.md §10). The system administrator creates and disables accounts; the security
 * administrator grants roles and unlocks; nobody holds an administrator role together with another.
 */
export class UsersService {
  constructor(private readonly deps: Deps) {}

  /** Creates an account inside the caller's transaction. Used by the API, the CLI and the demo seed. */
  async provision(tx: Executor, ctx: RequestContext, input: NewAccount): Promise<UserRow> {
    const { config, passwords } = this.deps;
    const problems = passwordProblems(input.password, {
      minLength: config.passwordPolicy.minLength,
      minClasses: config.passwordPolicy.minClasses,
      username: input.username,
    });
    if (problems.length) throw new AppError('WEAK_PASSWORD', { problems });
    if (await findUserByUsername(tx, input.username)) throw new AppError('USERNAME_TAKEN');
    const now = nowIso();
    const row: UserRow = {
      id: newId(),
      username: input.username,
      display_name: input.displayName,
      person_id: input.personId ?? null,
      password_hash: await passwords.hash(input.password),
      password_changed_at: now,
      must_change_password: input.mustChangePassword ? 1 : 0,
      status: 'active',
      failed_logins: 0,
      locked_until: null,
      mfa_enabled: 0,
      mfa_secret_enc: null,
      mfa_pending_secret_enc: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    };
    await refuseDuplicate(createUserRow(tx, row), 'USERNAME_TAKEN');
    if (input.roles?.length) await this.checkAndReplaceGrants(tx, row.id, input.roles);
    await audit(tx, ctx, {
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      detail: { username: row.username, roles: input.roles?.map((r) => r.role) ?? [] },
    });
    return row;
  }

  async list(ctx: RequestContext, query: { q?: string | undefined; cursor?: string | undefined; limit: number }) {
    const { db } = this.deps;
    await requireAccess(db, ctx, 'user.read');
    const after = decodeCursor(query.cursor, ['string'])?.[0] as string | undefined;
    const rows = await listUserRows(db, { q: query.q, after, limit: query.limit + 1, underPaths: adminPaths(ctx) });
    const grants = await listGrantsOf(
      db,
      rows.map((r) => r.id),
    );
    return toPage(
      rows,
      query.limit,
      (row) => this.present(ctx, row, grants.get(row.id) ?? []),
      (row) => [row.username],
    );
  }

  async create(ctx: RequestContext, input: NewAccount): Promise<User> {
    const { db } = this.deps;
    await requireAccess(db, ctx, 'user.manage');
    const row = await db.transaction().execute((tx) => this.provision(tx, ctx, { ...input, mustChangePassword: true }));
    return this.present(ctx, row, []);
  }

  async update(
    ctx: RequestContext,
    id: string,
    patch: { displayName?: string | undefined; status?: 'active' | 'disabled' | undefined },
  ) {
    const { db } = this.deps;
    const { row } = await this.loadForAction(ctx, id, 'user.manage');
    if (patch.status === 'disabled' && id === ctx.actor?.userId) throw new AppError('FORBIDDEN');
    await db.transaction().execute(async (tx) => {
      await updateUserRow(tx, id, {
        ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
      });
      if (patch.status === 'disabled') await deleteSessionsOfUser(tx, id);
      await audit(tx, ctx, {
        action: 'user.update',
        targetType: 'user',
        targetId: id,
        detail: { fields: Object.keys(patch), from: row.status },
      });
    });
    return this.get(ctx, id);
  }

  async resetPassword(ctx: RequestContext, id: string, newPassword: string): Promise<void> {
    const { db, passwords, config } = this.deps;
    const { row } = await this.loadForAction(ctx, id, 'user.manage');
    const problems = passwordProblems(newPassword, {
      minLength: config.passwordPolicy.minLength,
      minClasses: config.passwordPolicy.minClasses,
      username: row.username,
    });
    if (problems.length) throw new AppError('WEAK_PASSWORD', { problems });
    const hashed = await passwords.hash(newPassword);
    await db.transaction().execute(async (tx) => {
      await updateUserRow(tx, id, {
        password_hash: hashed,
        password_changed_at: nowIso(),
        must_change_password: 1,
        failed_logins: 0,
      });
      await deleteSessionsOfUser(tx, id);
      await audit(tx, ctx, { action: 'user.password_reset', targetType: 'user', targetId: id });
    });
  }

  async setRoles(ctx: RequestContext, id: string, roles: readonly RoleGrantInput[]): Promise<User> {
    const { db } = this.deps;
    await this.loadForAction(ctx, id, 'user.grant');
    if (id === ctx.actor?.userId) throw new AppError('FORBIDDEN');
    const grantScope = await requireAccess(db, ctx, 'user.grant');
    await db.transaction().execute(async (tx) => {
      await this.checkAndReplaceGrants(tx, id, roles, grantScope);
      await deleteSessionsOfUser(tx, id);
      await audit(tx, ctx, {
        action: 'user.set_roles',
        targetType: 'user',
        targetId: id,
        detail: { roles: roles.map((r) => `${r.role}@${r.jurisdictionId}`) },
      });
    });
    return this.get(ctx, id);
  }

  async unlock(ctx: RequestContext, id: string): Promise<User> {
    const { db } = this.deps;
    await this.loadForAction(ctx, id, 'user.grant');
    await db.transaction().execute(async (tx) => {
      await updateUserRow(tx, id, { failed_logins: 0, locked_until: null });
      await audit(tx, ctx, { action: 'user.unlock', targetType: 'user', targetId: id });
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    const { row, grants } = await this.loadForAction(ctx, id, 'user.read');
    return this.present(ctx, row, grants);
  }

  /** Grants may only name jurisdictions inside the granting administrator's scope (when there is one). */
  private async checkAndReplaceGrants(
    tx: Executor,
    userId: string,
    roles: readonly RoleGrantInput[],
    grantScope?: Scope,
  ): Promise<void> {
    if (roleSetConflict(roles.map((r) => r.role))) throw new AppError('ROLE_CONFLICT');
    for (const grant of roles) {
      const j = await findJurisdiction(tx, grant.jurisdictionId);
      if (!j || (grantScope && !inScope(grantScope, { townId: j.town_id, jurisdictionId: j.id }))) {
        throw new AppError('JURISDICTION_UNKNOWN');
      }
      if (!ROLE_SCOPE_LEVELS[grant.role].includes(j.level)) throw new AppError('ROLE_SCOPE_INVALID');
    }
    await replaceGrants(tx, userId, roles);
  }

  private async loadForAction(ctx: RequestContext, id: string, permission: 'user.read' | 'user.manage' | 'user.grant') {
    const { db } = this.deps;
    await requireAccess(db, ctx, permission);
    const row = await findUserById(db, id, adminPaths(ctx));
    if (!row) throw notFound();
    const grants = (await listGrantsOf(db, [id])).get(id) ?? [];
    return { row, grants };
  }

  private present(ctx: RequestContext, row: UserRow, grants: RoleGrant[]): User {
    const actor = ctx.actor;
    const self = actor?.userId === row.id;
    const locked = row.locked_until !== null && row.locked_until > nowIso();
    const actions: string[] = [];
    if (can(actor, 'user.manage')) {
      actions.push('update', 'reset_password');
      if (!self) actions.push(row.status === 'active' ? 'disable' : 'enable');
    }
    if (can(actor, 'user.grant') && !self) {
      actions.push('set_roles');
      if (locked) actions.push('unlock');
    }
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      personId: row.person_id,
      status: row.status as User['status'],
      locked,
      mfaEnabled: row.mfa_enabled === 1,
      roles: grants.map(grantView),
      lastLoginAt: row.last_login_at,
      passwordChangedAt: row.password_changed_at,
      createdAt: row.created_at,
      actions,
    };
  }
}

/**
 * Administrators see accounts granted inside their own jurisdictions, and accounts with no grant
 * yet (created and waiting for roles).
 */
function adminPaths(ctx: RequestContext): string[] {
  return (ctx.actor?.grants ?? []).filter((g) => isAdminRole(g.role)).map((g) => g.path);
}
