import type { Readable } from 'node:stream';
import {
  addDays,
  type CreateTask,
  type CreateTaskFeedback,
  formatBeijingDate,
  type Page,
  type Role,
  shanghaiDate,
  TASK_DUE_SOON_DAYS,
  type Task,
  type TaskAction,
  type TaskConfirm,
  type TaskDone,
  type TaskFeedbackPhoto,
  type TaskLinkKind,
  type TaskListItem,
  type TaskListQuery,
  type TaskNotificationKind,
  type TaskOwnerOption,
  type TaskOwnerOptionsQuery,
  type TaskReason,
  type TaskState,
  taskDeadlineProblem,
  taskDeadlineStatus,
  taskInputProblem,
  taskStep,
  type UpdateTask,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { groupBy } from '../../platform/group-by';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findOrganization } from '../directory/organizations.repository';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import { listDepartmentUsers } from '../disputes/disputes.repository';
import type { DisputesService } from '../disputes/disputes.service';
import { linkedRecordNumber, linkedRecordReadability } from '../duty/linked-records';
import {
  meetingStepAllowedOrThrow,
  requireTaskRead,
  type TaskPolicy,
  taskAssignScope,
  taskPolicy,
  taskVisibility,
  townOf,
} from './meetings.policy';
import { findMeetingView, findTownAccount, listTownAccounts, listTownDepartments } from './meetings.repository';
import {
  countFeedback,
  findFeedbackRow,
  findTaskPhotoRow,
  findTaskView,
  insertFeedbackRows,
  insertTaskLinkRows,
  insertTaskPhotoRow,
  insertTaskRows,
  listFeedbackRows,
  listTaskLinkRows,
  listTaskPhotoIds,
  listTaskViews,
  type TaskFeedbackRow,
  type TaskFilter,
  type TaskLinkRow,
  type TaskPhotoRow,
  type TaskRow,
  type TaskView,
  type TaskVisibility,
  updateTaskRow,
} from './tasks.repository';

/** Feedback photos are photos: jpg and png only. */
const PHOTO_TYPES = ['jpg', 'png'] as const;
const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];
/** The roles whose accounts are offered as task owners: the people who work a town's tasks. */
const OWNER_ROLES: readonly Role[] = ['chief', 'officer', 'zongzhiban', 'auxiliary', 'village_cadre', 'department'];

/**
 * The tasks a consultation assigns (交办任务, domain.md §6), or that a holder of task.assign assigns outside a
 * meeting: the owner (an account or a department) gives feedback and reports the task done, the assigning side
 * confirms it or sends it back, and overdue tasks are reminded daily (task-reminders.ts).
 */
export class TasksService {
  private readonly files: FileStore;

  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {
    this.files = new FileStore(deps.config.dataDir);
  }

