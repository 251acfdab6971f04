import {
  type CreatePatrolFinding,
  type CreatePatrolLog,
  formatBeijingDateTime,
  monthSpan,
  PATROL_FINDING_LABELS,
  type Page,
  type PatrolHours,
  type PatrolHoursQuery,
  type PatrolLog,
  type PatrolLogListQuery,
  type PatrolShiftDetail,
  registerAsciiName,
  registerFileName,
  shiftMinutes,
  totalHours,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { groupBy } from '../../platform/group-by';
import { decodeDayIdCursor, toDayIdPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import type { HazardsService } from '../hazards/hazards.service';
import type { IncidentsService } from '../incidents/incidents.service';
import { presentCheckIn } from './patrol-checkins.service';
import { patrolActionsChecker, patrolReadScope, requirePatrolLogWriter, requirePatrolRead } from './patrols.policy';
import {
  findPatrolLogIdOfShift,
  findPatrolLogView,
  findPatrolShiftView,
  insertPatrolFindingRows,
  insertPatrolLogRows,
  listPatrolCheckInViews,
  listPatrolFindings,
  listPatrolHoursRows,
  listPatrolLogViews,
  listPatrolPlaces,
  type PatrolFindingRow,
  type PatrolHoursRow,
  type PatrolLogRow,
  type PatrolLogView,
} from './patrols.repository';
import { callerPersonId, presentShift } from './patrols.service';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/**
 * The leader's log of a shift and the volunteer hours (domain.md §8). A finding `incident` is taken in by the
 * incidents module and a finding `hazard` reported to the hazards module inside the log's unit of work, so a refused
 * incident or hazard leaves no log behind.
 */
export class PatrolLogsService {
  constructor(
    private readonly deps: Deps,
    private readonly incidents: IncidentsService,
    private readonly hazards: HazardsService,
  ) {}

  async shiftDetail(ctx: RequestContext, id: string): Promise<PatrolShiftDetail> {
    const { db } = this.deps;
    const shift = await findPatrolShiftView(db, id);
    await requirePatrolRead(db, ctx, shift);
    if (!shift) throw notFound();
    const scope = await patrolReadScope(db, ctx);
    const checkIns = await listPatrolCheckInViews(db, scope, { shiftId: id, limit: null });
    const actions = await patrolActionsChecker(db, ctx);
    const personId = await callerPersonId(db, ctx);
    const log = shift.log_id ? await findPatrolLogView(db, shift.log_id) : undefined;
    return {
      shift: presentShift(shift, actions.shift(shift, personId)),
      checkIns: checkIns.map(presentCheckIn).reverse(),
      log: log ? ((await this.present(db, [log]))[0] ?? null) : null,
    };
  }

  async create(ctx: RequestContext, body: CreatePatrolLog): Promise<PatrolLog> {
    const actor = requireActor(ctx);
    const now = new Date();
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const shift = await findPatrolShiftView(tx, body.shiftId);
      await requirePatrolRead(tx, ctx, shift);
      if (!shift) throw notFound();
      await requirePatrolLogWriter(tx, ctx, shift, await callerPersonId(tx, ctx));
      if (nowIso(now) < shift.starts_at) throw new AppError('PATROL_SHIFT_NOT_STARTED');
      if (await findPatrolLogIdOfShift(tx, shift.id)) throw new AppError('PATROL_LOG_EXISTS');
      await this.checkFindings(tx, shift.town_id, body.findings);
      const log: PatrolLogRow = {
        id: newId(),
        town_id: shift.town_id,
        jurisdiction_id: shift.jurisdiction_id,
        shift_id: shift.id,
        team_id: shift.team_id,
        day: shift.day,
        note: body.note || null,
        written_by: actor.userId,
        written_by_name: actor.displayName,
        created_at: nowIso(now),
      };
      // Two writers racing past the check above meet the unique shift_id: the loser gets the same 409.
      await refuseDuplicate(insertPatrolLogRows(tx, [log]), 'PATROL_LOG_EXISTS');
      const findings: PatrolFindingRow[] = [];
      for (const [index, finding] of body.findings.entries()) {
        findings.push({
          id: newId(),
          log_id: log.id,
          town_id: log.town_id,
          jurisdiction_id: finding.villageId ?? log.jurisdiction_id,
          day: log.day,
          kind: finding.kind,
          note: finding.note || null,
          village_id: finding.villageId ?? null,
          hazard_id: finding.kind === 'hazard' ? await this.reportHazard(ctx, finding, log.id, uow) : null,
          incident_id: finding.kind === 'incident' ? await this.intakeIncident(ctx, finding, uow) : null,
          sort_order: index,
        });
      }
      await insertPatrolFindingRows(tx, findings);
      await uow.audit({
        action: 'patrol_log.create',
        targetType: 'patrol_log',
        targetId: log.id,
        detail: {
          shiftId: shift.id,
          day: shift.day,
          findings: findings.map((finding) => finding.kind),
          incidentIds: findings.flatMap((finding) => (finding.incident_id ? [finding.incident_id] : [])),
          hazardIds: findings.flatMap((finding) => (finding.hazard_id ? [finding.hazard_id] : [])),
        },
      });
      const view = await findPatrolLogView(tx, log.id);
      if (!view) throw notFound();
      const [presented] = await this.present(tx, [view]);
      if (!presented) throw notFound();
      return presented;
    });
  }

  async list(ctx: RequestContext, query: PatrolLogListQuery): Promise<Page<PatrolLog>> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const rows = await listPatrolLogViews(db, scope, {
      teamId: query.teamId,
      fromDay: query.from,
      toDay: query.to,
      finding: query.finding,
      after: decodeDayIdCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = toDayIdPage(rows, query.limit);
    return { items: await this.present(db, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<PatrolLog> {
    const { db } = this.deps;
    const row = await findPatrolLogView(db, id);
    await requirePatrolRead(db, ctx, row);
    if (!row) throw notFound();
    const [presented] = await this.present(db, [row]);
    if (!presented) throw notFound();
    return presented;
  }

  /** The logs of the filters as a workbook (no personal data beyond the writer's name), one audit row. */
  async export(ctx: RequestContext, query: Omit<PatrolLogListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolReadScope(tx, ctx);
      const rows = await listPatrolLogViews(tx, scope, {
        teamId: query.teamId,
        fromDay: query.from,
        toDay: query.to,
        finding: query.finding,
        limit: null,
      });
      const logs = await this.present(tx, rows);
      await uow.audit({
        action: 'patrol_log.export',
        targetType: 'patrol_log',
        detail: { count: logs.length, filters: query, clear: 0 },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '巡逻日志',
        ['班次日期', '巡逻队', '签到次数', '发现情况', '情况说明', '填写人', '填写时间'],
        logs.map((log) => [
          log.day,
          log.teamName,
          String(log.checkInCount),
          log.findings.map((finding) => PATROL_FINDING_LABELS[finding.kind].zh).join('、'),
          [log.note, ...log.findings.map((finding) => finding.note)].filter(Boolean).join('；'),
          log.writtenByName,
          formatBeijingDateTime(log.createdAt),
        ]),
      );
      return { body, fileName: registerFileName('夜巡日志', '', at), asciiName: registerAsciiName('patrol-logs', at) };
    });
  }

  async hours(ctx: RequestContext, query: PatrolHoursQuery): Promise<PatrolHours> {
    const { db } = this.deps;
    const scope = await patrolReadScope(db, ctx);
    const span = daysOf(query);
    const rows = await listPatrolHoursRows(db, scope, { fromDay: span.from, toDay: span.to, teamId: query.teamId });
    return { from: span.from, to: span.to, ...summarise(rows) };
  }

  /**
   * Hours per volunteer with their phone: masked, and clear only where the caller holds person.unmask over the
   * volunteer; the export is one audit row with how many clear values it carried.
   */
  async exportHours(ctx: RequestContext, query: PatrolHoursQuery): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await patrolReadScope(tx, ctx);
      const span = daysOf(query);
      const rows = await listPatrolHoursRows(tx, scope, { fromDay: span.from, toDay: span.to, teamId: query.teamId });
      const summary = summarise(rows);
      const unmask = await actionsChecker(tx, ctx, { unmask: 'person.unmask' });
      const phoneOf = new Map<string, string>();
      let clear = 0;
      for (const row of rows) {
        if (phoneOf.has(row.person_id)) continue;
        const mayUnmask =
          row.phone_enc !== null &&
          unmask({ townId: row.person_town_id, jurisdictionId: row.person_jurisdiction_id }).includes('unmask');
        if (mayUnmask && row.phone_enc) {
          phoneOf.set(row.person_id, this.deps.cipher.decrypt(row.phone_enc));
          clear += 1;
        } else {
          phoneOf.set(row.person_id, row.phone_masked ?? '');
        }
      }
      await uow.audit({
        action: 'patrol_hours.export',
        targetType: 'patrol_team',
        detail: { count: summary.people.length, filters: query, clear },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '志愿时长',
        ['巡逻队', '队员', '联系电话', '班次数', '时长（小时）'],
        summary.people.map((person) => [
          person.teamName,
          person.name,
          phoneOf.get(person.personId) ?? '',
          String(person.shifts),
          person.hours.toFixed(1),
        ]),
      );
      const title = `夜巡志愿时长${query.month ?? query.year ?? ''}`;
      return { body, fileName: registerFileName(title, '', at), asciiName: registerAsciiName('patrol-hours', at) };
    });
  }

  /** Findings that create records need their village (of the log's town) and a description, checked before writing. */
  private async checkFindings(tx: Executor, townId: string, findings: readonly CreatePatrolFinding[]): Promise<void> {
    const villageIds = findings.flatMap((finding) => (finding.villageId ? [finding.villageId] : []));
    const villages = new Map((await listPatrolPlaces(tx, villageIds)).map((place) => [place.id, place]));
    for (const finding of findings) {
      const creates = finding.kind === 'hazard' || finding.kind === 'incident';
      if (creates && (!finding.villageId || !finding.note)) throw new AppError('PATROL_FINDING_INCOMPLETE');
      if (finding.kind === 'incident' && !finding.classCode) throw new AppError('PATROL_FINDING_INCOMPLETE');
      if (finding.villageId) {
        const village = villages.get(finding.villageId);
        if (!village || village.town_id !== townId || !VILLAGE_LEVELS.includes(village.level)) {
          throw new AppError('PATROL_VILLAGE_NOT_FOUND');
        }
      }
    }
  }

  /** The hazard, reported by the log's writer with the log as its source, in the log's transaction. */
  private async reportHazard(
    ctx: RequestContext,
    finding: CreatePatrolFinding,
    logId: string,
    uow: UnitOfWork,
  ): Promise<string> {
    const note = finding.note ?? '';
    const hazard = await this.hazards.report(
      ctx,
      {
        source: 'patrol',
        sourceRef: { kind: 'patrol_log', id: logId },
        villageId: finding.villageId ?? '',
        title: finding.title || note.slice(0, 30),
        description: note,
      },
      uow,
    );
    return hazard.id;
  }

  private async intakeIncident(ctx: RequestContext, finding: CreatePatrolFinding, uow: UnitOfWork): Promise<string> {
    const incident = await this.incidents.create(
      ctx,
      {
        source: 'patrol',
        classCode: finding.classCode ?? '',
        jurisdictionId: finding.villageId ?? '',
        summary: finding.title ? `${finding.title}：${finding.note ?? ''}` : (finding.note ?? ''),
      },
      uow,
    );
    return incident.id;
  }

  private async present(db: Executor, rows: readonly PatrolLogView[]): Promise<PatrolLog[]> {
    const findings = groupBy(
      await listPatrolFindings(
        db,
        rows.map((row) => row.id),
      ),
      (finding) => finding.log_id,
    );
    return rows.map((row) => ({
      id: row.id,
      shiftId: row.shift_id,
      teamId: row.team_id,
      teamName: row.team_name,
      day: row.day,
      note: row.note,
      findings: (findings.get(row.id) ?? []).map((finding) => ({
        kind: finding.kind,
        note: finding.note,
        villageId: finding.village_id,
        hazardId: finding.hazard_id,
        incidentId: finding.incident_id,
      })),
      checkInCount: row.check_in_count,
      writtenBy: row.written_by,
      writtenByName: row.written_by_name,
      createdAt: row.created_at,
      actions: [],
    }));
  }
}

/** The Shanghai days of a month or a year; shifts are filed under the day they began. */
function daysOf(query: PatrolHoursQuery): { from: string; to: string } {
  if (query.month) {
    const span = monthSpan(query.month);
    return { from: span.firstDay, to: span.lastDay };
  }
  return { from: `${query.year}-01-01`, to: `${query.year}-12-31` };
}

function summarise(rows: readonly PatrolHoursRow[]): Pick<PatrolHours, 'people' | 'teams'> {
  const entries = rows.map((row) => ({
    personId: row.person_id,
    shiftId: row.shift_id,
    times: [row.first_at, row.last_at],
    lengthMinutes: Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000),
    row,
  }));
  const people = new Map<
    string,
    { personId: string; name: string; teamId: string; teamName: string; shifts: number; minutes: number }
  >();
  for (const entry of entries) {
    const key = `${entry.row.team_id}:${entry.personId}`;
    const person = people.get(key) ?? {
      personId: entry.personId,
      name: entry.row.person_name,
      teamId: entry.row.team_id,
      teamName: entry.row.team_name,
      shifts: 0,
      minutes: 0,
    };
    person.shifts += 1;
    person.minutes += shiftMinutes(entry);
    people.set(key, person);
  }
  const teamTotals = totalHours(entries, (entry) => entry.row.team_id);
  const teamNames = new Map(rows.map((row) => [row.team_id, row.team_name]));
  const teamPeople = groupBy([...people.values()], (person) => person.teamId);
  const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;
  return {
    people: [...people.values()].map((person) => ({ ...person, hours: hoursOf(person.minutes) })),
    teams: [...teamTotals.entries()]
      .map(([teamId, total]) => ({
        teamId,
        teamName: teamNames.get(teamId) ?? '',
        people: teamPeople.get(teamId)?.length ?? 0,
        shifts: total.shifts,
        minutes: total.minutes,
        hours: hoursOf(total.minutes),
      }))
      .sort((a, b) => a.teamName.localeCompare(b.teamName, 'zh-CN')),
  };
}
