import {
  formatBeijingDateTime,
  formatBeijingDateTimeOrBlank,
  maskName,
  mayRetryReminder,
  type Page,
  type RecordVideoReminderOutcome,
  type RetryVideoReminder,
  registerAsciiName,
  registerFileName,
  reminderOutcomeStep,
  shanghaiDate,
  VIDEO_REMINDER_CHANNEL_LABELS,
  VIDEO_REMINDER_STATE_LABELS,
  VIDEO_REMINDER_TARGET_LABELS,
  type VideoReminder,
  type VideoReminderChannel,
  type VideoReminderDetail,
  type VideoReminderListFilters,
  type VideoReminderListQuery,
  type VideoReminderRecipientInput,
  type VideoReminderRecipientOptions,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { villageAuxiliaryFor } from '../coverage/district-officer';
import { snapshotsFiledTo } from '../video-views/filed-snapshots';
import {
  requireVideoPatrolRead,
  requireVideoPatrolRun,
  requireVideoReminderRespond,
  videoPatrolActionsChecker,
  videoPatrolReadScope,
} from './video-patrols.policy';
import {
  findVideoPatrolPerson,
  findVideoReminderView,
  insertVideoReminderRows,
  listVideoPatrolPersons,
  listVideoReminderViews,
  listVillageCadreUsers,
  recordVideoReminderOutcomeRow,
  type VideoPatrolCameraView,
  type VideoReminderRow,
  type VideoReminderView,
} from './video-patrols.repository';

/** What a finding's reminder is sent about: the round, the result and the camera (with its village). */
export interface ReminderSubject {
  roundId: string;
  resultId: string;
  camera: VideoPatrolCameraView;
}

interface Recipient {
  userId: string | null;
  personId: string | null;
  name: string;
}

/**
 * Remote reminders (远程喊话提醒). A finding sends one to the village's auxiliary officer, a cadre of the village or the
 * household owning the camera, through the notification centre (the rows are written in the finding's transaction
 * and pushed after its commit); the recipient's side records the outcome once; a reminder left without an answer may
 * be sent again once, as a new attempt. Read in the village's videopatrol.read scope.
 */
export class VideoRemindersService {
  constructor(private readonly deps: Deps) {}

  /** Whom a finding on this camera may remind. */
  async recipientOptions(db: Executor, camera: VideoPatrolCameraView): Promise<VideoReminderRecipientOptions> {
    const auxiliary = await villageAuxiliaryFor(db, camera.village_id);
    const owner =
      camera.kind === 'household' && camera.owner_person_id
        ? await findVideoPatrolPerson(db, camera.owner_person_id)
        : undefined;
    return {
      villageId: camera.village_id,
      villageName: camera.village_name,
      auxiliary: auxiliary?.userId ? { userId: auxiliary.userId, name: auxiliary.name } : null,
      cadres: (await listVillageCadreUsers(db, camera.village_id)).map((cadre) => ({
        userId: cadre.user_id,
        name: cadre.name,
      })),
      household: owner ? { personId: owner.id, name: maskName(owner.name) ?? '' } : null,
    };
  }

  /** Sends the first reminder of a finding inside the result's unit of work; returns its id. */
  async send(
    ctx: RequestContext,
    subject: ReminderSubject,
    input: { recipient: VideoReminderRecipientInput; channel: VideoReminderChannel; message: string },
    uow: UnitOfWork,
  ): Promise<string> {
    const recipient = await this.resolveRecipient(uow.tx, subject.camera, input.recipient);
    const place = {
      townId: subject.camera.town_id,
      villageId: subject.camera.village_id,
      cameraId: subject.camera.id,
      roundId: subject.roundId,
      resultId: subject.resultId,
    };
    const row = this.reminderRow(ctx, place, { ...input, target: input.recipient.target, recipient });
    await insertVideoReminderRows(uow.tx, [row]);
    await this.announce(uow, row, subject.camera.name);
    await uow.audit({
      action: 'video_reminder.send',
      targetType: 'video_reminder',
      targetId: row.id,
      detail: { resultId: row.result_id, target: row.target, channel: row.channel },
    });
    return row.id;
  }

  async list(ctx: RequestContext, query: VideoReminderListQuery): Promise<Page<VideoReminder>> {
    const { db } = this.deps;
    const scope = await videoPatrolReadScope(db, ctx);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listVideoReminderViews(db, scope, {
      ...this.filters(ctx, query),
      after: key ? { at: String(key[0]), id: String(key[1]) } : null,
      limit: query.limit + 1,
    });
    const actions = await videoPatrolActionsChecker(db, ctx);
    return toPage(
      rows,
      query.limit,
      (row) => presentReminder(row, actions.reminder(row)),
      (row) => [row.sent_at, row.id],
    );
  }

  async get(ctx: RequestContext, id: string): Promise<VideoReminderDetail> {
    return this.detail(this.deps.db, ctx, id);
  }

  async recordOutcome(ctx: RequestContext, id: string, body: RecordVideoReminderOutcome): Promise<VideoReminderDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const reminder = await findVideoReminderView(tx, id);
      await requireVideoPatrolRead(tx, ctx, reminder);
      if (!reminder) throw notFound();
      await requireVideoReminderRespond(tx, ctx, reminder);
      const step = reminderOutcomeStep(reminder.state, body.outcome);
      if (!step.ok) throw new AppError(step.code);
      // Conditional on `pending`: of two answers racing, the second meets the same 409.
      const updated = await recordVideoReminderOutcomeRow(tx, id, {
        state: step.state,
        outcome_note: body.note || null,
        outcome_at: nowIso(),
        outcome_by: actor.userId,
        outcome_by_name: actor.displayName,
      });
      if (updated === 0) throw new AppError('VIDEO_REMINDER_OUTCOME_RECORDED');
      await uow.audit({
        action: 'video_reminder.outcome',
        targetType: 'video_reminder',
        targetId: id,
        detail: { outcome: step.state },
      });
      if (reminder.sent_by !== actor.userId) {
        await uow.notify({
          userIds: [reminder.sent_by],
          kind: 'video_reminder.outcome',
          title: `远程提醒有反馈：${reminder.camera_name}`,
          body: `${reminder.village_name}，${VIDEO_REMINDER_STATE_LABELS[step.state].zh}`,
          targetType: 'video_reminder',
          targetId: id,
        });
      }
      return this.detail(tx, ctx, id);
    });
  }

  async retry(ctx: RequestContext, id: string, body: RetryVideoReminder): Promise<VideoReminderDetail> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const previous = await findVideoReminderView(tx, id);
      await requireVideoPatrolRead(tx, ctx, previous);
      if (!previous) throw notFound();
      await requireVideoPatrolRun(tx, ctx, previous);
      if (!mayRetryReminder(previous.state, previous.next_attempt_id !== null)) {
        throw new AppError('VIDEO_REMINDER_RETRY_INVALID');
      }
      const row: VideoReminderRow = {
        ...this.reminderRow(
          ctx,
          {
            townId: previous.town_id,
            villageId: previous.jurisdiction_id,
            cameraId: previous.camera_id,
            roundId: previous.round_id,
            resultId: previous.result_id,
          },
          {
            target: previous.target,
            channel: body.channel ?? previous.channel,
            message: body.message ?? previous.message,
            recipient: {
              userId: previous.recipient_user_id,
              personId: previous.recipient_person_id,
              name: previous.recipient_name,
            },
          },
        ),
        attempt: previous.attempt + 1,
        retry_of_id: previous.id,
      };
      // The unique retry_of_id settles two retries racing: the second meets the same 409.
      await refuseDuplicate(insertVideoReminderRows(tx, [row]), 'VIDEO_REMINDER_RETRY_INVALID');
      await this.announce(uow, row, previous.camera_name);
      await uow.audit({
        action: 'video_reminder.retry',
        targetType: 'video_reminder',
        targetId: row.id,
        detail: { retryOf: previous.id, attempt: row.attempt, channel: row.channel },
      });
      return this.detail(tx, ctx, row.id);
    });
  }

  /**
   * The reminders of the filters as a workbook: a household's name masked unless the caller holds person.unmask over
   * that person; one audit row with how many names went out in clear.
   */
  async export(ctx: RequestContext, query: VideoReminderListFilters): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await videoPatrolReadScope(tx, ctx);
      const rows = await listVideoReminderViews(tx, scope, { ...this.filters(ctx, query), limit: null });
      const unmask = await actionsChecker(tx, ctx, { unmask: 'person.unmask' });
      const people = new Map(
        (
          await listVideoPatrolPersons(
            tx,
            rows.flatMap((row) =>
              row.target === 'household' && row.recipient_person_id ? [row.recipient_person_id] : [],
            ),
          )
        ).map((person) => [person.id, person]),
      );
      let clear = 0;
      const nameOf = (row: VideoReminderView): string => {
        const person =
          row.target === 'household' && row.recipient_person_id ? people.get(row.recipient_person_id) : null;
        if (person && unmask({ townId: person.town_id, jurisdictionId: person.jurisdiction_id }).includes('unmask')) {
          clear += 1;
          return person.name;
        }
        return row.recipient_name;
      };
      const lines = rows.map((row) => [
        formatBeijingDateTime(row.sent_at),
        row.village_name,
        row.camera_name,
        VIDEO_REMINDER_TARGET_LABELS[row.target].zh,
        nameOf(row),
        VIDEO_REMINDER_CHANNEL_LABELS[row.channel].zh,
        row.message,
        String(row.attempt),
        VIDEO_REMINDER_STATE_LABELS[row.state].zh,
        row.outcome_note ?? '',
        formatBeijingDateTimeOrBlank(row.outcome_at),
        row.sent_by_name,
      ]);
      await uow.audit({
        action: 'video_reminder.export',
        targetType: 'video_reminder',
        detail: { count: rows.length, filters: query, clear },
      });
      const at = new Date();
      const body = await listWorkbookBody(
        '远程提醒',
        [
          '提醒时间',
          '村（社区）',
          '视频点位',
          '提醒对象',
          '姓名',
          '方式',
          '提醒内容',
          '次数',
          '结果',
          '结果说明',
          '反馈时间',
          '提醒人',
        ],
        lines,
      );
      return {
        body,
        fileName: registerFileName('远程提醒', '', at),
        asciiName: registerAsciiName('video-reminders', at),
      };
    });
  }

  private filters(ctx: RequestContext, query: VideoReminderListFilters) {
    return {
      state: query.state,
      villageId: query.villageId,
      target: query.target,
      fromDay: query.from,
      toDay: query.to,
      recipientUserId: query.mine === 'true' ? requireActor(ctx).userId : undefined,
    };
  }

  private async detail(db: Executor, ctx: RequestContext, id: string): Promise<VideoReminderDetail> {
    const row = await findVideoReminderView(db, id);
    await requireVideoPatrolRead(db, ctx, row);
    if (!row) throw notFound();
    const actions = await videoPatrolActionsChecker(db, ctx);
    const snapshots = await snapshotsFiledTo(db, 'video_patrol_result', [row.result_id]);
    return {
      ...presentReminder(row, actions.reminder(row)),
      findingNote: row.finding_note,
      snapshots: snapshots.get(row.result_id) ?? [],
    };
  }

  private async resolveRecipient(
    db: Executor,
    camera: VideoPatrolCameraView,
    input: VideoReminderRecipientInput,
  ): Promise<Recipient> {
    if (input.target === 'village_auxiliary') {
      const auxiliary = await villageAuxiliaryFor(db, camera.village_id);
      if (!auxiliary) throw new AppError('VIDEO_REMINDER_RECIPIENT_UNAVAILABLE');
      return { userId: auxiliary.userId, personId: auxiliary.personId, name: auxiliary.name };
    }
    if (input.target === 'village_cadre') {
      const cadre = (await listVillageCadreUsers(db, camera.village_id)).find((c) => c.user_id === input.userId);
      if (!cadre) throw new AppError('VIDEO_REMINDER_RECIPIENT_UNAVAILABLE');
      return { userId: cadre.user_id, personId: null, name: cadre.name };
    }
    const owner =
      camera.kind === 'household' && camera.owner_person_id
        ? await findVideoPatrolPerson(db, camera.owner_person_id)
        : undefined;
    if (!owner) throw new AppError('VIDEO_REMINDER_RECIPIENT_UNAVAILABLE');
    // Stored masked: lists and notifications never carry a household's name in clear.
    return { userId: null, personId: owner.id, name: maskName(owner.name) ?? '' };
  }

  private reminderRow(
    ctx: RequestContext,
    place: { townId: string; villageId: string; cameraId: string; roundId: string; resultId: string },
    input: { target: VideoReminderRow['target']; channel: VideoReminderChannel; message: string; recipient: Recipient },
  ): VideoReminderRow {
    const actor = requireActor(ctx);
    const now = nowIso();
    return {
      id: newId(),
      town_id: place.townId,
      jurisdiction_id: place.villageId,
      round_id: place.roundId,
      result_id: place.resultId,
      camera_id: place.cameraId,
      target: input.target,
      channel: input.channel,
      recipient_user_id: input.recipient.userId,
      recipient_person_id: input.recipient.personId,
      recipient_name: input.recipient.name,
      message: input.message,
      state: 'pending',
      outcome_note: null,
      outcome_at: null,
      outcome_by: null,
      outcome_by_name: null,
      attempt: 1,
      retry_of_id: null,
      day: shanghaiDate(now),
      sent_by: actor.userId,
      sent_by_name: actor.displayName,
      sent_at: now,
    };
  }

  /**
   * The notification: to the auxiliary officer or cadre reminded; for a household (no account), to the village's
   * auxiliary officer, who follows it up and records the outcome.
   */
  private async announce(uow: UnitOfWork, row: VideoReminderRow, cameraName: string): Promise<void> {
    const userId = row.recipient_user_id ?? (await villageAuxiliaryFor(uow.tx, row.jurisdiction_id))?.userId ?? null;
    if (!userId) return;
    await uow.notify({
      userIds: [userId],
      kind: 'video_reminder.sent',
      title: `视频巡查远程提醒：${cameraName}`,
      body: row.message.slice(0, 100),
      targetType: 'video_reminder',
      targetId: row.id,
    });
  }
}

export function presentReminder(row: VideoReminderView, actions: string[]): VideoReminder {
  return {
    id: row.id,
    townId: row.town_id,
    villageId: row.jurisdiction_id,
    villageName: row.village_name,
    roundId: row.round_id,
    roundDay: row.round_day,
    resultId: row.result_id,
    cameraId: row.camera_id,
    cameraName: row.camera_name,
    target: row.target,
    channel: row.channel,
    recipientUserId: row.recipient_user_id,
    recipientName: row.recipient_name,
    message: row.message,
    state: row.state,
    outcomeNote: row.outcome_note,
    outcomeAt: row.outcome_at,
    outcomeByName: row.outcome_by_name,
    attempt: row.attempt,
    retryOfId: row.retry_of_id,
    sentBy: row.sent_by,
    sentByName: row.sent_by_name,
    sentAt: row.sent_at,
    actions,
  };
}
