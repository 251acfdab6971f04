import {
  type AddPatrolMember,
  type CreatedPatrolShifts,
  type CreatePatrolCheckpoint,
  type CreatePatrolShifts,
  type CreatePatrolTeam,
  formatBeijingDate,
  type Page,
  type PatrolCheckpoint,
  type PatrolCheckpointCode,
  type PatrolCheckpointListQuery,
  type PatrolCheckpointPrintQuery,
  type PatrolMember,
  type PatrolSettings,
  type PatrolShift,
  type PatrolShiftListQuery,
  type PatrolTeam,
  type PatrolTeamDetail,
  type PatrolTeamListQuery,
  registerAsciiName,
  registerFileName,
  shiftLengthMinutes,
  shiftOfDay,
  type UpdatePatrolCheckpoint,
  type UpdatePatrolTeam,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope } from '../../platform/access/access';
import { findUserById } from '../../platform/auth/accounts.repository';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { groupBy } from '../../platform/group-by';
import { decodeCursor, decodeDayIdCursor, toDayIdPage, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { CheckpointCodes, checkInUrl } from './checkpoint-codes';
import { checkpointSheetHtml } from './checkpoint-print';
import {
  patrolActionsChecker,
  patrolManageScope,
  patrolReadScope,
  requirePatrolManage,
  requirePatrolRead,
} from './patrols.policy';
import {
  deletePatrolMember,
  deletePatrolShift,
  deletePatrolTeamAreas,
  findLeaderCandidate,
  findPatrolCheckpointView,
  findPatrolMember,
  findPatrolMemberByPerson,
  findPatrolPerson,
  findPatrolShiftView,
  findPatrolTeamView,
  insertPatrolCheckpointRows,
  insertPatrolMemberRows,
  insertPatrolShiftRows,
  insertPatrolTeamAreaRows,
  insertPatrolTeamRows,
  listPatrolCheckpointViews,
  listPatrolMemberViews,
  listPatrolPlaces,
  listPatrolShiftDays,
  listPatrolShiftViews,
  listPatrolTeamAreas,
  listPatrolTeamViews,
  listPatrolUserIdsOfPerson,
  type PatrolCheckpointRow,
  type PatrolCheckpointView,
  type PatrolMemberRow,
  type PatrolMemberView,
  type PatrolShiftRow,
  type PatrolShiftView,
  type PatrolTeamRow,
  type PatrolTeamView,
  updatePatrolCheckpointRow,
  updatePatrolTeamRow,
} from './patrols.repository';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/**
 * Teams, members, the rota and checkpoints of the night patrols (domain.md §8). Every change is one unit of work
 * with its audit row; who may do what is patrols.policy.ts.
 */
export class PatrolsService {
  private readonly codes: CheckpointCodes;

  constructor(private readonly deps: Deps) {
    this.codes = new CheckpointCodes(deps.cipher);
  }

  async settings(ctx: RequestContext): Promise<PatrolSettings> {
    await patrolReadScope(this.deps.db, ctx);
    const shift = this.deps.config.patrolShift;
    return { ...shift, lengthMinutes: shiftLengthMinutes(shift) };
  }

  async listTeams(ctx: RequestContext, query: PatrolTeamListQuery): Promise<Page<PatrolTeam>> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listPatrolTeamViews(db, scope, {
      active: query.active === undefined ? undefined : query.active === 'true',
      after: cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.name, row.id],
    );
    return { items: await this.presentTeams(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async getTeam(ctx: RequestContext, id: string): Promise<PatrolTeamDetail> {
    const { db } = this.deps;
    const team = await this.readableTeam(db, ctx, id);
    return this.teamDetail(db, ctx, team);
  }

  async createTeam(ctx: RequestContext, body: CreatePatrolTeam): Promise<PatrolTeam> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolManageScope(tx, ctx);
      const area = await this.resolveArea(tx, body.areaIds);
      if (!inScope(scope, { townId: area.townId, jurisdictionId: area.jurisdictionId }))
        throw new AppError('FORBIDDEN');
      await this.checkLeader(tx, body.leaderPersonId, area.townId);
      const at = nowIso();
      const row: PatrolTeamRow = {
        id: newId(),
        town_id: area.townId,
        jurisdiction_id: area.jurisdictionId,
        name: body.name,
        leader_person_id: body.leaderPersonId,
        active: 1,
        created_at: at,
        updated_at: at,
      };
      await insertPatrolTeamRows(tx, [row]);
      await insertPatrolTeamAreaRows(
        tx,
        area.ids.map((areaId) => ({ team_id: row.id, area_id: areaId, town_id: area.townId })),
      );
      await uow.audit({
        action: 'patrol_team.create',
        targetType: 'patrol_team',
        targetId: row.id,
        detail: { name: row.name, leaderPersonId: row.leader_person_id, areaIds: area.ids },
      });
      return this.teamOf(tx, ctx, row.id);
    });
  }

  async updateTeam(ctx: RequestContext, id: string, body: UpdatePatrolTeam): Promise<PatrolTeam> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const team = await this.readableTeam(tx, ctx, id);
      await requirePatrolManage(tx, ctx, team);
      const patch: Parameters<typeof updatePatrolTeamRow>[2] = { updated_at: nowIso() };
      if (body.name !== undefined) patch.name = body.name;
      if (body.active !== undefined) patch.active = body.active ? 1 : 0;
      if (body.leaderPersonId !== undefined) {
        await this.checkLeader(tx, body.leaderPersonId, team.town_id);
        patch.leader_person_id = body.leaderPersonId;
      }
      let areaIds: string[] | undefined;
      if (body.areaIds !== undefined) {
        const area = await this.resolveArea(tx, body.areaIds);
        if (area.townId !== team.town_id) throw new AppError('PATROL_AREA_INVALID');
        await requirePatrolManage(tx, ctx, { town_id: area.townId, jurisdiction_id: area.jurisdictionId });
        patch.jurisdiction_id = area.jurisdictionId;
        areaIds = area.ids;
        await deletePatrolTeamAreas(tx, id);
        await insertPatrolTeamAreaRows(
          tx,
          area.ids.map((areaId) => ({ team_id: id, area_id: areaId, town_id: area.townId })),
        );
      }
      await updatePatrolTeamRow(tx, id, patch);
      await uow.audit({
        action: 'patrol_team.update',
        targetType: 'patrol_team',
        targetId: id,
        detail: {
          name: body.name,
          active: body.active,
          leaderPersonId: body.leaderPersonId,
          areaIds,
        },
      });
      return this.teamOf(tx, ctx, id);
    });
  }

  /**
   * A volunteer from the people directory, of the team's town. Without a userId the person's own account is linked
   * when they have exactly one; a member without an account is on the team but cannot check in.
   */
  async addMember(ctx: RequestContext, teamId: string, body: AddPatrolMember): Promise<PatrolMember> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const team = await this.readableTeam(tx, ctx, teamId);
      await requirePatrolManage(tx, ctx, team);
      const person = await findPatrolPerson(tx, body.personId);
      if (!person || person.town_id !== team.town_id) throw notFound();
      if (await findPatrolMemberByPerson(tx, teamId, person.id)) throw new AppError('PATROL_MEMBER_EXISTS');
      let userId: string | null = null;
      if (body.userId !== undefined) {
        const user = await findUserById(tx, body.userId);
        if (!user || user.person_id !== person.id) throw new AppError('PATROL_MEMBER_ACCOUNT_INVALID');
        userId = user.id;
      } else {
        const accounts = await listPatrolUserIdsOfPerson(tx, person.id);
        userId = accounts.length === 1 ? (accounts[0] ?? null) : null;
      }
      const row: PatrolMemberRow = {
        id: newId(),
        team_id: teamId,
        town_id: team.town_id,
        person_id: person.id,
        user_id: userId,
        joined_at: nowIso(),
      };
      // A second request racing past the check above meets the unique (team, person): the same 409.
      await refuseDuplicate(insertPatrolMemberRows(tx, [row]), 'PATROL_MEMBER_EXISTS');
      await uow.audit({
        action: 'patrol_member.create',
        targetType: 'patrol_team',
        targetId: teamId,
        detail: { memberId: row.id, personId: person.id, userId },
      });
      const members = await listPatrolMemberViews(tx, [teamId]);
      const member = members.find((m) => m.id === row.id);
      if (!member) throw notFound();
      return presentMember(member, true);
    });
  }

  /** The member leaves the team; their check-ins stay (hours are history). */
  async removeMember(ctx: RequestContext, teamId: string, memberId: string): Promise<void> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const team = await this.readableTeam(tx, ctx, teamId);
      await requirePatrolManage(tx, ctx, team);
      const member = await findPatrolMember(tx, memberId);
      if (!member || member.team_id !== teamId) throw notFound();
      await deletePatrolMember(tx, memberId);
      await uow.audit({
        action: 'patrol_member.delete',
        targetType: 'patrol_team',
        targetId: teamId,
        detail: { memberId, personId: member.person_id },
      });
    });
  }

  async listShifts(ctx: RequestContext, query: PatrolShiftListQuery): Promise<Page<PatrolShift>> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const rows = await listPatrolShiftViews(db, scope, {
      teamId: query.teamId,
      fromDay: query.from,
      toDay: query.to,
      after: decodeDayIdCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = toDayIdPage(rows, query.limit);
    return { items: await this.presentShifts(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  /** The team on the rota for these nights; nights it already has are skipped, not refused. */
  async createShifts(ctx: RequestContext, body: CreatePatrolShifts): Promise<CreatedPatrolShifts> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const team = await this.readableTeam(tx, ctx, body.teamId);
      await requirePatrolManage(tx, ctx, team);
      const days = [...new Set(body.days)].sort();
      const existing = new Set(await listPatrolShiftDays(tx, team.id, days));
      const at = nowIso();
      const rows: PatrolShiftRow[] = days
        .filter((day) => !existing.has(day))
        .map((day) => {
          const window = shiftOfDay(day, this.deps.config.patrolShift);
          return {
            id: newId(),
            town_id: team.town_id,
            jurisdiction_id: team.jurisdiction_id,
            team_id: team.id,
            day,
            starts_at: window.startsAt,
            ends_at: window.endsAt,
            created_at: at,
          };
        });
      // Two planners adding the same night at once meet the unique (team, day): the loser gets a 409 to reload.
      await refuseDuplicate(insertPatrolShiftRows(tx, rows), 'PATROL_SHIFT_EXISTS');
      await uow.audit({
        action: 'patrol_shift.create',
        targetType: 'patrol_team',
        targetId: team.id,
        detail: { days: rows.map((row) => row.day), skipped: [...existing] },
      });
      const views: PatrolShiftView[] = rows.map((row) => ({
        ...row,
        team_name: team.name,
        leader_person_id: team.leader_person_id,
        check_in_count: 0,
        log_id: null,
      }));
      return { created: await this.presentShifts(tx, ctx, views), skipped: [...existing].sort() };
    });
  }

  async deleteShift(ctx: RequestContext, id: string): Promise<void> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const shift = await findPatrolShiftView(tx, id);
      await requirePatrolRead(tx, ctx, shift);
      if (!shift) throw notFound();
      await requirePatrolManage(tx, ctx, shift);
      if (shift.check_in_count > 0 || shift.log_id !== null) throw new AppError('PATROL_SHIFT_HAS_CHECKINS');
      await deletePatrolShift(tx, id);
      await uow.audit({
        action: 'patrol_shift.delete',
        targetType: 'patrol_team',
        targetId: shift.team_id,
        detail: { shiftId: id, day: shift.day },
      });
    });
  }

  async listCheckpoints(ctx: RequestContext, query: PatrolCheckpointListQuery): Promise<Page<PatrolCheckpoint>> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string', 'string']);
    const rows = await listPatrolCheckpointViews(db, scope, {
      villageId: query.villageId,
      active: query.active === undefined ? undefined : query.active === 'true',
      after: cursor ? { villageName: String(cursor[0]), name: String(cursor[1]), id: String(cursor[2]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.village_name, row.name, row.id],
    );
    const actions = await patrolActionsChecker(db, ctx);
    return {
      items: page.items.map((row) => presentCheckpoint(row, actions.checkpoint(row))),
      nextCursor: page.nextCursor,
    };
  }

  async createCheckpoint(ctx: RequestContext, body: CreatePatrolCheckpoint): Promise<PatrolCheckpoint> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolManageScope(tx, ctx);
      const [village] = await listPatrolPlaces(tx, [body.villageId]);
      if (
        !village?.town_id ||
        !VILLAGE_LEVELS.includes(village.level) ||
        !inScope(scope, { townId: village.town_id, jurisdictionId: village.id })
      ) {
        throw new AppError('PATROL_VILLAGE_NOT_FOUND');
      }
      const at = nowIso();
      const row: PatrolCheckpointRow = {
        id: newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        name: body.name,
        lat: body.position?.lat ?? null,
        lng: body.position?.lng ?? null,
        version: 1,
        active: 1,
        created_at: at,
        updated_at: at,
      };
      await insertPatrolCheckpointRows(tx, [row]);
      await uow.audit({
        action: 'patrol_checkpoint.create',
        targetType: 'patrol_checkpoint',
        targetId: row.id,
        detail: { name: row.name, villageId: village.id },
      });
      return this.checkpointOf(tx, ctx, row.id);
    });
  }

  async updateCheckpoint(ctx: RequestContext, id: string, body: UpdatePatrolCheckpoint): Promise<PatrolCheckpoint> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const checkpoint = await this.managedCheckpoint(tx, ctx, id);
      const patch: Parameters<typeof updatePatrolCheckpointRow>[2] = { updated_at: nowIso() };
      if (body.name !== undefined) patch.name = body.name;
      if (body.active !== undefined) patch.active = body.active ? 1 : 0;
      if (body.position !== undefined) {
        patch.lat = body.position?.lat ?? null;
        patch.lng = body.position?.lng ?? null;
      }
      await updatePatrolCheckpointRow(tx, checkpoint.id, patch);
      await uow.audit({
        action: 'patrol_checkpoint.update',
        targetType: 'patrol_checkpoint',
        targetId: id,
        detail: {
          name: body.name,
          active: body.active,
          position: body.position === undefined ? undefined : body.position !== null,
        },
      });
      return this.checkpointOf(tx, ctx, id);
    });
  }

  /** A new version: every code printed before answers PATROL_TOKEN_REVOKED from now on. */
  async reissueCheckpoint(ctx: RequestContext, id: string): Promise<PatrolCheckpoint> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const checkpoint = await this.managedCheckpoint(tx, ctx, id);
      await updatePatrolCheckpointRow(tx, id, { version: checkpoint.version + 1, updated_at: nowIso() });
      await uow.audit({
        action: 'patrol_checkpoint.reissue',
        targetType: 'patrol_checkpoint',
        targetId: id,
        detail: { version: checkpoint.version + 1 },
      });
      return this.checkpointOf(tx, ctx, id);
    });
  }

  /**
   * The current code of one checkpoint (patrol.manage): what its QR code encodes. Audited like the printed sheet: a
   * code is what lets a check-in through, so who took one out of the platform must be on record.
   */
  async checkpointCode(ctx: RequestContext, id: string, origin: string): Promise<PatrolCheckpointCode> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const checkpoint = await this.managedCheckpoint(uow.tx, ctx, id);
      const token = this.codes.token({ checkpointId: checkpoint.id, version: checkpoint.version });
      await uow.audit({
        action: 'patrol_checkpoint.code',
        targetType: 'patrol_checkpoint',
        targetId: checkpoint.id,
        detail: { version: checkpoint.version },
      });
      return { checkpointId: checkpoint.id, token, url: checkInUrl(origin, token) };
    });
  }

  /** The A4 sheet of the active checkpoints the caller manages; the print is audited with what it holds. */
  async printSheet(ctx: RequestContext, query: PatrolCheckpointPrintQuery, origin: string): Promise<string> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolManageScope(tx, ctx);
      const rows = await listPatrolCheckpointViews(tx, scope, {
        villageId: query.villageId,
        active: true,
        limit: null,
      });
      const towns = await listPatrolPlaces(tx, [...new Set(rows.map((row) => row.town_id))]);
      await uow.audit({
        action: 'patrol_checkpoint.print',
        targetType: 'patrol_checkpoint',
        detail: { count: rows.length, villageId: query.villageId },
      });
      return checkpointSheetHtml({
        townName: towns.length === 1 ? (towns[0]?.name ?? '') : '',
        printedAt: nowIso(),
        checkpoints: rows.map((row) => ({
          name: row.name,
          villageName: row.village_name,
          version: row.version,
          url: checkInUrl(origin, this.codes.token({ checkpointId: row.id, version: row.version })),
        })),
      });
    });
  }

  /**
   * One row per member of the teams the caller may read. Phones are masked, and clear only where the caller holds
   * person.unmask over the member; the export is one audit row with how many clear values it carried.
   */
  async exportTeams(ctx: RequestContext, query: Omit<PatrolTeamListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolReadScope(tx, ctx);
      const teams = await listPatrolTeamViews(tx, scope, {
        active: query.active === undefined ? undefined : query.active === 'true',
        limit: null,
      });
      const teamIds = teams.map((team) => team.id);
      const areas = groupBy(await listPatrolTeamAreas(tx, teamIds), (area) => area.team_id);
      const members = groupBy(await listPatrolMemberViews(tx, teamIds), (member) => member.team_id);
      const unmask = await actionsChecker(tx, ctx, { unmask: 'person.unmask' });
      let clear = 0;
      const rows = teams.flatMap((team) => {
        const areaNames = (areas.get(team.id) ?? []).map((area) => area.name).join('、');
        return (members.get(team.id) ?? []).map((member) => {
          let phone = member.phone_masked ?? '';
          const mayUnmask = unmask({
            townId: member.person_town_id,
            jurisdictionId: member.person_jurisdiction_id,
          }).includes('unmask');
          if (mayUnmask && member.phone_enc) {
            phone = this.deps.cipher.decrypt(member.phone_enc);
            clear += 1;
          }
          return [
            team.name,
            areaNames,
            team.leader_name,
            member.name,
            phone,
            member.user_id ? '是' : '否',
            formatBeijingDate(member.joined_at),
          ];
        });
      });
      await uow.audit({
        action: 'patrol_team.export',
        targetType: 'patrol_team',
        detail: { count: rows.length, filters: query, clear },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '巡逻队队员',
        ['巡逻队', '巡逻区域', '队长', '队员', '联系电话', '签到账号', '入队日期'],
        rows,
      );
      return {
        body,
        fileName: registerFileName('巡逻队队员', '', at),
        asciiName: registerAsciiName('patrol-teams', at),
      };
    });
  }

  /** The checkpoints the caller manages, without their codes (a code lets anyone check in there); one audit row. */
  async exportCheckpoints(
    ctx: RequestContext,
    query: Omit<PatrolCheckpointListQuery, 'cursor' | 'limit'>,
  ): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolManageScope(tx, ctx);
      const rows = await listPatrolCheckpointViews(tx, scope, {
        villageId: query.villageId,
        active: query.active === undefined ? undefined : query.active === 'true',
        limit: null,
      });
      await uow.audit({
        action: 'patrol_checkpoint.export',
        targetType: 'patrol_checkpoint',
        detail: { count: rows.length, filters: query, clear: 0 },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '巡逻点',
        ['巡逻点', '所在村（社区）', '二维码版本', '启用'],
        rows.map((row) => [row.name, row.village_name, String(row.version), row.active === 1 ? '是' : '否']),
      );
      return {
        body,
        fileName: registerFileName('巡逻点', '', at),
        asciiName: registerAsciiName('patrol-checkpoints', at),
      };
    });
  }

  private async readableTeam(db: Executor, ctx: RequestContext, id: string): Promise<PatrolTeamView> {
    const team = await findPatrolTeamView(db, id);
    await requirePatrolRead(db, ctx, team);
    if (!team) throw notFound();
    return team;
  }

  private async managedCheckpoint(db: Executor, ctx: RequestContext, id: string): Promise<PatrolCheckpointView> {
    const checkpoint = await findPatrolCheckpointView(db, id);
    await requirePatrolRead(db, ctx, checkpoint);
    if (!checkpoint) throw notFound();
    await requirePatrolManage(db, ctx, checkpoint);
    return checkpoint;
  }

  /**
   * A team's area: exactly one district, or villages (communities) of one town. The team is filed under the district,
   * or under the villages' common district, else under the town, so `assigned` reach sees the teams of its place.
   */
  private async resolveArea(
    tx: Executor,
    ids: readonly string[],
  ): Promise<{ ids: string[]; townId: string; jurisdictionId: string }> {
    const unique = [...new Set(ids)];
    const places = await listPatrolPlaces(tx, unique);
    const townIds = new Set(places.map((place) => place.town_id));
    const townId = places[0]?.town_id;
    if (places.length !== unique.length || townIds.size !== 1 || !townId) throw new AppError('PATROL_AREA_INVALID');
    const districts = places.filter((place) => place.level === 'district');
    const villages = places.filter((place) => VILLAGE_LEVELS.includes(place.level));
    if (districts.length === 1 && villages.length === 0) {
      return { ids: unique, townId, jurisdictionId: districts[0]?.id ?? townId };
    }
    if (districts.length > 0 || villages.length !== places.length) throw new AppError('PATROL_AREA_INVALID');
    const parents = new Set(villages.map((village) => village.parent_id));
    const [parent] = [...parents];
    return { ids: unique, townId, jurisdictionId: parents.size === 1 && parent ? parent : townId };
  }

  private async checkLeader(tx: Executor, personId: string, townId: string): Promise<void> {
    const leader = await findLeaderCandidate(tx, personId);
    if (!leader || leader.town_id !== townId || Number(leader.duties ?? 0) === 0) {
      throw new AppError('PATROL_LEADER_INVALID');
    }
  }

  private async teamOf(db: Executor, ctx: RequestContext, id: string): Promise<PatrolTeam> {
    const team = await findPatrolTeamView(db, id);
    if (!team) throw notFound();
    const [presented] = await this.presentTeams(db, ctx, [team]);
    if (!presented) throw notFound();
    return presented;
  }

  private async checkpointOf(db: Executor, ctx: RequestContext, id: string): Promise<PatrolCheckpoint> {
    const row = await findPatrolCheckpointView(db, id);
    if (!row) throw notFound();
    const actions = await patrolActionsChecker(db, ctx);
    return presentCheckpoint(row, actions.checkpoint(row));
  }

  private async teamDetail(db: Executor, ctx: RequestContext, team: PatrolTeamView): Promise<PatrolTeamDetail> {
    const [presented] = await this.presentTeams(db, ctx, [team]);
    if (!presented) throw notFound();
    const manages = presented.actions.includes('members');
    const members = await listPatrolMemberViews(db, [team.id]);
    return { ...presented, members: members.map((member) => presentMember(member, manages)) };
  }

  private async presentTeams(
    db: Executor,
    ctx: RequestContext,
    rows: readonly PatrolTeamView[],
  ): Promise<PatrolTeam[]> {
    const areas = groupBy(
      await listPatrolTeamAreas(
        db,
        rows.map((row) => row.id),
      ),
      (area) => area.team_id,
    );
    const actions = await patrolActionsChecker(db, ctx);
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      name: row.name,
      leaderPersonId: row.leader_person_id,
      leaderName: row.leader_name,
      areas: (areas.get(row.id) ?? []).map((area) => ({ id: area.area_id, name: area.name, level: area.level })),
      memberCount: row.member_count,
      active: row.active === 1,
      createdAt: row.created_at,
      actions: actions.team(row),
    }));
  }

  private async presentShifts(
    db: Executor,
    ctx: RequestContext,
    rows: readonly PatrolShiftView[],
  ): Promise<PatrolShift[]> {
    const actions = await patrolActionsChecker(db, ctx);
    const personId = await callerPersonId(db, ctx);
    return rows.map((row) => presentShift(row, actions.shift(row, personId)));
  }
}

