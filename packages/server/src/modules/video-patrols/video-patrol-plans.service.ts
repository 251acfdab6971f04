import type {
  ChecklistItemInput,
  CreateVideoPatrolPlan,
  Page,
  UpdateVideoPatrolPlan,
  VideoPatrolChecklistItem,
  VideoPatrolPlan,
  VideoPatrolPlanListQuery,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, type Scope } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { groupBy } from '../../platform/group-by';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import {
  requireVideoPatrolManage,
  requireVideoPatrolRead,
  videoPatrolActionsChecker,
  videoPatrolManageScope,
  videoPatrolReadScope,
} from './video-patrols.policy';
import {
  findVideoPatrolPlanRow,
  insertVideoPatrolPlanRows,
  listVideoPatrolCameras,
  listVideoPatrolPlanCameraRows,
  listVideoPatrolPlanRows,
  replaceVideoPatrolPlanCameras,
  updateVideoPatrolPlanRow,
  type VideoPatrolCameraView,
  type VideoPatrolPlanRow,
} from './video-patrols.repository';

/** Video patrol plans: cameras, checklist and schedule (videopatrol.manage to change, videopatrol.read to read). */
export class VideoPatrolPlansService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, query: VideoPatrolPlanListQuery): Promise<Page<VideoPatrolPlan>> {
    const { db } = this.deps;
    const scope = await videoPatrolReadScope(db, ctx);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listVideoPatrolPlanRows(db, scope, {
      active: query.active === undefined ? undefined : query.active === 'true',
      after: key ? { at: String(key[0]), id: String(key[1]) } : null,
      limit: query.limit + 1,
    });
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.created_at, row.id],
    );
    return { items: await presentPlans(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<VideoPatrolPlan> {
    const { db } = this.deps;
    const row = await findVideoPatrolPlanRow(db, id);
    await requireVideoPatrolRead(db, ctx, row);
    if (!row) throw notFound();
    return presentPlan(db, ctx, row);
  }

  async create(ctx: RequestContext, body: CreateVideoPatrolPlan): Promise<VideoPatrolPlan> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await videoPatrolManageScope(tx, ctx);
      const townId = await townOfCameras(tx, scope, body.cameraIds);
      const now = nowIso();
      const row: VideoPatrolPlanRow = {
        id: newId(),
        town_id: townId,
        jurisdiction_id: townId,
        name: body.name,
        checklist: checklistOf(body.checklist),
        schedule: body.schedule,
        active: 1,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await insertVideoPatrolPlanRows(tx, [row], planCameraRows(row.id, townId, body.cameraIds));
      await uow.audit({
        action: 'video_patrol_plan.create',
        targetType: 'video_patrol_plan',
        targetId: row.id,
        detail: { name: row.name, cameras: new Set(body.cameraIds).size, schedule: row.schedule },
      });
      return presentPlan(tx, ctx, row);
    });
  }

  async update(ctx: RequestContext, id: string, body: UpdateVideoPatrolPlan): Promise<VideoPatrolPlan> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const plan = await findVideoPatrolPlanRow(tx, id);
      await requireVideoPatrolRead(tx, ctx, plan);
      if (!plan) throw notFound();
      await requireVideoPatrolManage(tx, ctx, plan);
      if (body.cameraIds) {
        const scope = await videoPatrolManageScope(tx, ctx);
        if ((await townOfCameras(tx, scope, body.cameraIds)) !== plan.town_id) {
          throw new AppError('VIDEO_PATROL_CAMERA_UNKNOWN');
        }
        await replaceVideoPatrolPlanCameras(tx, plan.id, planCameraRows(plan.id, plan.town_id, body.cameraIds));
      }
      const patch = {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.checklist !== undefined ? { checklist: checklistOf(body.checklist) } : {}),
        ...(body.schedule !== undefined ? { schedule: body.schedule } : {}),
        ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
        updated_at: nowIso(),
      };
      await updateVideoPatrolPlanRow(tx, plan.id, patch);
      await uow.audit({
        action: 'video_patrol_plan.update',
        targetType: 'video_patrol_plan',
        targetId: plan.id,
        detail: { changed: Object.keys(body).filter((key) => body[key as keyof UpdateVideoPatrolPlan] !== undefined) },
      });
      return presentPlan(tx, ctx, { ...plan, ...patch });
    });
  }
}

/**
 * The town every listed camera belongs to: registered, active, all of one town, and a town the caller may act in;
 * anything else is one refusal (VIDEO_PATROL_CAMERA_UNKNOWN), so the answer tells nothing about other towns.
 */
export async function townOfCameras(db: Executor, scope: Scope, cameraIds: readonly string[]): Promise<string> {
  const unique = [...new Set(cameraIds)];
  const cameras = await listVideoPatrolCameras(db, unique);
  const towns = new Set(cameras.map((camera) => camera.town_id));
  const [townId] = towns;
  if (
    cameras.length !== unique.length ||
    towns.size !== 1 ||
    !townId ||
    cameras.some((camera) => camera.active !== 1) ||
    !inScope(scope, { townId, jurisdictionId: townId })
  ) {
    throw new AppError('VIDEO_PATROL_CAMERA_UNKNOWN');
  }
  return townId;
}

/** A checklist as stored: items keep their id when edited; new ones get one. */
function checklistOf(items: readonly ChecklistItemInput[]): VideoPatrolChecklistItem[] {
  return items.map((item) => ({ id: item.id ?? newId(), text: item.text }));
}

function planCameraRows(planId: string, townId: string, cameraIds: readonly string[]) {
  return [...new Set(cameraIds)].map((cameraId, index) => ({
    plan_id: planId,
    camera_id: cameraId,
    town_id: townId,
    sort_order: index,
  }));
}

export function presentCamera(camera: VideoPatrolCameraView) {
  return {
    id: camera.id,
    name: camera.name,
    villageId: camera.village_id,
    villageName: camera.village_name,
    kind: camera.kind,
  };
}

async function presentPlan(db: Executor, ctx: RequestContext, row: VideoPatrolPlanRow): Promise<VideoPatrolPlan> {
  const [plan] = await presentPlans(db, ctx, [row]);
  if (!plan) throw notFound();
  return plan;
}

/** A page of plans with their cameras: two queries whatever the page size. */
async function presentPlans(
  db: Executor,
  ctx: RequestContext,
  rows: readonly VideoPatrolPlanRow[],
): Promise<VideoPatrolPlan[]> {
  const links = await listVideoPatrolPlanCameraRows(
    db,
    rows.map((row) => row.id),
  );
  const cameras = new Map(
    (
      await listVideoPatrolCameras(
        db,
        links.map((link) => link.camera_id),
      )
    ).map((camera) => [camera.id, camera]),
  );
  const byPlan = groupBy(links, (link) => link.plan_id);
  const actions = await videoPatrolActionsChecker(db, ctx);
  return rows.map((row) => ({
    id: row.id,
    townId: row.town_id,
    name: row.name,
    cameras: (byPlan.get(row.id) ?? []).flatMap((link) => {
      const camera = cameras.get(link.camera_id);
      return camera ? [presentCamera(camera)] : [];
    }),
    checklist: row.checklist,
    schedule: row.schedule,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions: actions.plan(row),
  }));
}
