import {
  type AttendeeInput,
  type AttendeeSuggestion,
  type AttendeeSuggestionsQuery,
  type CreateMeeting,
  defaultMeetingMonth,
  defaultMeetingTitle,
  MEETING_ITEM_LABELS,
  MEETING_ITEMS,
  type Meeting,
  type MeetingAction,
  type MeetingListItem,
  type MeetingListQuery,
  type MeetingState,
  meetingDayProblem,
  meetingMonthProblem,
  meetingScheduleEditable,
  type Page,
  type StatsSnapshot,
  shanghaiDate,
  type UpdateMeeting,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findOrganization } from '../directory/organizations.repository';
import type { MayDrill } from '../statistics/stats.service';
import {
  meetingActionsChecker,
  meetingManageScope,
  meetingReadScope,
  requireMeetingAction,
  requireMeetingRead,
  townOf,
} from './meetings.policy';
import {
  type AttendeeRow,
  countAttendees,
  findMeetingView,
  findPreviousMeetingId,
  findTownAccount,
  findTownPerson,
  insertAttendeeRows,
  insertMeetingRows,
  listAttendeeViews,
  listMeetingViews,
  listRotaMonth,
  listTownAccounts,
  listTownDepartments,
  type MeetingRow,
  type MeetingView,
  replaceAttendeeRows,
  updateMeetingRow,
} from './meetings.repository';
import { snapshotForReader } from './snapshot-drills';
import { countMeetingTasks, listCarryOverTaskViews, listMeetingTaskViews } from './tasks.repository';
import type { TasksService } from './tasks.service';

/**
 * Where a held meeting's figures come from: the month's statistics of the town as of an instant
 * (StatsService.monthSnapshot), computed inside the meeting's own transaction and stored with it.
 */
export interface MeetingSnapshotSource {
  monthSnapshot(
    ctx: RequestContext,
    townId: string,
    month: string,
    asOf: string,
    exec?: Executor,
  ): Promise<StatsSnapshot>;
  /** The lists whose scope covers the whole of `scope` for the caller (StatsService.drillPermissions). */
  drillPermissions(exec: Executor, ctx: RequestContext, scope: Scope): Promise<MayDrill>;
}

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/**
 * The monthly consultation (警治会商, domain.md §6). A draft is prepared (date, place, chair, attendees, minutes of
 * the four items); holding it freezes the month's figures as of its start into the row (never recomputed, so later
 * edits of records do not change what the meeting saw); closing it makes the minutes final. Its page opens with
 * the earlier meetings' tasks still waiting.
 */
export class MeetingsService {
  constructor(
    private readonly deps: Deps,
    private readonly tasks: TasksService,
    private readonly snapshots: MeetingSnapshotSource,
  ) {}