/** The person behind the caller's account, or null (an account without a person record leads no team). */
export async function callerPersonId(db: Executor, ctx: RequestContext): Promise<string | null> {
  const user = await findUserById(db, requireActor(ctx).userId);
  return user?.person_id ?? null;
}

export function presentShift(row: PatrolShiftView, actions: string[]): PatrolShift {
  return {
    id: row.id,
    teamId: row.team_id,
    teamName: row.team_name,
    day: row.day,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    checkInCount: row.check_in_count,
    logId: row.log_id,
    actions,
  };
}

function presentCheckpoint(row: PatrolCheckpointView, actions: string[]): PatrolCheckpoint {
  return {
    id: row.id,
    townId: row.town_id,
    name: row.name,
    villageId: row.jurisdiction_id,
    villageName: row.village_name,
    position: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    version: row.version,
    active: row.active === 1,
    createdAt: row.created_at,
    actions,
  };
}

/** Phones stay masked here: the clear number is read on the person's page through the audited unmask. */
function presentMember(row: PatrolMemberView, manages: boolean): PatrolMember {
  return {
    id: row.id,
    teamId: row.team_id,
    personId: row.person_id,
    name: row.name,
    phone: row.phone_masked,
    phoneMasked: true,
    userId: row.user_id,
    username: row.username,
    joinedAt: row.joined_at,
    actions: manages ? ['remove'] : [],
  };
}
