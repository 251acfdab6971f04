import {
  type CreateJurisdiction,
  divisionCodeProblemZh,
  type Jurisdiction,
  type JurisdictionLevel,
  type UpdateJurisdiction,
} from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { JurisdictionsTable } from '../../db/schema';
import { actionsChecker, inScope, requireAccess } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import {
  childLevelsOf,
  cleanCode,
  codeAncestorId,
  codeProblems,
  type JurisdictionProblem,
  newJurisdictionProblems,
} from './jurisdiction-rules';
import {
  createJurisdictionRow,
  findJurisdiction,
  findJurisdictionByCode,
  type JurisdictionListRow,
  type JurisdictionRow,
  listJurisdictionViews,
  updateJurisdictionRow,
} from './jurisdictions.repository';
import { requireWriteAccess, scopedJurisdiction } from './record-access';

const ACCESS = { read: 'directory.read', write: 'directory.manage' } as const;

/** The jurisdiction tree (domain.md §1): read town-wide, changed by those who manage the directory. */
export class JurisdictionsService {
  constructor(private readonly deps: Deps) {}

  async list(
    ctx: RequestContext,
    filter: { level?: JurisdictionLevel | undefined; parentId?: string | undefined },
  ): Promise<{ items: Jurisdiction[] }> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, ACCESS.read);
    const rows = await listJurisdictionViews(db, scope, filter);
    const present = await this.presenter(ctx);
    return { items: rows.map(present) };
  }

  async get(ctx: RequestContext, id: string): Promise<Jurisdiction> {
    const { db } = this.deps;
    const row = await findJurisdiction(db, id);
    await requireAccess(db, ctx, ACCESS.read, row ? scopedJurisdiction(row) : null);
    if (!row) throw notFound();
    return this.present(ctx, row);
  }

  async create(ctx: RequestContext, input: CreateJurisdiction): Promise<Jurisdiction> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, ACCESS.write);
    const code = cleanCode(input.code);
    const row = await db.transaction().execute(async (tx) => {
      const found = await findJurisdiction(tx, input.parentId);
      const parent = found && inScope(scope, scopedJurisdiction(found)) ? found : null;
      const ancestorCode = parent ? await this.ancestorCode(tx, input.level, parent) : null;
      refuseFirst(newJurisdictionProblems({ level: input.level, code }, parent, ancestorCode));
      if (code && (await findJurisdictionByCode(tx, code))) throw new AppError('JURISDICTION_CODE_TAKEN');
      const created = await refuseDuplicate(
        createJurisdictionRow(tx, {
          parent,
          level: input.level,
          code,
          name: input.name,
          population: input.population ?? null,
          households: input.households ?? null,
          note: input.note || null,
        }),
        'JURISDICTION_CODE_TAKEN',
      );
      await audit(tx, ctx, {
        action: 'jurisdiction.create',
        targetType: 'jurisdiction',
        targetId: created.id,
        detail: { parentId: input.parentId, level: input.level, code },
      });
      return created;
    });
    return this.present(ctx, row);
  }

  async update(ctx: RequestContext, id: string, patch: UpdateJurisdiction): Promise<Jurisdiction> {
    const { db } = this.deps;
    const found = await findJurisdiction(db, id);
    await requireWriteAccess(db, ctx, ACCESS, found ? scopedJurisdiction(found) : null);
    if (!found) throw notFound();
    const row = found;
    await db.transaction().execute(async (tx) => {
      const changes: Updateable<JurisdictionsTable> = {};
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.population !== undefined) changes.population = patch.population;
      if (patch.households !== undefined) changes.households = patch.households;
      if (patch.note !== undefined) changes.note = patch.note || null;
      if (patch.code !== undefined) {
        const code = cleanCode(patch.code);
        const parent = row.parent_id ? await findJurisdiction(tx, row.parent_id) : undefined;
        const level = row.level;
        refuseFirst(codeProblems(level, code, parent ? await this.ancestorCode(tx, level, parent) : null));
        const holder = code ? await findJurisdictionByCode(tx, code) : undefined;
        if (holder && holder.id !== id) throw new AppError('JURISDICTION_CODE_TAKEN');
        changes.code = code;
      }
      await refuseDuplicate(updateJurisdictionRow(tx, id, changes), 'JURISDICTION_CODE_TAKEN');
      await audit(tx, ctx, {
        action: 'jurisdiction.update',
        targetType: 'jurisdiction',
        targetId: id,
        detail: { fields: Object.keys(changes) },
      });
    });
    return this.get(ctx, id);
  }

  private async ancestorCode(tx: Executor, level: JurisdictionLevel, parent: JurisdictionRow): Promise<string | null> {
    const ancestorId = codeAncestorId(level, parent);
    if (ancestorId === null) return null;
    if (ancestorId === parent.id) return parent.code;
    return (await findJurisdiction(tx, ancestorId))?.code ?? null;
  }

  private async present(ctx: RequestContext, row: JurisdictionRow): Promise<Jurisdiction> {
    return (await this.presenter(ctx))(row);
  }

  private async presenter(ctx: RequestContext): Promise<(row: JurisdictionListRow) => Jurisdiction> {
    const actionsOf = await actionsChecker(this.deps.db, ctx, { update: ACCESS.write, create_child: ACCESS.write });
    return (row) => presentJurisdiction(row, actionsOf(scopedJurisdiction(row)));
  }
}

function presentJurisdiction(row: JurisdictionListRow, actions: string[]): Jurisdiction {
  const leaf = childLevelsOf(row.level).length === 0;
  return {
    id: row.id,
    parentId: row.parent_id,
    level: row.level,
    code: row.code,
    name: row.name,
    townId: row.town_id,
    population: row.population,
    households: row.households,
    note: row.note,
    actions: leaf ? actions.filter((a) => a !== 'create_child') : actions,
  };
}

function refuseFirst(problems: readonly JurisdictionProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const reason = first.reason ? { reason: first.reason, reasonZh: divisionCodeProblemZh(first.reason) } : {};
  throw new AppError(first.code, { field: first.field, ...reason });
}
