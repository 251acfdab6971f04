import type { CreatePerson, Page, Person, PiiField, UpdatePerson } from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PersonsTable } from '../../db/schema';
import { allowedActions, requireAccess } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { findJurisdiction } from './jurisdictions.repository';
import { findOrganization } from './organizations.repository';
import {
  findPersonIdByIdNumberIndex,
  findPersonRow,
  findPersonView,
  insertPersonRow,
  listPersonRows,
  type PersonMatch,
  type PersonView,
  updatePersonRow,
} from './people.repository';
import { auditedSearch, classifySearch, type SearchTerm } from './people-search';
import { nameColumns, newPersonRow, piiColumns } from './person-pii';
import { isPersonHome } from './person-rules';
import { requireWriteAccess, scopedRecord } from './record-access';

export interface PersonListQuery {
  q?: string | undefined;
  jurisdictionId?: string | undefined;
  kind?: 'staff' | 'resident' | undefined;
  organizationId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

const ACTIONS = { update: 'person.manage', unmask: 'person.unmask' } as const;
const WRITE = { read: 'person.read', write: 'person.manage' } as const;
const UNMASK = { read: 'person.read', write: 'person.unmask' } as const;
const CIPHERTEXT = { idNumber: 'id_number_enc', phone: 'phone_enc', address: 'address_enc' } as const;

/**
 * Residents and staff (domain.md §1, §10). Every read of personal data is audited; lists and
 * records show masked values only; the clear value of one field comes back only through unmask,
 * which needs its own permission and is audited with the field's name.
 */
export class PeopleService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, query: PersonListQuery): Promise<Page<Person>> {
    const { db } = this.deps;
    const after = decodeCursor(query.cursor, ['string', 'string']);
    const term = query.q ? classifySearch(query.q) : null;
    const page = await db.transaction().execute(async (tx) => {
      const scope = await requireAccess(tx, ctx, 'person.read');
      const under = query.jurisdictionId ? await findJurisdiction(tx, query.jurisdictionId) : undefined;
      const rows =
        query.jurisdictionId && !under
          ? []
          : await listPersonRows(tx, scope, {
              match: term ? this.matchOf(term) : undefined,
              underPath: under?.path,
              kind: query.kind,
              organizationId: query.organizationId,
              after: after ? [String(after[0]), String(after[1])] : null,
              limit: query.limit + 1,
            });
      const result = toPage(
        rows,
        query.limit,
        (row) => row,
        (row) => [row.name_pinyin, row.id],
      );
      await audit(tx, ctx, {
        action: 'person.list',
        targetType: 'person',
        detail: {
          count: result.items.length,
          q: term ? auditedSearch(term) : null,
          jurisdictionId: query.jurisdictionId ?? null,
          kind: query.kind ?? null,
          organizationId: query.organizationId ?? null,
          continued: after !== null,
        },
      });
      return result;
    });
    return { items: await Promise.all(page.items.map((row) => this.present(ctx, row))), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<Person> {
    const row = await this.deps.db.transaction().execute(async (tx) => {
      const found = await findPersonView(tx, id);
      await requireAccess(tx, ctx, 'person.read', found ? scopedRecord(found) : null);
      if (!found) throw notFound();
      await audit(tx, ctx, { action: 'person.read', targetType: 'person', targetId: id });
      return found;
    });
    return this.present(ctx, row);
  }

  async create(ctx: RequestContext, input: CreatePerson): Promise<Person> {
    const { db, cipher } = this.deps;
    const scope = await requireAccess(db, ctx, WRITE.write);
    const id = await db.transaction().execute(async (tx) => {
      const home = await findJurisdiction(tx, input.jurisdictionId);
      if (!isPersonHome(home, scope)) throw new AppError('JURISDICTION_UNKNOWN');
      await checkOrganization(tx, input.organizationId, home.town_id);
      const row = newPersonRow(cipher, { ...input, townId: home.town_id, jurisdictionId: home.id });
      await this.refuseTakenIdNumber(tx, ctx, row.id_number_bidx, null);
      await refuseDuplicate(insertPersonRow(tx, row), 'ID_NUMBER_TAKEN');
      await audit(tx, ctx, {
        action: 'person.create',
        targetType: 'person',
        targetId: row.id,
        detail: { jurisdictionId: home.id, kind: row.kind },
      });
      return row.id;
    });
    return this.view(ctx, id);
  }

  /** Only the fields present change; empty text clears a field. */
  async update(ctx: RequestContext, id: string, patch: UpdatePerson): Promise<Person> {
    const { db, cipher } = this.deps;
    const found = await findPersonView(db, id);
    const scope = await requireWriteAccess(db, ctx, WRITE, found ? scopedRecord(found) : null);
    if (!found) throw notFound();
    const current = found;
    await db.transaction().execute(async (tx) => {
      const changes: Updateable<PersonsTable> = {};
      let townId = current.town_id;
      if (patch.jurisdictionId !== undefined && patch.jurisdictionId !== current.jurisdiction_id) {
        const home = await findJurisdiction(tx, patch.jurisdictionId);
        if (!isPersonHome(home, scope)) throw new AppError('JURISDICTION_UNKNOWN');
        changes.jurisdiction_id = home.id;
        changes.town_id = home.town_id;
        townId = home.town_id;
      }
      if (patch.name !== undefined) Object.assign(changes, nameColumns(patch.name));
      if (patch.sex !== undefined) changes.sex = patch.sex;
      if (patch.ethnicity !== undefined) changes.ethnicity = patch.ethnicity || null;
      if (patch.kind !== undefined) changes.kind = patch.kind;
      if (patch.title !== undefined) changes.title = patch.title || null;
      if (patch.organizationId !== undefined) {
        changes.organization_id = patch.organizationId || null;
        await checkOrganization(tx, changes.organization_id, townId);
      } else if (townId !== current.town_id && current.organization_id) {
        await checkOrganization(tx, current.organization_id, townId);
      }
      Object.assign(
        changes,
        piiColumns(cipher, { idNumber: patch.idNumber, phone: patch.phone, address: patch.address }),
      );
      await this.refuseTakenIdNumber(tx, ctx, changes.id_number_bidx ?? null, id);
      await refuseDuplicate(updatePersonRow(tx, id, changes), 'ID_NUMBER_TAKEN');
      await audit(tx, ctx, {
        action: 'person.update',
        targetType: 'person',
        targetId: id,
        detail: { fields: Object.keys(patch).filter((key) => patch[key as keyof UpdatePerson] !== undefined) },
      });
    });
    return this.view(ctx, id);
  }

  /**
   * The clear value of one field. Someone who cannot read the person gets NOT_FOUND; someone who can
   * read but not unmask gets FORBIDDEN, and the refusal is audited too.
   */
  async unmask(ctx: RequestContext, id: string, field: PiiField): Promise<{ field: PiiField; value: string | null }> {
    const { db, cipher } = this.deps;
    const row = await findPersonRow(db, id);
    try {
      await requireWriteAccess(db, ctx, UNMASK, row ? scopedRecord(row) : null);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FORBIDDEN') {
        await db.transaction().execute((tx) =>
          audit(tx, ctx, {
            action: 'person.unmask',
            targetType: 'person',
            targetId: id,
            outcome: 'denied',
            detail: { field },
          }),
        );
      }
      throw error;
    }
    if (!row) throw notFound();
    const stored = row[CIPHERTEXT[field]];
    const value = stored ? cipher.decrypt(stored) : null;
    await db
      .transaction()
      .execute((tx) =>
        audit(tx, ctx, { action: 'person.unmask', targetType: 'person', targetId: id, detail: { field } }),
      );
    return { field, value };
  }

