import {
  formatBeijingDateTimeOrBlank,
  type Page,
  type RecordVideoPatrolResult,
  registerAsciiName,
  registerFileName,
  roundCompleteness,
  type StartVideoPatrolRound,
  shanghaiDate,
  VIDEO_PATROL_PARTICIPANT_ROLE_LABELS,
  VIDEO_PATROL_ROUND_STATE_LABELS,
  VIDEO_REMINDER_STATE_LABELS,
  type VideoPatrolFindingInput,
  type VideoPatrolParticipant,
  type VideoPatrolResult,
  type VideoPatrolRound,
  type VideoPatrolRoundDetail,
  type VideoPatrolRoundExportQuery,
  type VideoPatrolRoundListQuery,
  type VideoPatrolSnapshot,
  type VideoReminderRecipientOptions,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { findUserById } from '../../platform/auth/accounts.repository';
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
import { snapshotsFiledTo } from '../video-views/filed-snapshots';
import { presentCamera, townOfCameras } from './video-patrol-plans.service';
import {
  requireVideoPatrolRead,
  requireVideoPatrolRun,
  videoPatrolActionsChecker,
  videoPatrolReadScope,
  videoPatrolRunScope,
} from './video-patrols.policy';
import {
  closeVideoPatrolRoundRow,
  countVideoPatrolResult,
  findRotationDirectorOn,
  findVideoPatrolPlanRow,
  findVideoPatrolRoundRow,
  insertVideoPatrolParticipantRows,
  insertVideoPatrolResultRows,
  insertVideoPatrolRoundRows,
  isCameraInVideoPatrolRound,
  listVideoPatrolCameras,
  listVideoPatrolParticipantRows,
  listVideoPatrolPlanCameraRows,
  listVideoPatrolResultRows,
  listVideoPatrolRoundCameraViews,
  listVideoPatrolRoundRows,
  listVideoReminderRowsOfResults,
  setVideoPatrolResultFinding,
  type VideoPatrolCameraView,
  type VideoPatrolParticipantRow,
  type VideoPatrolResultRow,
  type VideoPatrolRoundFilter,
  type VideoPatrolRoundRow,
  type VideoReminderRow,
} from './video-patrols.repository';
import type { VideoRemindersService } from './video-reminders.service';

/**
 * Video patrol rounds: created for the day by the daily job or started by hand, recorded camera by camera, finished
 * when every camera has its result. A finding becomes a remote reminder, an incident (the incidents intake) or a
 * hazard (HazardsService.report) inside the result's unit of work, so a refused later step leaves no result behind.
 */
export class VideoPatrolRoundsService {
  constructor(
    private readonly deps: Deps,
    private readonly incidents: IncidentsService,
    private readonly hazards: HazardsService,
    private readonly reminders: VideoRemindersService,
  ) {}

  async list(ctx: RequestContext, query: VideoPatrolRoundListQuery): Promise<Page<VideoPatrolRound>> {
    const { db } = this.deps;
    const scope = await videoPatrolReadScope(db, ctx);
    const rows = await listVideoPatrolRoundRows(db, scope, {
      ...roundFilter(query),
      after: decodeDayIdCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = toDayIdPage(rows, query.limit);
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<VideoPatrolRoundDetail> {
    return this.detail(this.deps.db, ctx, id);
  }

  /**
   * Starts a round now, from a plan or over chosen cameras. The caller is the round's duty officer; the security
   * director on rotation at the station today joins it when the rota names one.
   */
  async start(ctx: RequestContext, body: StartVideoPatrolRound): Promise<VideoPatrolRoundDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const now = nowIso();
      let source: {
        townId: string;
        planId: string | null;
        name: string;
        cameraIds: string[];
        checklist: VideoPatrolRoundRow['checklist'];
      };
      if (body.planId) {
        const plan = await findVideoPatrolPlanRow(tx, body.planId);
        await requireVideoPatrolRead(tx, ctx, plan);
        if (!plan) throw notFound();
        await requireVideoPatrolRun(tx, ctx, plan);
        if (plan.active !== 1) throw new AppError('VIDEO_PATROL_PLAN_INACTIVE');
        const cameras = await listVideoPatrolPlanCameraRows(tx, [plan.id]);
        source = {
          townId: plan.town_id,
          planId: plan.id,
          name: body.name ?? plan.name,
          cameraIds: cameras.map((camera) => camera.camera_id),
          checklist: plan.checklist,
        };
      } else {
        const cameraIds = [...new Set(body.cameraIds ?? [])];
        const townId = await townOfCameras(tx, await videoPatrolRunScope(tx, ctx), cameraIds);
        source = { townId, planId: null, name: body.name ?? '临时巡查', cameraIds, checklist: [] };
      }
      const round: VideoPatrolRoundRow = {
        id: newId(),
        town_id: source.townId,
        jurisdiction_id: source.townId,
        plan_id: source.planId,
        name: source.name,
        origin: 'manual',
        schedule_key: null,
        day: shanghaiDate(now),
        scheduled_at: now,
        state: 'open',
        checklist: source.checklist,
        camera_count: source.cameraIds.length,
        result_count: 0,
        finding_count: 0,
        started_at: now,
        closed_at: null,
        closed_by: null,
        created_by: actor.userId,
        created_at: now,
      };
      const participants = [
        await dutyOfficerRow(tx, ctx, round),
        ...(await directorRows(tx, round.id, round.town_id, round.day)),
      ];
      await insertVideoPatrolRoundRows(
        tx,
        [round],
        roundCameraRows(round.id, round.town_id, source.cameraIds),
        participants,
      );
      await uow.audit({
        action: 'video_patrol_round.start',
        targetType: 'video_patrol_round',
        targetId: round.id,
        detail: { planId: round.plan_id, day: round.day, cameras: round.camera_count },
      });
      return this.detail(tx, ctx, round.id);
    });
  }

  async recordResult(ctx: RequestContext, id: string, body: RecordVideoPatrolResult): Promise<VideoPatrolResult> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const round = await findVideoPatrolRoundRow(tx, id);
      await requireVideoPatrolRead(tx, ctx, round);
      if (!round) throw notFound();
      await requireVideoPatrolRun(tx, ctx, round);
      if (round.state !== 'open') throw new AppError('VIDEO_PATROL_ROUND_CLOSED');
      if (!(await isCameraInVideoPatrolRound(tx, round.id, body.cameraId))) {
        throw new AppError('VIDEO_PATROL_CAMERA_NOT_IN_ROUND');
      }
      const itemIds = new Set(round.checklist.map((item) => item.id));
      if (body.answers.some((answer) => !itemIds.has(answer.itemId))) throw new AppError('VIDEO_PATROL_ANSWER_UNKNOWN');
      const [camera] = await listVideoPatrolCameras(tx, [body.cameraId]);
      if (!camera) throw new AppError('VIDEO_PATROL_CAMERA_NOT_IN_ROUND');
      const now = nowIso();
      const result: VideoPatrolResultRow = {
        id: newId(),
        round_id: round.id,
        camera_id: camera.id,
        town_id: round.town_id,
        jurisdiction_id: camera.village_id,
        day: round.day,
        kind: body.kind,
        answers: body.answers,
        note: body.note || null,
        finding_kind: null,
        finding_id: null,
        finding_label: null,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
        recorded_at: now,
      };
      // Two recorders racing past nothing meet the unique (round, camera): the second gets the same 409.
      await refuseDuplicate(insertVideoPatrolResultRows(tx, [result]), 'VIDEO_PATROL_RESULT_EXISTS');
      if ((await countVideoPatrolResult(tx, round.id, body.kind === 'finding', now)) === 0) {
        throw new AppError('VIDEO_PATROL_ROUND_CLOSED');
      }
      // The first to record a result on a scheduled round is its duty officer.
      await insertVideoPatrolParticipantRows(tx, [await dutyOfficerRow(tx, ctx, round)]);
      if (body.finding) {
        const finding = await this.followUp(ctx, round, result, camera, body.finding, uow);
        await setVideoPatrolResultFinding(tx, result.id, finding);
        Object.assign(result, finding);
      }
      await uow.audit({
        action: 'video_patrol_result.record',
        targetType: 'video_patrol_round',
        targetId: round.id,
        detail: {
          resultId: result.id,
          cameraId: camera.id,
          kind: result.kind,
          finding: result.finding_kind,
          findingId: result.finding_id,
        },
      });
      const reminders = await listVideoReminderRowsOfResults(tx, [result.id]);
      // Snapshots are filed to a result by its id, which exists only from now on: a new result has none.
      return presentResult(result, reminders, []);
    });
  }

  async finish(ctx: RequestContext, id: string): Promise<VideoPatrolRoundDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const round = await findVideoPatrolRoundRow(tx, id);
      await requireVideoPatrolRead(tx, ctx, round);
      if (!round) throw notFound();
      await requireVideoPatrolRun(tx, ctx, round);
      if (round.state !== 'open') throw new AppError('VIDEO_PATROL_ROUND_CLOSED');
      const cameras = await listVideoPatrolRoundCameraViews(tx, [round.id]);
      const results = await listVideoPatrolResultRows(tx, [round.id]);
      const completeness = roundCompleteness(
        cameras.map((camera) => camera.id),
        results.map((result) => result.camera_id),
      );
      if (!completeness.complete) {
        throw new AppError('VIDEO_PATROL_ROUND_INCOMPLETE', { missing: completeness.missing });
      }
      if ((await closeVideoPatrolRoundRow(tx, round.id, nowIso(), actor.userId)) === 0) {
        throw new AppError('VIDEO_PATROL_ROUND_CLOSED');
      }
      await uow.audit({
        action: 'video_patrol_round.finish',
        targetType: 'video_patrol_round',
        targetId: round.id,
        detail: { cameras: completeness.total, findings: results.filter((r) => r.kind === 'finding').length },
      });
      return this.detail(tx, ctx, round.id);
    });
  }

  async recipients(ctx: RequestContext, id: string, cameraId: string): Promise<VideoReminderRecipientOptions> {
    const { db } = this.deps;
    const round = await findVideoPatrolRoundRow(db, id);
    await requireVideoPatrolRead(db, ctx, round);
    if (!round) throw notFound();
    await requireVideoPatrolRun(db, ctx, round);
    if (!(await isCameraInVideoPatrolRound(db, round.id, cameraId))) {
      throw new AppError('VIDEO_PATROL_CAMERA_NOT_IN_ROUND');
    }
    const [camera] = await listVideoPatrolCameras(db, [cameraId]);
    if (!camera) throw new AppError('VIDEO_PATROL_CAMERA_NOT_IN_ROUND');
    return this.reminders.recipientOptions(db, camera);
  }

  /** The rounds of the filters as a workbook (staff names only, no personal data), one audit row. */
  async export(ctx: RequestContext, query: VideoPatrolRoundExportQuery): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await videoPatrolReadScope(tx, ctx);
      const rows = await listVideoPatrolRoundRows(tx, scope, { ...roundFilter(query), limit: null });
      const participants = groupBy(
        await listVideoPatrolParticipantRows(
          tx,
          rows.map((row) => row.id),
        ),
        (row) => row.round_id,
      );
      await uow.audit({
        action: 'video_patrol_round.export',
        targetType: 'video_patrol_round',
        detail: { count: rows.length, filters: query, clear: 0 },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '视频巡查记录',
        ['巡查日期', '巡查名称', '状态', '点位数', '已巡查', '发现问题', '参与人员', '开始时间', '完成时间'],
        rows.map((row) => [
          row.day,
          row.name,
          VIDEO_PATROL_ROUND_STATE_LABELS[row.state].zh,
          String(row.camera_count),
          String(row.result_count),
          String(row.finding_count),
          (participants.get(row.id) ?? [])
            .map((p) => `${VIDEO_PATROL_PARTICIPANT_ROLE_LABELS[p.role].zh}：${p.name}`)
            .join('；'),
          formatBeijingDateTimeOrBlank(row.started_at),
          formatBeijingDateTimeOrBlank(row.closed_at),
        ]),
      );
      return {
        body,
        fileName: registerFileName('视频巡查记录', '', at),
        asciiName: registerAsciiName('video-patrol-rounds', at),
      };
    });
  }

  /** What a finding becomes, in the result's unit of work; returns the reference the result keeps. */
  private async followUp(
    ctx: RequestContext,
    round: VideoPatrolRoundRow,
    result: VideoPatrolResultRow,
    camera: VideoPatrolCameraView,
    finding: VideoPatrolFindingInput,
    uow: UnitOfWork,
  ): Promise<Pick<VideoPatrolResultRow, 'finding_kind' | 'finding_id' | 'finding_label'>> {
    const note = result.note ?? '';
    if (finding.kind === 'reminder') {
      const reminderId = await this.reminders.send(
        ctx,
        { roundId: round.id, resultId: result.id, camera },
        { recipient: finding.recipient, channel: finding.channel, message: finding.message },
        uow,
      );
      return { finding_kind: 'reminder', finding_id: reminderId, finding_label: null };
    }
    if (finding.kind === 'incident') {
      const incident = await this.incidents.create(
        ctx,
        {
          source: 'video_patrol',
          classCode: finding.classCode,
          jurisdictionId: camera.village_id,
          summary: `${finding.title ? `${finding.title}：` : ''}${note}（视频点位：${camera.name}）`,
        },
        uow,
      );
      return { finding_kind: 'incident', finding_id: incident.id, finding_label: incident.number };
    }
    const hazard = await this.hazards.report(
      ctx,
      {
        source: 'video_patrol',
        sourceRef: { kind: 'video_patrol_result', id: result.id },
        villageId: camera.village_id,
        title: finding.title,
        description: note,
        location: camera.name,
        ...(finding.deadline ? { deadline: finding.deadline } : {}),
      },
      uow,
    );
    return { finding_kind: 'hazard', finding_id: hazard.id, finding_label: hazard.title };
  }

  private async detail(db: Executor, ctx: RequestContext, id: string): Promise<VideoPatrolRoundDetail> {
    const round = await findVideoPatrolRoundRow(db, id);
    await requireVideoPatrolRead(db, ctx, round);
    if (!round) throw notFound();
    const [presented] = await this.present(db, ctx, [round]);
    if (!presented) throw notFound();
    const cameras = await listVideoPatrolRoundCameraViews(db, [round.id]);
    const results = await listVideoPatrolResultRows(db, [round.id]);
    const reminders = groupBy(
      await listVideoReminderRowsOfResults(
        db,
        results.map((result) => result.id),
      ),
      (reminder) => reminder.result_id,
    );
    const snapshots = await snapshotsFiledTo(
      db,
      'video_patrol_result',
      results.map((result) => result.id),
    );
    const resultOf = new Map(results.map((result) => [result.camera_id, result]));
    return {
      ...presented,
      checklist: round.checklist,
      cameras: cameras.map((camera) => {
        const result = resultOf.get(camera.id);
        return {
          ...presentCamera(camera),
          result: result ? presentResult(result, reminders.get(result.id) ?? [], snapshots.get(result.id) ?? []) : null,
        };
      }),
    };
  }

  /** A page of rounds with their participants: two queries whatever the page size. */
  private async present(
    db: Executor,
    ctx: RequestContext,
    rows: readonly VideoPatrolRoundRow[],
  ): Promise<VideoPatrolRound[]> {
    const participants = groupBy(
      await listVideoPatrolParticipantRows(
        db,
        rows.map((row) => row.id),
      ),
      (row) => row.round_id,
    );
    const actions = await videoPatrolActionsChecker(db, ctx);
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      planId: row.plan_id,
      name: row.name,
      origin: row.origin,
      day: row.day,
      scheduledAt: row.scheduled_at,
      state: row.state,
      cameraCount: row.camera_count,
      resultCount: row.result_count,
      findingCount: row.finding_count,
      participants: (participants.get(row.id) ?? []).map(presentParticipant),
      startedAt: row.started_at,
      closedAt: row.closed_at,
      createdAt: row.created_at,
      actions: actions.round(row),
    }));
  }
}

