import {
  type CreatePerson,
  createPersonSchema,
  type ImportRowError,
  PERSON_IMPORT_COLUMNS,
  type PersonImportKey,
} from '@fengqiao/domain';
import type { Scope } from '../../platform/access/access';
import { Lookup } from './import-lookup';
import { attempt, codeError, schemaErrors } from './import-row-errors';
import type { SheetRow } from './import-workbook';
import type { JurisdictionRow } from './jurisdictions.repository';
import { normalizeIdNumber, normalizePhone } from './person-pii';
import { isPersonHome, type PersonHome } from './person-rules';

export interface PersonImportContext {
  /** The villages, communities and groups the caller manages, by name and by code. */
  homes: Lookup<PersonHome>;
  /** Normalised ID numbers already registered. */
  takenIdNumbers: ReadonlySet<string>;
}

export interface PersonDraft {
  row: number;
  home: PersonHome;
  input: CreatePerson;
}

const HEADER = Object.fromEntries(PERSON_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  PersonImportKey,
  string
>;
const FIELD_COLUMN: Record<string, string> = { ...HEADER, jurisdictionId: HEADER.jurisdiction };
const SEXES: Record<string, 'male' | 'female'> = {
  男: 'male',
  male: 'male',
  m: 'male',
  女: 'female',
  female: 'female',
  f: 'female',
};
const KINDS: Record<string, 'resident' | 'staff'> = {
  居民: 'resident',
  群众: 'resident',
  resident: 'resident',
  工作人员: 'staff',
  staff: 'staff',
};

/**
 * Names a home the way people write it: a village or community by name (with or without 村/社区)
 * or code, a group by its code, "双坪村1组", "双坪村/1组", or just "1组" when only one is in reach.
 */
export function homeLookup(rows: readonly JurisdictionRow[], manageScope: Scope): Lookup<PersonHome> {
  const lookup = new Lookup<PersonHome>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    if (!isPersonHome(row, manageScope)) continue;
    if (row.code) lookup.add(row.code, row);
    if (row.level === 'group') {
      lookup.add(row.name, row);
      const village = row.parent_id ? byId.get(row.parent_id) : undefined;
      for (const villageName of village ? namesOf(village) : []) lookup.add(`${villageName}${row.name}`, row);
    } else {
      for (const name of namesOf(row)) lookup.add(name, row);
    }
  }
  return lookup;
}

/** The normalised form of every valid ID number in the sheet, to look up which are already registered. */
export function idNumbersIn(rows: readonly SheetRow<PersonImportKey>[]): string[] {
  const ids: string[] = [];
  for (const { cells } of rows) {
    if (!cells.idNumber) continue;
    const id = attempt(() => normalizeIdNumber(cells.idNumber));
    if (id.ok && id.value) ids.push(id.value);
  }
  return ids;
}

/**
 * Checks every row of a people sheet with the same rules as POST /people (the zod schema, the home
 * jurisdiction and scope, the ID number and phone validators, ID numbers unique in the database and
 * inside the file) and returns either a draft per row or every problem found.
 */
export function validatePersonRows(
  rows: readonly SheetRow<PersonImportKey>[],
  context: PersonImportContext,
): { drafts: PersonDraft[]; errors: ImportRowError[] } {
  const drafts: PersonDraft[] = [];
  const errors: ImportRowError[] = [];
  const idRows = new Map<string, number>();
  for (const { row, cells } of rows) {
    const rowErrors: ImportRowError[] = [];
    const home = context.homes.find(cells.jurisdiction);
    if (!home.found) {
      rowErrors.push(
        home.ambiguous
          ? codeError(row, HEADER.jurisdiction, 'JURISDICTION_UNKNOWN', {
              en: 'several places have this name: write the village with the group, or the division code',
              zh: '有多个同名辖区，请写明村名和组名，或填写区划代码',
            })
          : codeError(row, HEADER.jurisdiction, 'JURISDICTION_UNKNOWN'),
      );
    }
    const sex = cells.sex ? SEXES[cells.sex.toLowerCase()] : undefined;
    if (cells.sex && !sex) {
      rowErrors.push(codeError(row, HEADER.sex, 'VALIDATION_FAILED', { en: 'write 男 or 女', zh: '请填写“男”或“女”' }));
    }
    const kind = cells.kind ? KINDS[cells.kind.toLowerCase()] : 'resident';
    if (!kind) {
      rowErrors.push(
        codeError(row, HEADER.kind, 'VALIDATION_FAILED', {
          en: 'write 居民 or 工作人员',
          zh: '请填写“居民”或“工作人员”',
        }),
      );
    }
    const parsed = createPersonSchema.safeParse({
      jurisdictionId: home.found?.id ?? '-',
      name: cells.name,
      sex,
      ethnicity: cells.ethnicity || undefined,
      kind: kind ?? 'resident',
      title: cells.title || undefined,
      idNumber: cells.idNumber || undefined,
      phone: cells.phone || undefined,
      address: cells.address || undefined,
    });
    if (!parsed.success) rowErrors.push(...schemaErrors(row, parsed.error.issues, (f) => FIELD_COLUMN[f] ?? null));

    if (cells.idNumber) {
      const id = attempt(() => normalizeIdNumber(cells.idNumber));
      if (!id.ok) rowErrors.push(codeError(row, HEADER.idNumber, id.code));
      else if (id.value) {
        const earlier = idRows.get(id.value);
        if (context.takenIdNumbers.has(id.value)) rowErrors.push(codeError(row, HEADER.idNumber, 'ID_NUMBER_TAKEN'));
        else if (earlier !== undefined) {
          rowErrors.push(
            codeError(row, HEADER.idNumber, 'ID_NUMBER_TAKEN', {
              en: `same ID number as row ${earlier}`,
              zh: `与第 ${earlier} 行重复`,
            }),
          );
        } else idRows.set(id.value, row);
      }
    }
    if (cells.phone) {
      const phone = attempt(() => normalizePhone(cells.phone));
      if (!phone.ok) rowErrors.push(codeError(row, HEADER.phone, phone.code));
    }

    if (rowErrors.length || !parsed.success || !home.found) {
      errors.push(...rowErrors);
      continue;
    }
    drafts.push({ row, home: home.found, input: parsed.data });
  }
  return { drafts, errors };
}

function namesOf(row: JurisdictionRow): string[] {
  const short = row.name.replace(/(村委会|居委会|村|社区)$/, '');
  return short && short !== row.name ? [row.name, short] : [row.name];
}
