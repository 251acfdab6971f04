import crypto from 'node:crypto';
import {
  CADRE_CODE_STATE_LABELS,
  CADRE_POSITION_LABELS,
  CADRE_REGISTRATION_STATUS_LABELS,
  type CadreCode,
  type CadreCodeListQuery,
  type CadreRegistration,
  type CadreRegistrationListQuery,
  type CadreRegistrationPlace,
  type CreateCadreCode,
  type CreateCadreRegistration,
  cadreCodeExpiry,
  cadreCodeProblem,
  cadreCodeState,
  cadreRegistrationPath,
  formatBeijingDateTime,
  type Page,
  registerAsciiName,
  registerFileName,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import { requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { piiColumns } from '../directory/person-pii';
import { replaceGrants } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { cadreCodeSheetHtml } from './cadre-code-print';
import {
  CADRE_APPROVER_ROLES,
  cadreApproveScope,
  cadreCodeActionsChecker,
  cadreRegistrationActionsChecker,
  requireCadreApprove,
  requireCadreVillage,
} from './cadre-registrations.policy';
import {
  type CadreCodeView,
  type CadreRegistrationView,
  decideCadreRegistration,
  findCadreCode,
  findCadreCodeByHash,
  findCadreCodeView,
  findCadreRegistrationView,
  insertCadreCode,
  insertCadreRegistration,
  listCadreCodeViews,
  listCadreRegistrationViews,
  listTownRoleUsers,
  revokeCadreCode,
  settlePendingUser,
} from './cadre-registrations.repository';

const EXPORT_LIMIT = 5000;

/** Who the audit names for a registration: nobody is logged in yet. */
const REGISTRANT = 'cadre-registration';

/** Codes are looked up by hash, so a database leak yields no usable sticker (their ciphertext needs the key ring). */
function codeHash(code: string): string {
  return crypto.createHash('sha256').update(code).digest('hex');
}

/**
 * Village cadre self-registration (issue #12 §2): the station issues a code per village, a cadre registers with it
 * into a pending `village_cadre` account scoped to that village, and the station approves (a normal account from
 * then on) or refuses it.
 */
export class CadreRegistrationsService {
  private readonly users: UsersService;

  constructor(private readonly deps: Deps) {
    this.users = new UsersService(deps);
  }

  async createCode(ctx: RequestContext, input: CreateCadreCode): Promise<CadreCode> {
    const { db, cipher, config } = this.deps;
    const scope = await cadreApproveScope(db, ctx);
    const village = await findJurisdiction(db, input.villageId);
    requireCadreVillage(scope, village);
    const code = crypto.randomBytes(18).toString('base64url');
    const id = newId();
    const now = new Date();
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      await insertCadreCode(uow.tx, {
        id,
        town_id: village.town_id,
        village_id: village.id,
        code_hash: codeHash(code),
        code_enc: cipher.encrypt(code),
        expires_at: cadreCodeExpiry(now, config.cadreCodeDays),
        revoked_at: null,
        revoked_by: null,
        created_by: requireActor(ctx).userId,
        created_at: nowIso(now),
      });
      await uow.audit({
        action: 'cadre.code.create',
        targetType: 'cadre_code',
        targetId: id,
        detail: { villageId: village.id, days: config.cadreCodeDays },
      });
    });
    return this.codeView(ctx, id);
  }

  async listCodes(ctx: RequestContext, query: CadreCodeListQuery): Promise<Page<CadreCode>> {
    const { db } = this.deps;
    const scope = await cadreApproveScope(db, ctx);
    const after = decodeCursor(query.cursor, ['string', 'string']);
    const now = new Date();
    const rows = await listCadreCodeViews(db, scope, {
      state: query.state,
      now: now.toISOString(),
      after: after ? [String(after[0]), String(after[1])] : undefined,
      limit: query.limit + 1,
    });
    const actions = await cadreCodeActionsChecker(db, ctx);
    return toPage(
      rows,
      query.limit,
      (row) => presentCode(row, now, actions),
      (row) => [row.created_at, row.id],
    );
  }

  async revokeCode(ctx: RequestContext, id: string): Promise<CadreCode> {
    const { db } = this.deps;
    const code = await findCadreCode(db, id);
    await requireCadreApprove(db, ctx, code);
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      // Revoking twice changes nothing and records nothing: the first revocation stands.
      if (!(await revokeCadreCode(uow.tx, id, nowIso(), requireActor(ctx).userId))) return;
      await uow.audit({ action: 'cadre.code.revoke', targetType: 'cadre_code', targetId: id });
    });
    return this.codeView(ctx, id);
  }

  /** The printable sheet of a valid code; audited, since the sheet is what lets someone register. */
  async printCode(ctx: RequestContext, id: string, origin: string): Promise<string> {
    const { db, cipher } = this.deps;
    const code = await findCadreCode(db, id);
    await requireCadreApprove(db, ctx, code);
    if (!code) throw notFound();
    const state = cadreCodeState({ expiresAt: code.expires_at, revokedAt: code.revoked_at }, new Date());
    if (state === 'revoked') throw new AppError('CADRE_CODE_INVALID');
    if (state === 'expired') throw new AppError('CADRE_CODE_EXPIRED');
    const [village, town] = await Promise.all([
      findJurisdiction(db, code.village_id),
      findJurisdiction(db, code.town_id),
    ]);
    const printedAt = nowIso();
    await inUnitOfWork(this.deps, ctx, (uow) =>
      uow.audit({ action: 'cadre.code.print', targetType: 'cadre_code', targetId: id }),
    );
    return cadreCodeSheetHtml({
      townName: town?.name ?? '',
      villageName: village?.name ?? '',
      url: `${origin}${cadreRegistrationPath(cipher.decrypt(code.code_enc))}`,
      expiresAt: code.expires_at,
      printedAt,
    });
  }

  /** Public: where a scanned code was issued, so the cadre sees his village before filling in the form. */
  async place(code: string): Promise<CadreRegistrationPlace> {
    const row = await findCadreCodeByHash(this.deps.db, codeHash(code));
    refuseCode(
      cadreCodeProblem(
        row ? { villageId: row.village_id, expiresAt: row.expires_at, revokedAt: row.revoked_at } : null,
        null,
        new Date(),
      ),
    );
    if (!row) throw new AppError('CADRE_CODE_INVALID');
    return { townName: row.town_name, villageId: row.village_id, villageName: row.village_name };
  }

  /**
   * Public: the registration, all or nothing in one unit of work — the pending account with its one `village_cadre`
   * grant on the code's village, the registration with the phone encrypted, the audit row, and a notification to
   * the station's approvers (pushed after the commit).
   */
  async register(
    ctx: RequestContext,
    input: CreateCadreRegistration,
  ): Promise<{ id: string; status: 'pending'; villageName: string }> {
    const { cipher } = this.deps;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const code = await findCadreCodeByHash(tx, codeHash(input.code));
      refuseCode(
        cadreCodeProblem(
          code ? { villageId: code.village_id, expiresAt: code.expires_at, revokedAt: code.revoked_at } : null,
          input.villageId,
          new Date(),
        ),
      );
      if (!code) throw new AppError('CADRE_CODE_INVALID');
      const phone = piiColumns(cipher, { phone: input.phone });
      if (!phone.phone_enc || !phone.phone_bidx || !phone.phone_masked) throw new AppError('INVALID_MOBILE');
      const user = await this.users.provision(tx, ctx, {
        username: input.username,
        displayName: input.displayName,
        password: input.password,
        roles: [{ role: 'village_cadre', jurisdictionId: code.village_id }],
        status: 'pending',
      });
      const id = newId();
      await insertCadreRegistration(tx, {
        id,
        code_id: code.id,
        town_id: code.town_id,
        village_id: code.village_id,
        display_name: input.displayName,
        phone_enc: phone.phone_enc,
        phone_bidx: phone.phone_bidx,
        phone_masked: phone.phone_masked,
        position: input.position,
        user_id: user.id,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        refusal_reason: null,
        created_at: nowIso(),
      });
      await uow.audit({
        action: 'cadre.registration.create',
        targetType: 'cadre_registration',
        targetId: id,
        username: REGISTRANT,
        detail: { villageId: code.village_id, codeId: code.id, position: input.position, userId: user.id },
      });
      const approvers = await listTownRoleUsers(tx, code.town_id, CADRE_APPROVER_ROLES);
      if (approvers.length) {
        await uow.notify({
          userIds: approvers,
          kind: 'cadre_registration.pending',
          title: '村干部注册待审批',
          body: `${code.village_name}有一名村干部提交了注册申请，请在“村干部注册”中审批`,
          targetType: 'cadre_registration',
          targetId: id,
        });
      }
      return { id, status: 'pending' as const, villageName: code.village_name };
    });
  }

  async list(ctx: RequestContext, query: CadreRegistrationListQuery): Promise<Page<CadreRegistration>> {
    const { db } = this.deps;
    const scope = await cadreApproveScope(db, ctx);
    const after = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listCadreRegistrationViews(db, scope, {
      status: query.status,
      after: after ? [String(after[0]), String(after[1])] : undefined,
      limit: query.limit + 1,
    });
    const actions = await cadreRegistrationActionsChecker(db, ctx);
    return toPage(
      rows,
      query.limit,
      (row) => presentRegistration(row, actions),
      (row) => [row.created_at, row.id],
    );
  }

  /** The codes list as a workbook, with the list's filter; one audit row. No code text: the print sheet carries it. */
  async exportCodes(ctx: RequestContext, query: Pick<CadreCodeListQuery, 'state'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await cadreApproveScope(tx, ctx);
      const now = new Date();
      const rows = await listCadreCodeViews(tx, scope, {
        state: query.state,
        now: now.toISOString(),
        limit: EXPORT_LIMIT,
      });
      const lines = rows.map((row) => [
        row.village_name,
        CADRE_CODE_STATE_LABELS[cadreCodeState({ expiresAt: row.expires_at, revokedAt: row.revoked_at }, now)].zh,
        formatBeijingDateTime(row.expires_at),
        row.created_by_name ?? '',
        formatBeijingDateTime(row.created_at),
        String(row.registration_count),
      ]);
      await uow.audit({
        action: 'cadre.code.export',
        targetType: 'cadre_code',
        detail: { count: lines.length, filters: query },
      });
      const body = await listWorkbookBody(
        '村干部注册码',
        ['村（社区）', '状态', '有效期至', '发放人', '发放时间', '注册人数'],
        lines,
      );
      return {
        body,
        fileName: registerFileName('村干部注册码', '', now),
        asciiName: registerAsciiName('cadre-codes', now),
      };
    });
  }

  /**
   * The registrations list as a workbook, with the list's filter; phones masked for everyone (the station calls
   * back through the directory if it must). One audit row with the count.
   */
  async exportRegistrations(
    ctx: RequestContext,
    query: Pick<CadreRegistrationListQuery, 'status'>,
  ): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await cadreApproveScope(tx, ctx);
      const rows = await listCadreRegistrationViews(tx, scope, { status: query.status, limit: EXPORT_LIMIT });
      const lines = rows.map((row) => [
        row.display_name,
        row.village_name,
        CADRE_POSITION_LABELS[row.position].zh,
        row.phone_masked,
        row.username,
        formatBeijingDateTime(row.created_at),
        CADRE_REGISTRATION_STATUS_LABELS[row.status].zh,
        row.decided_by_name ?? '',
        row.decided_at ? formatBeijingDateTime(row.decided_at) : '',
        row.refusal_reason ?? '',
      ]);
      await uow.audit({
        action: 'cadre.registration.export',
        targetType: 'cadre_registration',
        detail: { count: lines.length, filters: query, clear: 0 },
      });
      const now = new Date();
      const body = await listWorkbookBody(
        '村干部注册申请',
        ['姓名', '村（社区）', '职务', '手机号', '用户名', '提交时间', '审批状态', '审批人', '审批时间', '拒绝原因'],
        lines,
      );
      return {
        body,
        fileName: registerFileName('村干部注册申请', '', now),
        asciiName: registerAsciiName('cadre-registrations', now),
      };
    });
  }

  /** The account becomes a normal `village_cadre` account of the village, with the password the cadre chose. */
  async approve(ctx: RequestContext, id: string): Promise<CadreRegistration> {
    return this.decide(ctx, id, null);
  }

  /** The account stays unusable (disabled, its grant taken away); the reason is kept with the registration. */
  async refuse(ctx: RequestContext, id: string, reason: string): Promise<CadreRegistration> {
    return this.decide(ctx, id, reason);
  }

  private async decide(ctx: RequestContext, id: string, refusalReason: string | null): Promise<CadreRegistration> {
    const { db } = this.deps;
    const registration = await findCadreRegistrationView(db, id);
    await requireCadreApprove(db, ctx, registration);
    if (!registration) throw notFound();
    const approve = refusalReason === null;
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const at = nowIso();
      const decided = await decideCadreRegistration(tx, id, {
        status: approve ? 'approved' : 'refused',
        decidedBy: requireActor(ctx).userId,
        decidedAt: at,
        refusalReason,
      });
      if (!decided) throw new AppError('CADRE_REGISTRATION_DECIDED');
      await settlePendingUser(tx, registration.user_id, approve ? 'active' : 'disabled', at);
      if (!approve) await replaceGrants(tx, registration.user_id, []);
      await uow.audit({
        action: approve ? 'cadre.registration.approve' : 'cadre.registration.refuse',
        targetType: 'cadre_registration',
        targetId: id,
        detail: { userId: registration.user_id, villageId: registration.village_id },
      });
    });
    const view = await findCadreRegistrationView(db, id);
    if (!view) throw notFound();
    return presentRegistration(view, await cadreRegistrationActionsChecker(db, ctx));
  }

  private async codeView(ctx: RequestContext, id: string): Promise<CadreCode> {
    const { db } = this.deps;
    const row = await findCadreCodeView(db, id);
    if (!row) throw notFound();
    return presentCode(row, new Date(), await cadreCodeActionsChecker(db, ctx));
  }
}

function refuseCode(problem: ReturnType<typeof cadreCodeProblem>): void {
  if (problem === 'invalid') throw new AppError('CADRE_CODE_INVALID');
  if (problem === 'expired') throw new AppError('CADRE_CODE_EXPIRED');
  if (problem === 'wrong_village') throw new AppError('CADRE_CODE_WRONG_VILLAGE');
}

function presentCode(
  row: CadreCodeView,
  now: Date,
  actions: (code: CadreCodeView, active: boolean) => string[],
): CadreCode {
  const state = cadreCodeState({ expiresAt: row.expires_at, revokedAt: row.revoked_at }, now);
  return {
    id: row.id,
    villageId: row.village_id,
    villageName: row.village_name,
    state,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    registrationCount: row.registration_count,
    actions: actions(row, state === 'active'),
  };
}

function presentRegistration(
  row: CadreRegistrationView,
  actions: (registration: CadreRegistrationView) => string[],
): CadreRegistration {
  return {
    id: row.id,
    villageId: row.village_id,
    villageName: row.village_name,
    displayName: row.display_name,
    phoneMasked: row.phone_masked,
    position: row.position,
    username: row.username,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedByName: row.decided_by_name,
    refusalReason: row.refusal_reason,
    actions: actions(row),
  };
}
