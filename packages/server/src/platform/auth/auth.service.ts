import {
  isAdminRole,
  type LoginRequest,
  type Me,
  type Permission,
  passwordExpired,
  passwordProblems,
  permissionsOf,
} from '@fengqiao/domain';
import type { Actor, RequestContext, RoleGrant } from '../context';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { nowIso } from '../ids';
import { inUnitOfWork } from '../unit-of-work';
import {
  clearFailedLogins,
  consumeRecoveryCode,
  countFailedLogin,
  findUserById,
  findUserByUsername,
  listGrantsOf,
  replaceRecoveryCodes,
  type UserRow,
  updateUserRow,
} from './accounts.repository';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpEnrolment, totpValid } from './mfa';
import {
  createSessionRow,
  deleteOtherSessionsOfUser,
  deleteSession,
  deleteSessionsOfUser,
  findSessionWithUser,
  touchSession,
} from './sessions.repository';
import { newCsrfToken, newSessionToken, sessionIdOf } from './tokens';

export interface SessionState {
  actor: Actor;
  csrfToken: string;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  mustEnrolMfa: boolean;
}

export type SessionCheck =
  | { ok: true; state: SessionState }
  | { ok: false; code: 'UNAUTHENTICATED' | 'SESSION_EXPIRED' };

const TOUCH_EVERY_MS = 30_000;
const GRANTS_TTL_MS = 60_000;
const GRANTS_CACHE_MAX = 10_000;

export class AuthService {
  /** Verified against when the username is unknown, so response time does not reveal which usernames exist. */
  private dummyHash: Promise<string> | undefined;

  /**
   * Role grants by session id. Safe to reuse while the session row exists: granting roles,
   * disabling an account or resetting its password deletes its sessions.
   */
  private readonly grantsBySession = new Map<string, { grants: RoleGrant[]; until: number }>();

  constructor(private readonly deps: Deps) {}

