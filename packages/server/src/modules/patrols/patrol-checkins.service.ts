import {
  type CheckpointTokenProblem,
  type CreatePatrolCheckIn,
  type ErrorCode,
  formatBeijingDateTime,
  type Page,
  type PatrolCheckIn,
  type PatrolCheckInListQuery,
  type PatrolCheckInPreview,
  parseCheckpointToken,
  registerAsciiName,
  registerFileName,
  shiftContaining,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { requireAccess } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { CheckpointCodes } from './checkpoint-codes';
import { patrolReadScope, requirePatrolCheckIn } from './patrols.policy';
import {
  findPatrolCheckInConflict,
  findPatrolCheckpointView,
  findRotaForCheckIn,
  insertPatrolCheckInOnce,
  listPatrolCheckInViews,
  type PatrolCheckInRow,
  type PatrolCheckInView,
  type PatrolCheckpointView,
} from './patrols.repository';
import { callerPersonId } from './patrols.service';

const TOKEN_ERRORS: Record<CheckpointTokenProblem, ErrorCode> = {
  forged: 'PATROL_TOKEN_FORGED',
  other_checkpoint: 'PATROL_TOKEN_OTHER_CHECKPOINT',
  revoked: 'PATROL_TOKEN_REVOKED',
};

interface CheckInPlan {
  checkpoint: PatrolCheckpointView;
  shiftDay: string;
  rota: { shift_id: string; team_id: string; team_name: string; person_id: string };
}

/**
 * Check-ins from the phone page (domain.md §8). The checkpoint, the caller's person and the rota for that night are
 * read first; the transaction holds only one conditional insert and the audit row. The unique index on (checkpoint,
 * night, person) is the replay rule, so 200 phones at shift start cannot land a duplicate. The time is the server's
 * clock.
 */
export class PatrolCheckInsService {
  private readonly codes: CheckpointCodes;

  constructor(private readonly deps: Deps) {
    this.codes = new CheckpointCodes(deps.cipher);
  }

  /** What the phone page shows before the tap; never writes. */
  async preview(ctx: RequestContext, token: string): Promise<PatrolCheckInPreview> {
    const { db } = this.deps;
    await requireAccess(db, ctx, 'patrol.checkin');
    const checkpoint = await this.checkpointOf(db, ctx, token, undefined);
    const personId = await callerPersonId(db, ctx);
    const shift = shiftContaining(new Date(), this.deps.config.patrolShift);
    const base = {
      checkpointId: checkpoint.id,
      checkpointName: checkpoint.name,
      villageName: checkpoint.village_name,
      shiftDay: shift?.day ?? null,
      checkedInAt: null,
    };
    if (!checkpoint.active) return { ...base, teamName: null, problem: 'PATROL_CHECKPOINT_INACTIVE' };
    if (!shift) return { ...base, teamName: null, problem: 'PATROL_OUTSIDE_SHIFT' };
    const [rota] = await this.rotaOf(db, ctx, checkpoint, personId, shift.day);
    if (!rota) return { ...base, teamName: null, problem: 'PATROL_NOT_ON_ROTA' };
    const earlier = await findPatrolCheckInConflict(db, {
      userId: requireActor(ctx).userId,
      clientId: null,
      checkpointId: checkpoint.id,
      day: shift.day,
      personId: rota.person_id,
    });
    return {
      ...base,
      teamName: rota.team_name,
      problem: earlier ? 'PATROL_CHECKIN_REPLAYED' : null,
      checkedInAt: earlier?.at ?? null,
    };
  }

  async checkIn(ctx: RequestContext, body: CreatePatrolCheckIn): Promise<PatrolCheckIn> {
    const actor = requireActor(ctx);
    const now = new Date();
    const { db } = this.deps;
    // The reads and checks run before the transaction: on SQLite a transaction holds the only connection, so every
    // query inside it makes all other phones of a shift-start burst wait. What must be atomic (the replay and retry
    // rules, the audit row) stays inside: the conditional insert and the chain append.
    await requireAccess(db, ctx, 'patrol.checkin');
    const checkpoint = await this.checkpointOf(db, ctx, body.token, body.checkpointId);
    if (!checkpoint.active) throw new AppError('PATROL_CHECKPOINT_INACTIVE');
    const shift = shiftContaining(now, this.deps.config.patrolShift);
    if (!shift) throw new AppError('PATROL_OUTSIDE_SHIFT');
    const personId = await callerPersonId(db, ctx);
    const [rota] = await this.rotaOf(db, ctx, checkpoint, personId, shift.day);
    if (!rota) throw new AppError('PATROL_NOT_ON_ROTA');
    const plan: CheckInPlan = { checkpoint, shiftDay: shift.day, rota };
    const row: PatrolCheckInRow = {
      id: newId(),
      town_id: checkpoint.town_id,
      jurisdiction_id: checkpoint.jurisdiction_id,
      checkpoint_id: checkpoint.id,
      shift_id: rota.shift_id,
      team_id: rota.team_id,
      day: shift.day,
      person_id: rota.person_id,
      user_id: actor.userId,
      at: nowIso(now),
      lat: body.position?.lat ?? null,
      lng: body.position?.lng ?? null,
      accuracy: body.position?.accuracy ?? null,
      client_id: body.clientId ?? null,
    };
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      if (!(await insertPatrolCheckInOnce(tx, row))) {
        const earlier = await findPatrolCheckInConflict(tx, {
          userId: actor.userId,
          clientId: row.client_id,
          checkpointId: checkpoint.id,
          day: shift.day,
          personId: rota.person_id,
        });
        // The same request again (a phone retrying after a lost answer) gets the first check-in back; the same client
        // id at another checkpoint is not a retry, and answering with the first check-in would lose this one unseen.
        if (
          earlier &&
          row.client_id !== null &&
          earlier.client_id === row.client_id &&
          earlier.user_id === actor.userId &&
          earlier.checkpoint_id === checkpoint.id
        ) {
          return presentPlanned(plan, earlier, actor.displayName);
        }
        throw new AppError('PATROL_CHECKIN_REPLAYED', { at: earlier?.at });
      }
      await uow.audit({
        action: 'patrol.check_in',
        targetType: 'patrol_checkpoint',
        targetId: checkpoint.id,
        detail: { checkInId: row.id, shiftId: row.shift_id, day: row.day, position: row.lat !== null },
      });
      return presentPlanned(plan, row, actor.displayName);
    });
  }

  async list(ctx: RequestContext, query: PatrolCheckInListQuery): Promise<Page<PatrolCheckIn>> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listPatrolCheckInViews(db, scope, {
      shiftId: query.shiftId,
      teamId: query.teamId,
      personId: query.personId,
      fromDay: query.from,
      toDay: query.to,
      after: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    return toPage(rows, query.limit, presentCheckIn, (row) => [row.at, row.id]);
  }

  /** The check-ins of the filters as a workbook; no personal data beyond names, one audit row. */
  async export(ctx: RequestContext, query: Omit<PatrolCheckInListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolReadScope(tx, ctx);
      const rows = await listPatrolCheckInViews(tx, scope, {
        shiftId: query.shiftId,
        teamId: query.teamId,
        personId: query.personId,
        fromDay: query.from,
        toDay: query.to,
        limit: null,
      });
      await uow.audit({
        action: 'patrol.check_in.export',
        targetType: 'patrol_checkpoint',
        detail: { count: rows.length, filters: query, clear: 0 },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '签到记录',
        ['签到时间', '班次日期', '巡逻队', '队员', '巡逻点', '村（社区）', '位置'],
        rows.map((row) => [
          formatBeijingDateTime(row.at),
          row.day,
          row.team_name,
          row.person_name,
          row.checkpoint_name,
          row.village_name,
          row.lat !== null && row.lng !== null ? `${row.lat.toFixed(5)},${row.lng.toFixed(5)}` : '',
        ]),
      );
      return {
        body,
        fileName: registerFileName('夜巡签到记录', '', at),
        asciiName: registerAsciiName('patrol-check-ins', at),
      };
    });
  }

  /**
   * The checkpoint a token names, once its signature holds, the checkpoint is the expected one and the code is of its
   * current print; then the caller's reach over it (a checkpoint out of reach answers 404 as a missing one).
   */
  private async checkpointOf(
    db: Executor,
    ctx: RequestContext,
    token: string,
    expectedId: string | undefined,
  ): Promise<PatrolCheckpointView> {
    const parsed = parseCheckpointToken(token);
    if (!parsed) throw new AppError('PATROL_TOKEN_FORGED');
    const checkpoint = await findPatrolCheckpointView(db, parsed.checkpointId);
    const problem = this.codes.problem(token, {
      checkpointId: expectedId ?? parsed.checkpointId,
      version: checkpoint?.version ?? parsed.version,
    });
    if (problem) throw new AppError(TOKEN_ERRORS[problem]);
    if (!checkpoint) throw notFound();
    await requirePatrolCheckIn(db, ctx, checkpoint);
    return checkpoint;
  }

  private rotaOf(
    db: Executor,
    ctx: RequestContext,
    checkpoint: PatrolCheckpointView,
    personId: string | null,
    day: string,
  ): ReturnType<typeof findRotaForCheckIn> {
    const areaIds = [checkpoint.jurisdiction_id, ...(checkpoint.district_id ? [checkpoint.district_id] : [])];
    return findRotaForCheckIn(db, { userId: requireActor(ctx).userId, personId, day, areaIds });
  }
}

function presentPlanned(plan: CheckInPlan, row: PatrolCheckInRow, personName: string): PatrolCheckIn {
  return presentCheckIn({
    ...row,
    checkpoint_name: plan.checkpoint.name,
    village_name: plan.checkpoint.village_name,
    team_name: plan.rota.team_name,
    person_name: personName,
  });
}

export function presentCheckIn(row: PatrolCheckInView): PatrolCheckIn {
  return {
    id: row.id,
    checkpointId: row.checkpoint_id,
    checkpointName: row.checkpoint_name,
    villageName: row.village_name,
    shiftId: row.shift_id,
    shiftDay: row.day,
    teamId: row.team_id,
    teamName: row.team_name,
    personId: row.person_id,
    personName: row.person_name,
    at: row.at,
    position:
      row.lat !== null && row.lng !== null
        ? { lat: row.lat, lng: row.lng, ...(row.accuracy !== null ? { accuracy: row.accuracy } : {}) }
        : null,
  };
}