  async create(ctx: RequestContext, input: CreateMeeting): Promise<Meeting> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const townId = townOf(await meetingManageScope(tx, ctx), input.townId);
      const startsAt = new Date(input.startsAt).toISOString();
      const day = shanghaiDate(startsAt);
      const month = input.month ?? defaultMeetingMonth(day);
      const problem = meetingDayProblem(day, shanghaiDate(new Date())) ?? meetingMonthProblem(month, day);
      if (problem) throw new AppError(problem);
      const chair = await this.chair(tx, townId, input.chairUserId ?? actor.userId, input.chairUserId !== undefined);
      const at = nowIso(new Date());
      const row: MeetingRow = {
        id: newId(),
        town_id: townId,
        jurisdiction_id: townId,
        title: input.title ?? defaultMeetingTitle(month),
        month,
        starts_at: startsAt,
        day,
        place: input.place,
        chair_user_id: chair?.id ?? null,
        chair_name: chair?.name ?? null,
        state: 'draft',
        minutes_intel: input.minutes?.intel ?? '',
        minutes_review: input.minutes?.review ?? '',
        minutes_tasks: input.minutes?.tasks ?? '',
        minutes_training: input.minutes?.training ?? '',
        snapshot: null,
        snapshot_at: null,
        held_at: null,
        closed_at: null,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      };
      const attendees = await this.attendeeRows(tx, row, input.attendees ?? []);
      await insertMeetingRows(tx, [row]);
      await insertAttendeeRows(tx, attendees);
      await uow.audit({
        action: 'meeting.create',
        targetType: 'meeting',
        targetId: row.id,
        detail: { townId, month, startsAt, attendees: attendees.length },
      });
      return this.view(tx, ctx, row.id);
    });
  }

  /**
   * Edits a draft or held meeting. Its date, month and title move only while a draft (MEETING_STATE_INVALID
   * after), because the frozen figures belong to them; a closed meeting's minutes are final.
   */
  async update(ctx: RequestContext, id: string, input: UpdateMeeting): Promise<Meeting> {
    return this.change(ctx, id, 'edit', async (uow, meeting) => {
      const { tx } = uow;
      const schedule = input.startsAt !== undefined || input.month !== undefined || input.title !== undefined;
      if (schedule && !meetingScheduleEditable(meeting.state)) throw new AppError('MEETING_STATE_INVALID');
      const patch: Partial<MeetingRow> = {};
      if (input.startsAt !== undefined) {
        patch.starts_at = new Date(input.startsAt).toISOString();
        patch.day = shanghaiDate(patch.starts_at);
        const dayProblem = meetingDayProblem(patch.day, shanghaiDate(new Date()));
        if (dayProblem) throw new AppError(dayProblem);
      }
      if (input.month !== undefined) patch.month = input.month;
      if (patch.month !== undefined || patch.day !== undefined) {
        const monthProblem = meetingMonthProblem(patch.month ?? meeting.month, patch.day ?? meeting.day);
        if (monthProblem) throw new AppError(monthProblem);
      }
      if (input.title !== undefined) patch.title = input.title;
      if (input.place !== undefined) patch.place = input.place;
      if (input.chairUserId !== undefined) {
        const chair = input.chairUserId ? await this.chair(tx, meeting.town_id, input.chairUserId, true) : null;
        patch.chair_user_id = chair?.id ?? null;
        patch.chair_name = chair?.name ?? null;
      }
      const minutes = input.minutes ?? {};
      if (minutes.intel !== undefined) patch.minutes_intel = minutes.intel;
      if (minutes.review !== undefined) patch.minutes_review = minutes.review;
      if (minutes.tasks !== undefined) patch.minutes_tasks = minutes.tasks;
      if (minutes.training !== undefined) patch.minutes_training = minutes.training;
      if (input.attendees !== undefined) {
        await replaceAttendeeRows(tx, meeting.id, await this.attendeeRows(tx, meeting, input.attendees));
      }
      const fields = [...Object.keys(patch), ...(input.attendees !== undefined ? ['attendees'] : [])];
      return { patch, detail: { fields } };
    });
  }

  /**
   * The meeting took place: the month's figures as of its start are computed now, in this transaction, and stored
   * with it for good. Refused before the start (MEETING_NOT_STARTED): the figures "as of the meeting" do not exist yet.
   */
  async hold(ctx: RequestContext, id: string): Promise<Meeting> {
    return this.change(ctx, id, 'hold', async (uow, meeting) => {
      const now = new Date();
      if (Date.parse(meeting.starts_at) > now.getTime()) throw new AppError('MEETING_NOT_STARTED');
      const snapshot = await this.snapshots.monthSnapshot(
        ctx,
        meeting.town_id,
        meeting.month,
        meeting.starts_at,
        uow.tx,
      );
      return {
        patch: { state: 'held', snapshot, snapshot_at: meeting.starts_at, held_at: nowIso(now) },
        detail: { month: meeting.month, asOf: meeting.starts_at },
      };
    });
  }

  async close(ctx: RequestContext, id: string): Promise<Meeting> {
    return this.change(ctx, id, 'close', async () => ({
      patch: { state: 'closed', closed_at: nowIso(new Date()) },
      detail: {},
    }));
  }

  async cancel(ctx: RequestContext, id: string): Promise<Meeting> {
    return this.change(ctx, id, 'cancel', async () => ({ patch: { state: 'cancelled' }, detail: {} }));
  }

  /** Meetings the caller may read, newest first, in a fixed number of queries whatever the page size. */
  async list(ctx: RequestContext, query: MeetingListQuery): Promise<Page<MeetingListItem>> {
    const { db } = this.deps;
    const scope = await meetingReadScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listMeetingViews(db, scope, {
      townId: query.townId,
      state: query.state,
      fromDay: query.from,
      toDay: query.to,
      after: cursor ? { startsAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.starts_at, row.id],
    );
    const ids = page.items.map((row) => row.id);
    const attendees = await countAttendees(db, ids);
    const tasks = await countMeetingTasks(db, ids, shanghaiDate(new Date()));
    const actionsOf = await meetingActionsChecker(db, ctx);
    return {
      items: page.items.map((row) => {
        const counts = tasks.get(row.id) ?? { total: 0, open: 0, overdue: 0 };
        return {
          ...presentHeader(row, actionsOf(row)),
          attendeeCount: attendees.get(row.id) ?? 0,
          taskCount: counts.total,
          openTaskCount: counts.open,
          overdueTaskCount: counts.overdue,
        };
      }),
      nextCursor: page.nextCursor,
    };
  }

  async get(ctx: RequestContext, id: string): Promise<Meeting> {
    const { db } = this.deps;
    const row = await findMeetingView(db, id);
    await requireMeetingRead(db, ctx, row);
    return this.view(db, ctx, id);
  }

  /**
   * The minutes as printed or exported: the meeting as its page shows it, read after the same check and audited
   * (`meeting.print` or `meeting.export`).
   */
  async document(ctx: RequestContext, id: string, action: 'meeting.print' | 'meeting.export'): Promise<Meeting> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const row = await findMeetingView(uow.tx, id);
      await requireMeetingRead(uow.tx, ctx, row);
      if (!row) throw notFound();
      await requireMeetingAction(uow.tx, ctx, row, 'print');
      await uow.audit({ action, targetType: 'meeting', targetId: id, detail: { month: row.month } });
      return this.view(uow.tx, ctx, id);
    });
  }

  /**
   * Who may sit at a meeting on `day`: the station's and 综治办's accounts on the town, the town's departments, and
   * the security directors of the villages on rotation that month (the rotation module's rota), marked `rota`.
   */
  async suggestions(ctx: RequestContext, query: AttendeeSuggestionsQuery): Promise<AttendeeSuggestion[]> {
    const { db } = this.deps;
    const townId = townOf(await meetingManageScope(db, ctx), query.townId);
    const [year, month] = query.day.split('-').map(Number) as [number, number];
    const blank = { userId: null, personId: null, organizationId: null, organizationName: null, villageId: null };
    const accounts = await listTownAccounts(db, townId, ['chief', 'officer', 'zongzhiban']);
    const seen = new Set<string>();
    const out: AttendeeSuggestion[] = [];
    for (const account of accounts) {
      if (seen.has(account.id)) continue;
      seen.add(account.id);
      out.push({
        ...blank,
        kind: account.role === 'zongzhiban' ? 'zongzhiban' : 'station',
        name: account.display_name,
        userId: account.id,
        villageName: null,
        source: 'account',
      });
    }
    for (const department of await listTownDepartments(db, townId)) {
      out.push({
        ...blank,
        kind: 'department',
        name: department.name,
        organizationId: department.id,
        organizationName: department.name,
        villageName: null,
        source: 'directory',
      });
    }
    for (const slot of await listRotaMonth(db, townId, year, month)) {
      out.push({
        ...blank,
        kind: 'village',
        name: slot.director_name ?? slot.village_name,
        personId: slot.director_person_id,
        villageId: slot.village_id,
        villageName: slot.village_name,
        source: 'rota',
      });
    }
    return out;
  }

  /** One meeting as its page shows it: attendees, the four items, the snapshot, its tasks and the carry-over. */
  async view(db: Executor, ctx: RequestContext, id: string): Promise<Meeting> {
    const row = await findMeetingView(db, id);
    if (!row) throw notFound();
    const actionsOf = await meetingActionsChecker(db, ctx);
    const attendees = await listAttendeeViews(db, [row.id]);
    const tasks = await this.tasks.presentItems(db, ctx, await listMeetingTaskViews(db, [row.id]));
    const carryOver = await this.tasks.presentItems(
      db,
      ctx,
      await listCarryOverTaskViews(db, row.town_id, row.starts_at),
    );
    const minutes = {
      intel: row.minutes_intel,
      review: row.minutes_review,
      tasks: row.minutes_tasks,
      training: row.minutes_training,
    };
    return {
      ...presentHeader(row, actionsOf(row)),
      previousMeetingId: await findPreviousMeetingId(db, row.town_id, row.starts_at),
      attendees: attendees.map((a) => ({
        id: a.id,
        kind: a.kind,
        name: a.name,
        userId: a.user_id,
        personId: a.person_id,
        organizationId: a.organization_id,
        organizationName: a.organization_name,
        villageId: a.village_id,
        villageName: a.village_name,
        title: a.title,
        present: a.present === 1,
      })),
      items: MEETING_ITEMS.map((item) => ({
        item,
        labelZh: MEETING_ITEM_LABELS[item].zh,
        labelEn: MEETING_ITEM_LABELS[item].en,
        minutes: minutes[item],
      })),
      snapshot: row.snapshot
        ? snapshotForReader(
            row.snapshot,
            await this.snapshots.drillPermissions(db, ctx, {
              townIds: new Set([row.town_id]),
              jurisdictionIds: new Set(),
            }),
          )
        : null,
      tasks,
      carryOver,
    };
  }

  /**
   * One step on a meeting: read access (404), the step for this caller and state (403 without meeting.manage, 409
   * MEETING_STATE_INVALID when the state forbids it), then the change with its audit row, written only while the
   * meeting is still in the state read.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    action: Exclude<MeetingAction, 'assignTask' | 'print'>,
    work: (
      uow: UnitOfWork,
      meeting: MeetingView,
    ) => Promise<{ patch: Partial<MeetingRow>; detail: Record<string, unknown> }>,
  ): Promise<Meeting> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const meeting = await findMeetingView(tx, id);
      await requireMeetingRead(tx, ctx, meeting);
      if (!meeting) throw notFound();
      await requireMeetingAction(tx, ctx, meeting, action);
      const { patch, detail } = await work(uow, meeting);
      const states: MeetingState[] = [meeting.state];
      if (!(await updateMeetingRow(tx, id, states, { ...patch, updated_at: nowIso(new Date()) }))) {
        throw new AppError('MEETING_STATE_INVALID');
      }
      await uow.audit({
        action: action === 'edit' ? 'meeting.update' : `meeting.${action}`,
        targetType: 'meeting',
        targetId: id,
        detail: { ...detail, ...(patch.state ? { from: meeting.state, to: patch.state } : {}) },
      });
      return this.view(tx, ctx, id);
    });
  }

  /** The chair: an active account of the town; a default chair (the caller) that is not one is left out. */
  private async chair(
    tx: Executor,
    townId: string,
    userId: string,
    named: boolean,
  ): Promise<{ id: string; name: string } | null> {
    const account = await findTownAccount(tx, townId, userId);
    if (!account) {
      if (named) throw new AppError('MEETING_CHAIR_UNKNOWN');
      return null;
    }
    return { id: account.id, name: account.display_name };
  }

  /** The attendee rows, each reference checked against the meeting's town (MEETING_ATTENDEE_INVALID otherwise). */
  private async attendeeRows(
    tx: Executor,
    meeting: { id: string; town_id: string },
    inputs: readonly AttendeeInput[],
  ): Promise<AttendeeRow[]> {
    const rows: AttendeeRow[] = [];
    for (const [position, input] of inputs.entries()) {
      const invalid = () => new AppError('MEETING_ATTENDEE_INVALID', { index: position });
      let name = input.name ?? null;
      let organizationId = input.organizationId ?? null;
      if (input.userId) {
        const account = await findTownAccount(tx, meeting.town_id, input.userId);
        if (!account) throw invalid();
        name ??= account.display_name;
      }
      if (input.personId) {
        const person = await findTownPerson(tx, meeting.town_id, input.personId);
        if (!person) throw invalid();
        name ??= person.name;
        organizationId ??= person.organization_id;
      }
      if (organizationId) {
        const organization = await findOrganization(tx, organizationId);
        if (!organization || organization.town_id !== meeting.town_id) throw invalid();
        name ??= organization.name;
      }
      if (input.villageId) {
        const village = await findJurisdiction(tx, input.villageId);
        if (!village || village.town_id !== meeting.town_id || !VILLAGE_LEVELS.includes(village.level)) throw invalid();
      }
      if (!name) throw invalid();
      rows.push({
        id: newId(),
        meeting_id: meeting.id,
        town_id: meeting.town_id,
        position,
        kind: input.kind,
        name,
        user_id: input.userId ?? null,
        person_id: input.personId ?? null,
        organization_id: organizationId,
        village_id: input.villageId ?? null,
        title: input.title || null,
        present: input.present ? 1 : 0,
      });
    }
    return rows;
  }
}

function presentHeader(row: MeetingView, actions: MeetingAction[]) {
  return {
    id: row.id,
    townId: row.town_id,
    townName: row.town_name,
    title: row.title,
    month: row.month,
    startsAt: row.starts_at,
    day: row.day,
    place: row.place,
    chair: row.chair_user_id && row.chair_name ? { userId: row.chair_user_id, name: row.chair_name } : null,
    state: row.state,
    snapshotAt: row.snapshot_at,
    heldAt: row.held_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions,
  };
}