  async login(ctx: RequestContext, input: LoginRequest): Promise<{ token: string; me: Me }> {
    const { db, config, passwords } = this.deps;
    const user = await findUserByUsername(db, input.username);
    if (!user) {
      this.dummyHash ??= passwords.hash(newSessionToken());
      await passwords.verify(await this.dummyHash, input.password);
      await this.loginFailed(ctx, input.username, null, 'unknown_user');
      throw new AppError('INVALID_CREDENTIALS');
    }
    const now = new Date();
    await this.refuseIfLocked(ctx, user);
    if (!(await passwords.verify(user.password_hash, input.password))) {
      await this.countFailure(ctx, user, 'bad_password');
    }
    // Only after the right password, so a pending account cannot be told from others by guessing.
    if (user.status === 'pending') {
      await this.loginFailed(ctx, user.username, user.id, 'pending');
      throw new AppError('ACCOUNT_PENDING');
    }
    if (user.status !== 'active') {
      await this.loginFailed(ctx, user.username, user.id, 'disabled');
      throw new AppError('ACCOUNT_DISABLED');
    }
    if (user.mfa_enabled) await this.checkSecondFactor(ctx, user, input);

    const token = newSessionToken();
    const sessionId = sessionIdOf(token);
    const csrfToken = newCsrfToken();
    const at = nowIso(now);
    const expires = new Date(now.getTime() + config.session.maxHours * 3_600_000).toISOString();
    const signedIn = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      // Attempts running at the same time may have locked the account since it was read: the lock wins.
      if (!(await clearFailedLogins(tx, user.id, { last_login_at: at }))) return false;
      await createSessionRow(tx, {
        id: sessionId,
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: at,
        last_seen_at: at,
        expires_at: expires,
        ip: ctx.ip,
        user_agent: null,
      });
      await uow.audit({
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
        username: user.username,
        detail: { mfa: user.mfa_enabled === 1 },
      });
      return true;
    });
    if (!signedIn) await this.refuseLocked(ctx, user, (await findUserById(db, user.id))?.locked_until ?? null);
    const state = await this.resolve(sessionId, false);
    if (!state.ok) throw new AppError('INTERNAL');
    return { token, me: this.me(state.state) };
  }

  private async checkSecondFactor(ctx: RequestContext, user: UserRow, input: LoginRequest): Promise<void> {
    if (!input.totp && !input.recoveryCode) throw new AppError('MFA_REQUIRED');
    if (input.totp) {
      const secret = user.mfa_secret_enc ? this.deps.cipher.decrypt(user.mfa_secret_enc) : '';
      if (secret && totpValid(user.username, secret, input.totp)) return;
      await this.countFailure(ctx, user, 'bad_totp', 'MFA_INVALID');
    }
    const used = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const ok = await consumeRecoveryCode(tx, user.id, hashRecoveryCode(input.recoveryCode ?? ''));
      if (ok)
        await uow.audit({
          action: 'auth.recovery_code_used',
          targetType: 'user',
          targetId: user.id,
          username: user.username,
        });
      return ok;
    });
    if (!used) await this.countFailure(ctx, user, 'bad_recovery_code', 'MFA_INVALID');
  }

  /** Counts a failed attempt (atomically, see countFailedLogin), audits it and any lock it causes, and throws. */
  private async countFailure(
    ctx: RequestContext,
    user: UserRow,
    reason: string,
    code: 'INVALID_CREDENTIALS' | 'MFA_INVALID' = 'INVALID_CREDENTIALS',
    action = 'auth.login_failed',
  ): Promise<never> {
    const { config } = this.deps;
    const now = new Date();
    const lockUntil = new Date(now.getTime() + config.lockout.minutes * 60_000).toISOString();
    const lockedUntil = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const counted = await countFailedLogin(uow.tx, user.id, {
        now: now.toISOString(),
        threshold: config.lockout.threshold,
        lockUntil,
      });
      const failures = counted?.failed_logins ?? 0;
      const locked = counted?.locked_until && counted.locked_until > now.toISOString() ? counted.locked_until : null;
      await uow.audit({
        action,
        targetType: 'user',
        targetId: user.id,
        username: user.username,
        outcome: 'failure',
        detail: { reason, failures, locked: locked !== null },
      });
      // Only the attempt that reached the threshold records the lock; later ones in flight only count.
      if (failures === config.lockout.threshold) {
        await uow.audit({
          action: 'auth.account_locked',
          targetType: 'user',
          targetId: user.id,
          username: user.username,
          detail: { until: locked },
        });
      }
      return locked;
    });
    if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', { lockedUntil });
    throw new AppError(code);
  }

  /** A lock that has not run out refuses before any password is checked. */
  private async refuseIfLocked(ctx: RequestContext, user: UserRow, action?: string): Promise<void> {
    if (user.locked_until && user.locked_until > nowIso())
      await this.refuseLocked(ctx, user, user.locked_until, action);
  }

  private async refuseLocked(
    ctx: RequestContext,
    user: UserRow,
    lockedUntil: string | null,
    action = 'auth.login_failed',
  ): Promise<never> {
    await this.loginFailed(ctx, user.username, user.id, 'locked', action);
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil });
  }

  private async loginFailed(
    ctx: RequestContext,
    username: string,
    userId: string | null,
    reason: string,
    action = 'auth.login_failed',
  ): Promise<void> {
    await inUnitOfWork(this.deps, ctx, (uow) =>
      uow.audit({
        action,
        username: username.slice(0, 64),
        outcome: 'failure',
        ...(userId ? { targetType: 'user', targetId: userId } : {}),
        detail: { reason },
      }),
    );
  }

  /** Loads and checks a session: idle and absolute expiry, account status; touches it at most every 30 s. */
  async resolve(sessionId: string, touch = true): Promise<SessionCheck> {
    const { db, config } = this.deps;
    const row = await findSessionWithUser(db, sessionId);
    if (!row) return { ok: false, code: 'UNAUTHENTICATED' };
    const now = Date.now();
    const idleLimit = Date.parse(row.last_seen_at) + config.session.idleMinutes * 60_000;
    if (now > idleLimit || now > Date.parse(row.expires_at)) {
      await deleteSession(db, sessionId);
      return { ok: false, code: 'SESSION_EXPIRED' };
    }
    if (row.status !== 'active') {
      await deleteSession(db, sessionId);
      return { ok: false, code: 'UNAUTHENTICATED' };
    }
    if (touch && now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) await touchSession(db, sessionId, nowIso());
    const grants = await this.grantsOf(sessionId, row.user_id, now);
    const actor: Actor = {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      sessionId,
      grants,
      permissions: new Set<Permission>(permissionsOf(grants.map((g) => g.role))),
    };
    const expired = passwordExpired(new Date(row.password_changed_at), new Date(now), config.passwordPolicy.maxAgeDays);
    return {
      ok: true,
      state: {
        actor,
        csrfToken: row.csrf_token,
        mfaEnabled: row.mfa_enabled === 1,
        mustChangePassword: row.must_change_password === 1 || expired,
        mustEnrolMfa: config.adminMfaRequired && row.mfa_enabled !== 1 && grants.some((g) => isAdminRole(g.role)),
      },
    };
  }

  private async grantsOf(sessionId: string, userId: string, now: number): Promise<RoleGrant[]> {
    const cached = this.grantsBySession.get(sessionId);
    if (cached && cached.until > now) return cached.grants;
    const grants = (await listGrantsOf(this.deps.db, [userId])).get(userId) ?? [];
    if (this.grantsBySession.size >= GRANTS_CACHE_MAX) this.grantsBySession.clear();
    this.grantsBySession.set(sessionId, { grants, until: now + GRANTS_TTL_MS });
    return grants;
  }

  me(state: SessionState): Me {
    return {
      id: state.actor.userId,
      username: state.actor.username,
      displayName: state.actor.displayName,
      roles: state.actor.grants.map(grantView),
      permissions: [...state.actor.permissions],
      mfaEnabled: state.mfaEnabled,
      mustChangePassword: state.mustChangePassword,
      mustEnrolMfa: state.mustEnrolMfa,
      demo: this.deps.config.demo,
      csrfToken: state.csrfToken,
    };
  }

  async logout(ctx: RequestContext, everywhere: boolean): Promise<void> {
    const actor = ctx.actor;
    if (!actor) return;
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      let ended = 1;
      if (everywhere) ended = await deleteSessionsOfUser(tx, actor.userId);
      else await deleteSession(tx, actor.sessionId);
      await uow.audit({
        action: everywhere ? 'auth.logout_all' : 'auth.logout',
        targetType: 'user',
        targetId: actor.userId,
        detail: { sessions: ended },
      });
    });
  }

  /**
   * Wrong current passwords count towards the same lockout as failed logins, so a borrowed session
   * cannot be used to guess the password. The change ends every other session of the user.
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    const { db, passwords, config } = this.deps;
    const actor = ctx.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    const user = await findUserById(db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const action = 'auth.password_change';
    await this.refuseIfLocked(ctx, user, action);
    if (!(await passwords.verify(user.password_hash, currentPassword))) {
      await this.countFailure(ctx, user, 'bad_current', 'INVALID_CREDENTIALS', action);
    }
    const problems = passwordProblems(newPassword, {
      minLength: config.passwordPolicy.minLength,
      minClasses: config.passwordPolicy.minClasses,
      username: user.username,
    });
    if (problems.length) throw new AppError('WEAK_PASSWORD', { problems });
    if (await passwords.verify(user.password_hash, newPassword)) throw new AppError('PASSWORD_REUSED');
    const hashed = await passwords.hash(newPassword);
    const changed = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const patch = { password_hash: hashed, password_changed_at: nowIso(), must_change_password: 0 };
      if (!(await clearFailedLogins(uow.tx, user.id, patch))) return false;
      const ended = await deleteOtherSessionsOfUser(uow.tx, user.id, actor.sessionId);
      await uow.audit({ action, targetType: 'user', targetId: user.id, detail: { otherSessionsEnded: ended } });
      return true;
    });
    if (!changed) await this.refuseLocked(ctx, user, (await findUserById(db, user.id))?.locked_until ?? null, action);
  }

  /** A wrong password here counts towards the login lockout, like on the change-password route. */
  async startMfaEnrolment(ctx: RequestContext, password: string) {
    const { db, cipher, passwords } = this.deps;
    const actor = ctx.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    const user = await findUserById(db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const action = 'auth.mfa_enrol_start';
    await this.refuseIfLocked(ctx, user, action);
    if (!(await passwords.verify(user.password_hash, password))) {
      await this.countFailure(ctx, user, 'bad_password', 'INVALID_CREDENTIALS', action);
    }
    if (user.mfa_enabled) throw new AppError('MFA_ALREADY_ENABLED');
    const secret = newTotpSecret();
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await updateUserRow(tx, user.id, { mfa_pending_secret_enc: cipher.encrypt(secret) });
      await uow.audit({ action: 'auth.mfa_enrol_start', targetType: 'user', targetId: user.id });
    });
    return totpEnrolment(user.username, secret);
  }

  async verifyMfaEnrolment(ctx: RequestContext, code: string): Promise<{ recoveryCodes: string[] }> {
    const { db, cipher } = this.deps;
    const actor = ctx.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    const user = await findUserById(db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (user.mfa_enabled) throw new AppError('MFA_ALREADY_ENABLED');
    if (!user.mfa_pending_secret_enc) throw new AppError('MFA_NOT_STARTED');
    const secret = cipher.decrypt(user.mfa_pending_secret_enc);
    if (!totpValid(user.username, secret, code)) throw new AppError('MFA_INVALID');
    const recoveryCodes = newRecoveryCodes();
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await updateUserRow(tx, user.id, {
        mfa_enabled: 1,
        mfa_secret_enc: user.mfa_pending_secret_enc,
        mfa_pending_secret_enc: null,
      });
      await replaceRecoveryCodes(tx, user.id, recoveryCodes.map(hashRecoveryCode));
      await uow.audit({ action: 'auth.mfa_enabled', targetType: 'user', targetId: user.id });
    });
    return { recoveryCodes };
  }
}

export function grantView(grant: RoleGrant) {
  return { role: grant.role, jurisdictionId: grant.jurisdictionId, jurisdictionName: grant.jurisdictionName };
}
