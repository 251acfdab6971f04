import { type Assignment, type CreateAssignment, DUTY_LEVELS, type Duty } from '@fengqiao/domain';
import { allowedActions, inScope, requireAccess } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import {
  type AssignmentView,
  createAssignmentRow,
  deleteAssignmentRow,
  findAssignment,
  findAssignmentByKey,
  listAssignmentRows,
} from './assignments.repository';
import { findJurisdiction } from './jurisdictions.repository';
import { findPersonView } from './people.repository';
import { requireWriteAccess, scopedJurisdiction, scopedRecord } from './record-access';

const ACCESS = { read: 'directory.read', write: 'directory.manage' } as const;

/** Who answers for which district or village (domain.md §8, "1+1+N"). */
export class AssignmentsService {
  constructor(private readonly deps: Deps) {}

  /** With a jurisdiction, the assignments on it and below it. */
  async list(
    ctx: RequestContext,
    filter: { jurisdictionId?: string | undefined; duty?: Duty | undefined },
  ): Promise<{ items: Assignment[] }> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, ACCESS.read);
    const under = filter.jurisdictionId ? await findJurisdiction(db, filter.jurisdictionId) : undefined;
    if (filter.jurisdictionId && !under) return { items: [] };
    const rows = await listAssignmentRows(db, scope, { underPath: under?.path, duty: filter.duty });
    return { items: await Promise.all(rows.map((row) => this.present(ctx, row))) };
  }

  async create(ctx: RequestContext, input: CreateAssignment): Promise<Assignment> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, ACCESS.write);
    const id = await db.transaction().execute(async (tx) => {
      const place = await findJurisdiction(tx, input.jurisdictionId);
      if (!place || place.town_id === null || !inScope(scope, scopedJurisdiction(place))) {
        throw new AppError('JURISDICTION_UNKNOWN');
      }
      if (!DUTY_LEVELS[input.duty].some((level) => level === place.level)) {
        throw new AppError('ASSIGNMENT_DUTY_INVALID', { duty: input.duty, level: place.level });
      }
      const person = await findPersonView(tx, input.personId);
      if (!person || !inScope(scope, scopedRecord(person))) throw new AppError('PERSON_UNKNOWN');
      if (await findAssignmentByKey(tx, input)) throw new AppError('ASSIGNMENT_EXISTS');
      const row = await refuseDuplicate(
        createAssignmentRow(tx, {
          townId: place.town_id,
          personId: person.id,
          jurisdictionId: place.id,
          duty: input.duty,
          since: input.since ?? null,
        }),
        'ASSIGNMENT_EXISTS',
      );
      await audit(tx, ctx, {
        action: 'assignment.create',
        targetType: 'assignment',
        targetId: row.id,
        detail: { personId: person.id, jurisdictionId: place.id, duty: input.duty },
      });
      return row.id;
    });
    const created = await findAssignment(db, id);
    if (!created) throw notFound();
    return this.present(ctx, created);
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    const { db } = this.deps;
    const row = await findAssignment(db, id);
    await requireWriteAccess(db, ctx, ACCESS, row ? scopedRecord(row) : null);
    if (!row) throw notFound();
    await db.transaction().execute(async (tx) => {
      await deleteAssignmentRow(tx, id);
      await audit(tx, ctx, {
        action: 'assignment.delete',
        targetType: 'assignment',
        targetId: id,
        detail: { personId: row.person_id, jurisdictionId: row.jurisdiction_id, duty: row.duty },
      });
    });
  }

  private async present(ctx: RequestContext, row: AssignmentView): Promise<Assignment> {
    return {
      id: row.id,
      personId: row.person_id,
      personName: row.person_name,
      jurisdictionId: row.jurisdiction_id,
      jurisdictionName: row.jurisdiction_name,
      duty: row.duty,
      since: row.since,
      actions: await allowedActions(this.deps.db, ctx, scopedRecord(row), { delete: ACCESS.write }),
    };
  }
}