  /**
   * A new task. Every input problem answers its stable code before anything is written: no owner, no deadline, a
   * deadline before the meeting (or in the past), an owner or village outside the town, a link the caller may not
   * read. A meeting's task is the meeting's town's; the meeting must still take tasks (draft or held).
   */
  async create(ctx: RequestContext, input: CreateTask, joined?: UnitOfWork): Promise<Task> {
    const actor = requireActor(ctx);
    const now = new Date();
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const scope = await taskAssignScope(tx, ctx);
        let townId: string;
        let meetingDay: string | null = null;
        if (input.meetingId) {
          const meeting = await findMeetingView(tx, input.meetingId);
          if (!meeting || !scope.townIds.has(meeting.town_id)) throw notFound();
          meetingStepAllowedOrThrow(meeting.state, 'assignTask');
          townId = meeting.town_id;
          meetingDay = meeting.day;
        } else {
          townId = townOf(scope, input.townId);
        }
        const problem = taskInputProblem(input, { meetingDay, today: shanghaiDate(now) });
        if (problem) throw new AppError(problem);
        const owner = input.owner;
        const dueOn = input.dueOn;
        if (!owner || !dueOn) throw new AppError(owner ? 'TASK_DEADLINE_REQUIRED' : 'TASK_OWNER_REQUIRED');
        const ownerName = await this.ownerName(tx, townId, owner);
        let villageId: string | null = null;
        if (input.villageId) {
          const village = await findJurisdiction(tx, input.villageId);
          if (!village || village.town_id !== townId || !VILLAGE_LEVELS.includes(village.level)) {
            throw new AppError('TASK_VILLAGE_UNKNOWN');
          }
          villageId = village.id;
        }
        const at = nowIso(now);
        const row: TaskRow = {
          id: newId(),
          town_id: townId,
          jurisdiction_id: villageId ?? townId,
          meeting_id: input.meetingId ?? null,
          title: input.title,
          detail: input.detail || null,
          owner_kind: owner.kind,
          owner_user_id: owner.kind === 'user' ? owner.id : null,
          owner_organization_id: owner.kind === 'organization' ? owner.id : null,
          owner_name: ownerName,
          village_id: villageId,
          due_on: dueOn,
          priority: input.priority,
          state: 'open',
          assigned_by: actor.userId,
          assigned_by_name: actor.displayName,
          done_at: null,
          confirmed_at: null,
          cancelled_at: null,
          reason: null,
          created_at: at,
          updated_at: at,
        };
        const links = await this.resolveLinks(tx, ctx, row, input.links ?? []);
        await insertTaskRows(tx, [row]);
        await insertTaskLinkRows(tx, links);
        await uow.audit({
          action: 'task.create',
          targetType: 'task',
          targetId: row.id,
          detail: {
            meetingId: row.meeting_id,
            ownerKind: row.owner_kind,
            ownerId: owner.id,
            villageId: row.village_id,
            dueOn: row.due_on,
            links: links.map((link) => ({ kind: link.kind, id: link.target_id })),
          },
        });
        await uow.notify({
          userIds: (await ownerUsers(tx, row)).filter((id) => id !== actor.userId),
          kind: 'task.assigned',
          title: `新交办任务：${row.title}`,
          body: `办理期限 ${formatBeijingDate(`${row.due_on}T12:00:00+08:00`)}`,
          targetType: 'task',
          targetId: row.id,
        });
        return this.view(tx, ctx, row.id);
      },
      joined,
    );
  }

  /** Who the caller may give a task to in a town: its accounts with a role there, then its departments. */
  async ownerOptions(ctx: RequestContext, query: TaskOwnerOptionsQuery): Promise<TaskOwnerOption[]> {
    const { db } = this.deps;
    const townId = townOf(await taskAssignScope(db, ctx), query.townId);
    const accounts = await listTownAccounts(db, townId, OWNER_ROLES);
    const seen = new Set<string>();
    const options: TaskOwnerOption[] = [];
    for (const account of accounts) {
      if (seen.has(account.id)) continue;
      seen.add(account.id);
      options.push({
        kind: 'user',
        id: account.id,
        name: account.display_name,
        role: account.role,
        detail: account.place_name,
      });
    }
    for (const department of await listTownDepartments(db, townId)) {
      options.push({ kind: 'organization', id: department.id, name: department.name, role: null, detail: null });
    }
    return options;
  }

  /** The tasks the caller may read, soonest deadline first, in a fixed number of queries whatever the page size. */
  async list(ctx: RequestContext, query: TaskListQuery): Promise<Page<TaskListItem>> {
    const { db } = this.deps;
    const visibility = await taskVisibility(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listTaskViews(db, visibility, {
      ...taskFilterOf(query, visibility, shanghaiDate(new Date())),
      after: cursor ? { dueOn: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.due_on, row.id],
    );
    return { items: await this.presentItems(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<Task> {
    const { db } = this.deps;
    const { task } = await requireTaskRead(db, ctx, await findTaskView(db, id));
    return this.view(db, ctx, task.id);
  }

  /** The assigning side changes an open task's text, deadline or priority; the deadline rule is the create's. */
  async update(ctx: RequestContext, id: string, input: UpdateTask): Promise<Task> {
    return this.step(ctx, id, 'edit', async (uow, task) => {
      if (input.dueOn !== undefined) {
        const meeting = task.meeting_id ? await findMeetingView(uow.tx, task.meeting_id) : undefined;
        const problem = taskDeadlineProblem(input.dueOn, {
          meetingDay: meeting?.day ?? null,
          today: shanghaiDate(new Date()),
        });
        if (problem) throw new AppError(problem);
      }
      const patch = {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.detail !== undefined ? { detail: input.detail || null } : {}),
        ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
        ...(input.priority !== undefined ? { priority: input.priority } : {}),
      };
      return { patch, detail: { fields: Object.keys(patch) } };
    });
  }

  /** A feedback entry by the owner side on an open task; someone else's task answers 403 TASK_NOT_OWNER. */
  async feedback(ctx: RequestContext, id: string, input: CreateTaskFeedback): Promise<Task> {
    return this.step(ctx, id, 'feedback', async (uow, task) => {
      const entry = await this.addFeedback(uow, task, input.note);
      return { patch: {}, detail: { feedbackId: entry.id } };
    });
  }

  /** The owner side reports the task done, with an optional closing note; the assigner is told. */
  async done(ctx: RequestContext, id: string, input: TaskDone): Promise<Task> {
    return this.step(ctx, id, 'done', async (uow, task) => {
      if (input.note) await this.addFeedback(uow, task, input.note);
      if (task.assigned_by && task.assigned_by !== requireActor(ctx).userId) {
        await uow.notify({
          userIds: [task.assigned_by],
          kind: 'task.done',
          title: `任务已报办结，请确认：${task.title}`,
          body: `责任方 ${task.owner_name}`,
          targetType: 'task',
          targetId: task.id,
        });
      }
      return { patch: { done_at: nowIso(new Date()), reason: null }, detail: {} };
    });
  }

  async confirm(ctx: RequestContext, id: string, input: TaskConfirm): Promise<Task> {
    return this.step(ctx, id, 'confirm', async (uow, task) => {
      await this.notifyOwner(uow, task, 'task.confirmed', `任务已确认办结：${task.title}`, input.note ?? '');
      return { patch: { confirmed_at: nowIso(new Date()) }, detail: input.note ? { note: input.note } : {} };
    });
  }

  /** The assigning side sends a done task back to its owner with the reason. */
  async reopen(ctx: RequestContext, id: string, input: TaskReason): Promise<Task> {
    return this.step(ctx, id, 'reopen', async (uow, task) => {
      await this.notifyOwner(uow, task, 'task.reopened', `任务被退回：${task.title}`, input.reason);
      return { patch: { done_at: null, reason: input.reason }, detail: { reason: input.reason } };
    });
  }

  async cancel(ctx: RequestContext, id: string, input: TaskReason): Promise<Task> {
    return this.step(ctx, id, 'cancel', async (uow, task) => {
      await this.notifyOwner(uow, task, 'task.cancelled', `任务已撤销：${task.title}`, input.reason);
      return { patch: { cancelled_at: nowIso(new Date()), reason: input.reason }, detail: { reason: input.reason } };
    });
  }

  /**
   * A photo on a feedback entry, by the owner side while the task is open. Access is checked before the body is
   * read (a refusal costs no upload) and again in the unit of work that writes the row.
   */
  async uploadPhoto(
    ctx: RequestContext,
    feedbackId: string,
    file: () => Promise<FilePart>,
  ): Promise<TaskFeedbackPhoto> {
    const { db } = this.deps;
    const { feedback } = await this.photoTarget(db, ctx, feedbackId);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      feedback,
      await file(),
      PHOTO_TYPES,
      async (uow, columns) => {
        await this.photoTarget(uow.tx, ctx, feedbackId);
        const added: TaskPhotoRow = { ...columns, feedback_id: feedback.id, task_id: feedback.task_id };
        await insertTaskPhotoRow(uow.tx, added);
        await uow.audit({
          action: 'task.feedback.photo',
          targetType: 'task',
          targetId: feedback.task_id,
          detail: { feedbackId: feedback.id, ...uploadAuditDetail('photoId', columns) },
        });
        return added;
      },
    );
    return presentPhoto(row);
  }

  /** A feedback photo after the same read check as its task; audited, as a failure when missing from disk. */
  async downloadPhoto(
    ctx: RequestContext,
    photoId: string,
  ): Promise<{ row: TaskPhotoRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findTaskPhotoRow(uow.tx, photoId);
        await requireTaskRead(uow.tx, ctx, found ? await findTaskView(uow.tx, found.task_id) : null);
        if (!found) throw notFound();
        return found;
      },
      (found) => ({
        action: 'task.feedback.photo.download',
        targetType: 'task',
        targetId: found.task_id,
        detail: { photoId },
      }),
    );
  }

  /** One task as its page shows it (links, feedback with photos, actions). */
  async view(db: Executor, ctx: RequestContext, id: string): Promise<Task> {
    const row = await findTaskView(db, id);
    if (!row) throw notFound();
    const policy = await taskPolicy(db, ctx);
    const [item] = await this.present(db, ctx, [row], policy);
    if (!item) throw notFound();
    const feedback = await listFeedbackRows(db, [row.id]);
    const photos = groupBy(await listTaskPhotoIds(db, [row.id]), (photo) => photo.feedback_id);
    const mayPhoto = policy.sides(row).owner && row.state === 'open';
    // The full entries replace their count on the task's own page.
    const { feedbackCount: _count, ...task } = item;
    return {
      ...task,
      feedback: feedback.map((entry) => ({
        id: entry.id,
        at: entry.created_at,
        authorId: entry.author_id,
        authorName: entry.author_name,
        note: entry.note,
        photos: (photos.get(entry.id) ?? []).map((photo) => photo.id),
        actions: mayPhoto ? ['photo'] : [],
      })),
    };
  }

  /** Rows as list items, in a fixed number of queries for the whole page. */
  async presentItems(db: Executor, ctx: RequestContext, rows: readonly TaskView[]): Promise<TaskListItem[]> {
    return this.present(db, ctx, rows, await taskPolicy(db, ctx));
  }

  /**
   * One step of the task's life: read access (404), the step's side and state (403 TASK_NOT_OWNER or
   * TASK_NOT_ASSIGNER, 409 TASK_STATE_INVALID), then the change with its audit row in one unit of work. The row is
   * updated only while still in the state read, so two concurrent steps cannot both pass.
   */
  private async step(
    ctx: RequestContext,
    id: string,
    action: TaskAction,
    work: (
      uow: UnitOfWork,
      task: TaskView,
    ) => Promise<{ patch: Partial<Omit<TaskRow, 'id'>>; detail: Record<string, unknown> }>,
  ): Promise<Task> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { task, policy } = await requireTaskRead(tx, ctx, await findTaskView(tx, id));
      const result = taskStep(task.state, action, policy.sides(task));
      if (!result.ok) throw new AppError(result.code);
      const { patch, detail } = await work(uow, task);
      const to: TaskState = result.to ?? task.state;
      const updated = await updateTaskRow(tx, task.id, task.state, {
        ...patch,
        state: to,
        updated_at: nowIso(new Date()),
      });
      if (!updated) throw new AppError('TASK_STATE_INVALID');
      await uow.audit({
        action: action === 'edit' ? 'task.update' : `task.${action}`,
        targetType: 'task',
        targetId: task.id,
        detail: { ...detail, ...(result.to ? { from: task.state, to } : {}) },
      });
      return this.view(tx, ctx, task.id);
    });
  }

  private async addFeedback(uow: UnitOfWork, task: TaskView, note: string): Promise<TaskFeedbackRow> {
    const actor = requireActor(uow.ctx);
    const entry: TaskFeedbackRow = {
      id: newId(),
      task_id: task.id,
      town_id: task.town_id,
      jurisdiction_id: task.jurisdiction_id,
      author_id: actor.userId,
      author_name: actor.displayName,
      note,
      created_at: nowIso(new Date()),
    };
    await insertFeedbackRows(uow.tx, [entry]);
    return entry;
  }

  private async notifyOwner(uow: UnitOfWork, task: TaskRow, kind: TaskNotificationKind, title: string, body: string) {
    const actorId = requireActor(uow.ctx).userId;
    await uow.notify({
      userIds: (await ownerUsers(uow.tx, task)).filter((userId) => userId !== actorId),
      kind,
      title,
      body,
      targetType: 'task',
      targetId: task.id,
    });
  }

  private async photoTarget(
    db: Executor,
    ctx: RequestContext,
    feedbackId: string,
  ): Promise<{ feedback: TaskFeedbackRow; task: TaskView }> {
    const feedback = await findFeedbackRow(db, feedbackId);
    const { task, policy } = await requireTaskRead(db, ctx, feedback ? await findTaskView(db, feedback.task_id) : null);
    if (!feedback) throw notFound();
    const result = taskStep(task.state, 'feedback', policy.sides(task));
    if (!result.ok) throw new AppError(result.code);
    return { feedback, task };
  }

  /** The owner's name: an active account with a role in the town, or an organisation of the town. */
  private async ownerName(
    tx: Executor,
    townId: string,
    owner: { kind: 'user' | 'organization'; id: string },
  ): Promise<string> {
    if (owner.kind === 'user') {
      const account = await findTownAccount(tx, townId, owner.id);
      if (!account) throw new AppError('TASK_OWNER_UNKNOWN');
      return account.display_name;
    }
    // Only a department has an owner side: its staff are the accounts whose person belongs to it.
    const organization = await findOrganization(tx, owner.id);
    if (!organization || organization.town_id !== townId || organization.kind !== 'department') {
      throw new AppError('TASK_OWNER_UNKNOWN');
    }
    return organization.name;
  }

  /**
   * Each link must name a record the caller may read, else TASK_LINK_UNKNOWN (the same for a missing one). The
   * label is the record's number, copied now: numbers never change.
   */
  private async resolveLinks(
    tx: Executor,
    ctx: RequestContext,
    task: TaskRow,
    links: readonly { kind: TaskLinkKind; id: string }[],
  ): Promise<TaskLinkRow[]> {
    const rows = new Map<string, TaskLinkRow>();
    for (const [index, link] of links.entries()) {
      const label = await linkedRecordNumber(tx, ctx, this.disputes, link);
      if (label === null) throw new AppError('TASK_LINK_UNKNOWN', { index, kind: link.kind, id: link.id });
      rows.set(`${link.kind}:${link.id}`, {
        task_id: task.id,
        kind: link.kind,
        target_id: link.id,
        label,
        town_id: task.town_id,
        jurisdiction_id: task.jurisdiction_id,
      });
    }
    return [...rows.values()];
  }

  /**
   * Tasks with their links and feedback counts: one query per kind for the whole page. A link shows its record's
   * number only to a reader the incidents or disputes policy lets read that record; to others it is inaccessible.
   */
  private async present(
    db: Executor,
    ctx: RequestContext,
    rows: readonly TaskView[],
    policy: TaskPolicy,
  ): Promise<TaskListItem[]> {
    const ids = rows.map((row) => row.id);
    const linkRows = await listTaskLinkRows(db, ids);
    const links = groupBy(linkRows, (link) => link.task_id);
    const readable = await linkedRecordReadability(db, ctx, linkRows);
    const feedbackCounts = await countFeedback(db, ids);
    const now = new Date();
    return rows.map((row) => {
      const deadline = taskDeadlineStatus({ state: row.state, dueOn: row.due_on }, now);
      return {
        id: row.id,
        townId: row.town_id,
        meetingId: row.meeting_id,
        meetingTitle: row.meeting_title,
        title: row.title,
        detail: row.detail,
        owner: {
          kind: row.owner_kind,
          id: (row.owner_kind === 'user' ? row.owner_user_id : row.owner_organization_id) ?? '',
          name: row.owner_name,
        },
        villageId: row.village_id,
        villageName: row.village_name,
        dueOn: row.due_on,
        deadline,
        overdue: deadline.kind === 'overdue',
        priority: row.priority,
        state: row.state,
        assignedById: row.assigned_by,
        assignedByName: row.assigned_by_name,
        links: (links.get(row.id) ?? []).map((link) =>
          readable(link)
            ? { kind: link.kind, id: link.target_id, label: link.label }
            : { kind: link.kind, id: null, label: null },
        ),
        feedbackCount: feedbackCounts.get(row.id) ?? 0,
        doneAt: row.done_at,
        confirmedAt: row.confirmed_at,
        cancelledAt: row.cancelled_at,
        reason: row.reason,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        actions: policy.actions(row),
      };
    });
  }
}

