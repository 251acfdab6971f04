import {
  type AccountAction,
  accountActions,
  isAdminRole,
  mayManageAccount,
  passwordProblems,
  ROLE_SCOPE_LEVELS,
  type RoleGrantInput,
  roleSetConflict,
  type User,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, requireAccess, type Scope } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import { findUserByUsername, listGrantsOf, type UserRow, updateUserRow } from '../../platform/auth/accounts.repository';
import { grantView } from '../../platform/auth/auth.service';
import { deleteSessionsOfUser } from '../../platform/auth/sessions.repository';
import { type RequestContext, type RoleGrant, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { createUserRow, findUserUnder, listUserRows, replaceGrants } from './users.repository';

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  personId?: string | undefined;
  roles?: readonly RoleGrantInput[];
  mustChangePassword?: boolean;
  /** `pending`: a cadre's self-registration, active only once the station approves it. */
  status?: 'active' | 'pending';
}

/**
 * Accounts (domain.md §10). The system administrator creates accounts and manages the ordinary ones; the
 * security administrator grants roles, unlocks, and alone manages the administrators' accounts
 * (mayManageAccount in the domain); nobody holds an administrator role together with another.
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
      status: input.status ?? 'active',
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
    const actions: AccountAction[] = [];
    if (patch.displayName !== undefined) actions.push('update');
    if (patch.status !== undefined) actions.push(patch.status === 'disabled' ? 'disable' : 'enable');
    const { row } = await this.loadForAction(ctx, id, actions);
    if (row.status === 'pending' && patch.status !== undefined) throw new AppError('ACCOUNT_PENDING');
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
    const { row } = await this.loadForAction(ctx, id, ['reset_password']);
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
    await this.loadForAction(ctx, id, ['set_roles']);
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
    await this.loadForAction(ctx, id, ['unlock']);
    await db.transaction().execute(async (tx) => {
      await updateUserRow(tx, id, { failed_logins: 0, locked_until: null });
      await audit(tx, ctx, { action: 'user.unlock', targetType: 'user', targetId: id });
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    const { row, grants } = await this.loadForAction(ctx, id, []);
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

  /**
   * An account the caller may see (else NOT_FOUND, like a missing one), and may take every one of these
   * actions on (else FORBIDDEN).
   */
  private async loadForAction(ctx: RequestContext, id: string, actions: readonly AccountAction[]) {
    const { db } = this.deps;
    await requireAccess(db, ctx, 'user.read');
    const actor = requireActor(ctx);
    const row = await findUserUnder(db, id, adminPaths(ctx));
    if (!row) throw notFound();
    const grants = (await listGrantsOf(db, [id])).get(id) ?? [];
    const target = { id, roles: grants.map((g) => g.role) };
    if (!actions.every((action) => mayManageAccount(actor, target, action))) throw new AppError('FORBIDDEN');
    return { row, grants };
  }

  private present(ctx: RequestContext, row: UserRow, grants: RoleGrant[]): User {
    const locked = row.locked_until !== null && row.locked_until > nowIso();
    const status = row.status;
    const actions = ctx.actor
      ? accountActions(ctx.actor, { id: row.id, roles: grants.map((g) => g.role), status, locked })
      : [];
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      personId: row.person_id,
      status,
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
