import {
  DEFAULT_INCIDENT_CLASSES,
  IMPORT_MAX_ROWS,
  INCIDENT_CLASS_IMPORT_COLUMNS,
  type IncidentClass,
  type IncidentClassImportKey,
  type IncidentClassTable,
  incidentClassCodeProblem,
  type Permission,
  ROLE_PERMISSIONS,
  type SaveIncidentClass,
  type UpsertIncidentClass,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { buildTemplate, readSheetRows } from '../directory/import-workbook';
import { validateIncidentClassRows } from './incident-classes.import';
import { type IncidentClassRow, listIncidentClassRows, upsertIncidentClassRows } from './incident-classes.repository';

const READ: Permission = 'incident.read';
const CONFIGURE: Permission = 'incident.configure';

const NOTES = [
  '警情分类代码表导入说明',
  '1. 第一行为表头，请勿修改；从第二行起每行一个警情类别。灰色斜体的示例行原样保留时不会导入。',
  '2. 类别代码：6 位数字，前两位须与警情大类一致（01 刑事、02 治安、03 交通、04 火灾及抢险救援、05 群众求助、06 社会联动、07 群体性事件、08 灾害事故、09 举报线索、10 投诉监督）。',
  '3. 已有的代码按本表更新，新代码新增；表中没有的代码保持不变（不用的类别请把“启用”填“否”）。',
  '4. 到场时限：接警后应到场的分钟数（1–1440）；接警时记入警情，之后修改不影响已接的警情。',
  '5. 任何一行有误时整批不导入，并列出所有有误的行，改正后重新上传。',
];

/**
 * Each town's incident class code table (a setting): read by everyone who works incidents, changed one row at a
 * time or by an Excel import by the holders of incident.configure. A town starts from the domain's defaults; its
 * first change writes the defaults as rows too, so the table stays whole and intake reads one table.
 */
export class IncidentClassesService {
  constructor(private readonly deps: Deps) {}

  async table(ctx: RequestContext, townId?: string): Promise<IncidentClassTable> {
    const town = await this.townOf(ctx, READ, townId);
    const rows = await listIncidentClassRows(this.deps.db, town);
    const configurable = (await this.reachedTowns(ctx, CONFIGURE)).has(town);
    return tableOf(town, rows, configurable);
  }

  async save(
    ctx: RequestContext,
    code: string,
    input: SaveIncidentClass,
    townId?: string,
  ): Promise<IncidentClassTable> {
    const town = await this.townOf(ctx, CONFIGURE, townId);
    if (incidentClassCodeProblem(code, input.category)) throw new AppError('INCIDENT_CLASS_CODE_INVALID');
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const before = await listIncidentClassRows(tx, town);
      const previous = tableOf(town, before, true).items.find((item) => item.code === code);
      await upsertIncidentClassRows(tx, withDefaults(town, before, [newRow(town, { ...input, code })]));
      await uow.audit({
        action: previous ? 'incident_class.update' : 'incident_class.create',
        targetType: 'incident_class',
        targetId: code,
        detail: {
          townId: town,
          ...(previous ? { before: previous } : {}),
          after: { ...input, code },
        },
      });
      return tableOf(town, await listIncidentClassRows(tx, town), true);
    });
  }

  async template(ctx: RequestContext): Promise<Buffer> {
    await requireAccess(this.deps.db, ctx, CONFIGURE);
    return buildTemplate(INCIDENT_CLASS_IMPORT_COLUMNS, { sheetName: '警情分类代码', notes: NOTES });
  }

  /** The upload is read only after the permission check; one bad row and nothing is written. */
  async import(ctx: RequestContext, upload: () => Promise<Buffer>, townId?: string): Promise<{ imported: number }> {
    const town = await this.townOf(ctx, CONFIGURE, townId);
    const rows = await readSheetRows<IncidentClassImportKey>(await upload(), INCIDENT_CLASS_IMPORT_COLUMNS, {
      maxRows: IMPORT_MAX_ROWS,
      maxUncompressedBytes: this.deps.config.importMaxUncompressedBytes,
    });
    const { classes, errors } = validateIncidentClassRows(rows);
    if (errors.length > 0) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors });
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const before = await listIncidentClassRows(uow.tx, town);
      await upsertIncidentClassRows(
        uow.tx,
        withDefaults(
          town,
          before,
          classes.map((c) => newRow(town, c)),
        ),
      );
      await uow.audit({
        action: 'incident_class.import',
        targetType: 'incident_class',
        detail: { townId: town, count: classes.length, codes: classes.map((c) => c.code) },
      });
    });
    return { imported: classes.length };
  }

  /**
   * The one town whose table a call is about: the town asked for, or the caller's only town. A town outside the
   * caller's reach answers 404 like a missing one; a caller reaching several towns must name one.
   */
  private async townOf(ctx: RequestContext, permission: Permission, requested?: string): Promise<string> {
    await requireAccess(this.deps.db, ctx, permission);
    const towns = await this.reachedTowns(ctx, permission);
    if (requested !== undefined) {
      if (!towns.has(requested)) throw new AppError('NOT_FOUND');
      return requested;
    }
    const [only, ...others] = towns;
    if (only === undefined) throw new AppError('FORBIDDEN');
    if (others.length > 0)
      throw new AppError('VALIDATION_FAILED', { field: 'townId', reason: 'several towns: name one' });
    return only;
  }

  /**
   * The towns in which the caller holds `permission` anywhere: a town-wide reach, or a village's (an auxiliary
   * officer works from the town's table too).
   */
  private async reachedTowns(ctx: RequestContext, permission: Permission): Promise<Set<string>> {
    const actor = ctx.actor;
    if (!actor?.permissions.has(permission)) return new Set();
    const scope = await requireAccess(this.deps.db, ctx, permission);
    const towns = new Set(scope.townIds);
    for (const grant of actor.grants) {
      if (grant.townId && ROLE_PERMISSIONS[grant.role][permission]) towns.add(grant.townId);
    }
    return towns;
  }
}