  private matchOf(term: SearchTerm): PersonMatch {
    const { cipher } = this.deps;
    switch (term.kind) {
      case 'id_number':
        return { column: 'id_number_bidx', index: cipher.blindIndex(term.normalized) };
      case 'phone':
        return { column: 'phone_bidx', index: cipher.blindIndex(term.normalized) };
      case 'name':
        return { name: term.text, pinyin: term.pinyin };
    }
  }

  /**
   * Refuses an ID number held by someone the caller can see. A holder outside the caller's scope is not
   * mentioned: the caller's own record is written as for a new number, so the answer says nothing about
   * who lives elsewhere; both records share the blind index, so a wider scope finds them together.
   */
  private async refuseTakenIdNumber(
    tx: Executor,
    ctx: RequestContext,
    index: string | null,
    self: string | null,
  ): Promise<void> {
    if (!index) return;
    const visible = await requireAccess(tx, ctx, 'person.read');
    if (await findPersonIdByIdNumberIndex(tx, index, visible, self)) throw new AppError('ID_NUMBER_TAKEN');
  }

  /** The record the caller just wrote, without counting as a read of someone's data. */
  private async view(ctx: RequestContext, id: string): Promise<Person> {
    const row = await findPersonView(this.deps.db, id);
    if (!row) throw notFound();
    return this.present(ctx, row);
  }

  private async present(ctx: RequestContext, row: PersonView): Promise<Person> {
    return {
      id: row.id,
      townId: row.town_id,
      jurisdictionId: row.jurisdiction_id,
      jurisdictionName: row.jurisdiction_name,
      name: row.name,
      sex: row.sex,
      ethnicity: row.ethnicity,
      kind: row.kind,
      title: row.title,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      idNumber: row.id_number_masked,
      phone: row.phone_masked,
      address: row.address_masked,
      actions: await allowedActions(this.deps.db, ctx, scopedRecord(row), ACTIONS),
    };
  }
}

/** An organisation named on a person must exist in the person's town. */
async function checkOrganization(
  tx: Executor,
  organizationId: string | null | undefined,
  townId: string,
): Promise<void> {
  if (!organizationId) return;
  const organization = await findOrganization(tx, organizationId);
  if (!organization || organization.town_id !== townId) throw new AppError('ORGANIZATION_UNKNOWN');
}