function roundFilter(query: VideoPatrolRoundExportQuery): Omit<VideoPatrolRoundFilter, 'limit'> {
  return {
    planId: query.planId,
    state: query.state,
    fromDay: query.from,
    toDay: query.to,
    withFindings: query.withFindings === undefined ? undefined : query.withFindings === 'true',
  };
}

export function roundCameraRows(roundId: string, townId: string, cameraIds: readonly string[]) {
  return cameraIds.map((cameraId, index) => ({
    round_id: roundId,
    camera_id: cameraId,
    town_id: townId,
    sort_order: index,
  }));
}

/** The caller as the round's duty officer. */
async function dutyOfficerRow(
  db: Executor,
  ctx: RequestContext,
  round: Pick<VideoPatrolRoundRow, 'id' | 'town_id'>,
): Promise<VideoPatrolParticipantRow> {
  const actor = requireActor(ctx);
  const user = await findUserById(db, actor.userId);
  return {
    round_id: round.id,
    role: 'duty_officer',
    town_id: round.town_id,
    user_id: actor.userId,
    person_id: user?.person_id ?? null,
    name: actor.displayName,
  };
}

/** The security director on rotation at the station that day, when the rota names one (none otherwise). */
export async function directorRows(
  db: Executor,
  roundId: string,
  townId: string,
  day: string,
): Promise<VideoPatrolParticipantRow[]> {
  const director = await findRotationDirectorOn(db, townId, day);
  return director
    ? [
        {
          round_id: roundId,
          role: 'security_director',
          town_id: townId,
          user_id: director.user_id,
          person_id: director.person_id,
          name: director.name,
        },
      ]
    : [];
}

function presentParticipant(row: VideoPatrolParticipantRow): VideoPatrolParticipant {
  return { role: row.role, userId: row.user_id, personId: row.person_id, name: row.name };
}

function presentResult(
  row: VideoPatrolResultRow,
  reminders: readonly VideoReminderRow[],
  snapshots: VideoPatrolSnapshot[],
): VideoPatrolResult {
  const latest = reminders[reminders.length - 1];
  const label =
    row.finding_kind === 'reminder' && latest ? VIDEO_REMINDER_STATE_LABELS[latest.state].zh : row.finding_label;
  return {
    id: row.id,
    roundId: row.round_id,
    cameraId: row.camera_id,
    kind: row.kind,
    answers: row.answers,
    note: row.note,
    finding:
      row.finding_kind && row.finding_id ? { kind: row.finding_kind, id: row.finding_id, label: label ?? null } : null,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
    snapshots,
  };
}