/** The table as intake reads it: the town's rows, or the domain's defaults while it has none. */
export async function incidentClassTableOf(db: Executor, townId: string): Promise<IncidentClass[]> {
  return tableOf(townId, await listIncidentClassRows(db, townId), false).items;
}

function tableOf(townId: string, rows: readonly IncidentClassRow[], configurable: boolean): IncidentClassTable {
  return {
    townId,
    custom: rows.length > 0,
    items: rows.length > 0 ? rows.map(classOf) : DEFAULT_INCIDENT_CLASSES.map(defaultClass),
    actions: configurable ? ['configure'] : [],
  };
}

/**
 * The rows a change writes: the defaults too when the town has no rows yet (its first change), one row per code
 * with the change winning (one statement may not upsert the same key twice on PostgreSQL).
 */
function withDefaults(
  townId: string,
  existing: readonly IncidentClassRow[],
  changed: readonly IncidentClassRow[],
): IncidentClassRow[] {
  const byCode = new Map<string, IncidentClassRow>();
  if (existing.length === 0) {
    for (const entry of DEFAULT_INCIDENT_CLASSES) byCode.set(entry.code, newRow(townId, defaultClass(entry)));
  }
  for (const row of changed) byCode.set(row.code, row);
  return [...byCode.values()];
}

function defaultClass(entry: (typeof DEFAULT_INCIDENT_CLASSES)[number]): IncidentClass {
  return {
    code: entry.code,
    name: entry.zh,
    category: entry.category,
    dispute: entry.dispute,
    arrivalTargetMinutes: entry.arrivalTargetMinutes,
    active: true,
  };
}

function classOf(row: IncidentClassRow): IncidentClass {
  return {
    code: row.code,
    name: row.name,
    category: row.category,
    dispute: row.dispute === 1,
    arrivalTargetMinutes: row.arrival_target_minutes,
    active: row.active === 1,
  };
}

function newRow(townId: string, input: UpsertIncidentClass): IncidentClassRow {
  const at = nowIso();
  return {
    id: newId(),
    town_id: townId,
    jurisdiction_id: townId,
    code: input.code,
    name: input.name,
    category: input.category,
    dispute: input.dispute ? 1 : 0,
    arrival_target_minutes: input.arrivalTargetMinutes,
    active: input.active ? 1 : 0,
    created_at: at,
    updated_at: at,
  };
}
