import {
  type AddCameraGrant,
  type CameraGrant,
  type CameraGrantAccount,
  type CameraGrantAccountQuery,
  type CameraGroup,
  type CameraGroupDetail,
  type CameraGroupMembers,
  type CreateCameraGroup,
  maskName,
  type Page,
  type UpdateCameraGroup,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { grantTowns, groupTowns } from './cameras.policy';
import {
  accountWorksIn,
  type CameraGrantView,
  type CameraGroupRow,
  countGroupMembers,
  deleteGrantRow,
  deleteGroupMembers,
  findGrantRow,
  findGroupRow,
  insertGrantRows,
  insertGroupMembers,
  insertGroupRows,
  listCameraRowsByIds,
  listGrantViews,
  listGroupMemberViews,
  listGroupViews,
  listTownAccounts,
  listTownRolesOfAccounts,
  updateGroupName,
} from './cameras.repository';

function presentGrant(grant: CameraGrantView): CameraGrant {
  return {
    id: grant.id,
    groupId: grant.group_id,
    role: grant.role,
    accountId: grant.account_id,
    accountName: grant.account_name,
    createdAt: grant.created_at,
  };
}

/**
 * Camera groups and their grants: who may watch which cameras (domain.md §9). Readers of the town's cameras see the
 * groups; camera.grant over the town changes them. A group of another town answers CAMERA_GROUP_NOT_FOUND.
 */
export class CameraGroupsService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext): Promise<{ items: CameraGroup[] }> {
    const { db } = this.deps;
    requireActor(ctx);
    const towns = await groupTowns(db, ctx);
    if (towns.size === 0 && !ctx.actor?.permissions.has('camera.read')) throw new AppError('FORBIDDEN');
    const groups = await listGroupViews(db, [...towns]);
    const grants = await listGrantViews(
      db,
      groups.map((g) => g.id),
    );
    const managed = await grantTowns(db, ctx);
    return {
      items: groups.map((group) => ({
        id: group.id,
        townId: group.town_id,
        name: group.name,
        memberCount: group.member_count,
        grants: grants.filter((g) => g.group_id === group.id).map(presentGrant),
        actions: managed.has(group.town_id) ? ['update', 'members', 'grant'] : [],
      })),
    };
  }

  async get(ctx: RequestContext, id: string, exec: Executor = this.deps.db): Promise<CameraGroupDetail> {
    const group = await this.readable(exec, ctx, id);
    const members = await listGroupMemberViews(exec, id);
    const grants = await listGrantViews(exec, [id]);
    const managed = await grantTowns(exec, ctx);
    return {
      id: group.id,
      townId: group.town_id,
      name: group.name,
      memberCount: members.length,
      grants: grants.map(presentGrant),
      members: members.map((m) => ({
        cameraId: m.id,
        name: m.name,
        deviceId: m.device_id,
        kind: m.kind,
        villageName: m.village_name,
      })),
      actions: managed.has(group.town_id) ? ['update', 'members', 'grant'] : [],
    };
  }

  async create(ctx: RequestContext, input: CreateCameraGroup): Promise<CameraGroupDetail> {
    const { db } = this.deps;
    const towns = [...(await grantTowns(db, ctx))];
    if (towns.length === 0) throw new AppError('FORBIDDEN');
    const townId = input.townId ?? (towns.length === 1 ? towns[0] : undefined);
    if (!townId || !towns.includes(townId)) throw new AppError('CAMERA_TOWN_REQUIRED');
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const row: CameraGroupRow = { id: newId(), town_id: townId, name: input.name, created_at: nowIso() };
      await refuseDuplicate(insertGroupRows(uow.tx, [row]), 'CAMERA_GROUP_NAME_TAKEN');
      await uow.audit({ action: 'camera.group.create', targetType: 'camera_group', targetId: row.id });
      return this.get(ctx, row.id, uow.tx);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateCameraGroup): Promise<CameraGroupDetail> {
    await this.managed(ctx, id);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      await refuseDuplicate(updateGroupName(uow.tx, id, input.name), 'CAMERA_GROUP_NAME_TAKEN');
      await uow.audit({ action: 'camera.group.update', targetType: 'camera_group', targetId: id });
      return this.get(ctx, id, uow.tx);
    });
  }

  /** Cameras of another town, or unknown ids, answer CAMERA_NOT_FOUND and nothing changes. */
  async members(ctx: RequestContext, id: string, input: CameraGroupMembers): Promise<CameraGroupDetail> {
    const group = await this.managed(ctx, id);
    const add = [...new Set(input.add)];
    const cameras = await listCameraRowsByIds(this.deps.db, add);
    if (cameras.length !== add.length || cameras.some((c) => c.town_id !== group.town_id)) {
      throw new AppError('CAMERA_NOT_FOUND');
    }
    const remove = [...new Set(input.remove)].filter((cameraId) => !add.includes(cameraId));
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      await insertGroupMembers(
        uow.tx,
        add.map((cameraId) => ({ group_id: id, camera_id: cameraId })),
      );
      await deleteGroupMembers(uow.tx, id, remove);
      await uow.audit({
        action: 'camera.group.members',
        targetType: 'camera_group',
        targetId: id,
        detail: { added: add.length, removed: remove.length, members: await countGroupMembers(uow.tx, id) },
      });
      return this.get(ctx, id, uow.tx);
    });
  }

  /**
   * The grant form's account lookup: active accounts working in the group's town (those a grant may name), names
   * masked, so camera.grant alone finds them without user.read. Two queries a page.
   */
  async accounts(ctx: RequestContext, id: string, query: CameraGrantAccountQuery): Promise<Page<CameraGrantAccount>> {
    const { db } = this.deps;
    const group = await this.managed(ctx, id);
    const town = await findJurisdiction(db, group.town_id);
    if (!town) throw new AppError('CAMERA_GROUP_NOT_FOUND');
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listTownAccounts(db, town, {
      q: query.q || undefined,
      after: key ? { name: String(key[0]), id: String(key[1]) } : null,
      limit: query.limit + 1,
    });
    const roles = await listTownRolesOfAccounts(
      db,
      rows.slice(0, query.limit).map((r) => r.id),
      town,
    );
    return toPage(
      rows,
      query.limit,
      (row) => ({
        id: row.id,
        name: maskName(row.display_name) ?? '',
        roles: roles.filter((r) => r.user_id === row.id).map((r) => r.role),
      }),
      (row) => [row.display_name, row.id],
    );
  }

  async grant(ctx: RequestContext, id: string, input: AddCameraGrant): Promise<CameraGrant> {
    const group = await this.managed(ctx, id);
    const actor = requireActor(ctx);
    if ('accountId' in input) {
      const town = await findJurisdiction(this.deps.db, group.town_id);
      if (!town || !(await accountWorksIn(this.deps.db, input.accountId, town))) {
        throw new AppError('CAMERA_GRANT_ACCOUNT_UNKNOWN');
      }
    }
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      // A second identical grant would outlive the withdrawal of the one the manager sees and removes.
      const standing = await listGrantViews(uow.tx, [id]);
      if (standing.some((g) => ('role' in input ? g.role === input.role : g.account_id === input.accountId))) {
        throw new AppError('CAMERA_GRANT_TAKEN');
      }
      const grantId = newId();
      await refuseDuplicate(
        insertGrantRows(uow.tx, [
          {
            id: grantId,
            group_id: id,
            role: 'role' in input ? input.role : null,
            account_id: 'accountId' in input ? input.accountId : null,
            created_by: actor.userId,
            created_at: nowIso(),
          },
        ]),
        'CAMERA_GRANT_TAKEN',
      );
      await uow.audit({
        action: 'camera.grant.add',
        targetType: 'camera_group',
        targetId: id,
        detail: 'role' in input ? { grantId, role: input.role } : { grantId, accountId: input.accountId },
      });
      const [view] = (await listGrantViews(uow.tx, [id])).filter((g) => g.id === grantId);
      if (!view) throw new AppError('CAMERA_GRANT_NOT_FOUND');
      return presentGrant(view);
    });
  }

  async ungrant(ctx: RequestContext, id: string, grantId: string): Promise<void> {
    await this.managed(ctx, id);
    const grant = await findGrantRow(this.deps.db, grantId);
    if (!grant || grant.group_id !== id) throw new AppError('CAMERA_GRANT_NOT_FOUND');
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      await deleteGrantRow(uow.tx, grantId);
      await uow.audit({
        action: 'camera.grant.remove',
        targetType: 'camera_group',
        targetId: id,
        detail: { grantId, role: grant.role, accountId: grant.account_id },
      });
    });
  }

  private async readable(exec: Executor, ctx: RequestContext, id: string): Promise<CameraGroupRow> {
    const group = await findGroupRow(exec, id);
    if (!group || !(await groupTowns(exec, ctx)).has(group.town_id)) throw new AppError('CAMERA_GROUP_NOT_FOUND');
    return group;
  }

  /** A group the caller may change: unseen → CAMERA_GROUP_NOT_FOUND, seen without camera.grant → FORBIDDEN. */
  private async managed(ctx: RequestContext, id: string): Promise<CameraGroupRow> {
    const group = await this.readable(this.deps.db, ctx, id);
    if (!(await grantTowns(this.deps.db, ctx)).has(group.town_id)) throw new AppError('FORBIDDEN');
    return group;
  }
}