/** The accounts on a task's owner side: the owning account, or the active staff of the owning department. */
export async function ownerUsers(db: Executor, task: TaskRow): Promise<string[]> {
  if (task.owner_user_id) return [task.owner_user_id];
  return task.owner_organization_id ? listDepartmentUsers(db, [task.owner_organization_id]) : [];
}

function presentPhoto(row: TaskPhotoRow): TaskFeedbackPhoto {
  return {
    id: row.id,
    feedbackId: row.feedback_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

/** The repository's filter for a list query on `today` (a Shanghai day): the list and the home page's counts share it. */
export function taskFilterOf(
  query: Omit<TaskListQuery, 'cursor' | 'limit'>,
  visibility: TaskVisibility,
  today: string,
): Omit<TaskFilter, 'after' | 'limit'> {
  const pending = query.open || query.overdue || query.dueSoon;
  return {
    mine: query.mine ? { userId: visibility.ownerUserId, organizationId: visibility.ownerOrganizationId } : undefined,
    states: pending ? ['open'] : query.state ? [query.state] : undefined,
    // Both flags together: overdue or due soon (one "what must I do" list).
    dueBy: query.dueSoon ? addDays(today, TASK_DUE_SOON_DAYS - 1) : query.overdue ? addDays(today, -1) : undefined,
    dueFrom: query.dueSoon && !query.overdue ? today : undefined,
    villageId: query.villageId,
    meetingId: query.meetingId,
    ownerOrganizationId: query.ownerOrganizationId,
  };
}
