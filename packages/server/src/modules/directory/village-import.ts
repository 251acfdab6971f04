import {
  createJurisdictionSchema,
  divisionCodeProblemZh,
  type ImportRowError,
  VILLAGE_IMPORT_COLUMNS,
  type VillageImportKey,
} from '@fengqiao/domain';
import { Lookup } from './import-lookup';
import { codeError, schemaErrors } from './import-row-errors';
import type { SheetRow } from './import-workbook';
import { cleanCode, newJurisdictionProblems } from './jurisdiction-rules';
import type { JurisdictionRow } from './jurisdictions.repository';

export interface VillageImportContext {
  /** The districts the caller manages, by name and by code. */
  districts: Lookup<JurisdictionRow>;
  /** Town division codes by town id: a village code extends its town's. */
  townCodes: ReadonlyMap<string, string | null>;
  /** Division codes already used in the database. */
  takenCodes: ReadonlySet<string>;
}

export interface VillageDraft {
  row: number;
  parent: JurisdictionRow;
  level: 'village' | 'community';
  code: string | null;
  name: string;
  population: number | null;
  households: number | null;
  note: string | null;
}

const HEADER = Object.fromEntries(VILLAGE_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  VillageImportKey,
  string
>;
const FIELD_COLUMN: Record<string, string> = {
  parentId: HEADER.parent,
  level: HEADER.level,
  code: HEADER.code,
  name: HEADER.name,
  population: HEADER.population,
  households: HEADER.households,
  note: HEADER.note,
};
const LEVELS: Record<string, 'village' | 'community'> = {
  村: 'village',
  行政村: 'village',
  村委会: 'village',
  village: 'village',
  社区: 'community',
  居委会: 'community',
  community: 'community',
};

export function districtLookup(districts: readonly JurisdictionRow[]): Lookup<JurisdictionRow> {
  const lookup = new Lookup<JurisdictionRow>();
  for (const district of districts) {
    lookup.add(district.name, district);
    if (district.code) lookup.add(district.code, district);
  }
  return lookup;
}

/**
 * Checks every row of a villages sheet with the same rules as POST /jurisdictions (the zod
 * schema, parent and level, division code, uniqueness in the database and inside the file) and
 * returns either a draft per row or every problem found.
 */
export function validateVillageRows(
  rows: readonly SheetRow<VillageImportKey>[],
  context: VillageImportContext,
): { drafts: VillageDraft[]; errors: ImportRowError[] } {
  const drafts: VillageDraft[] = [];
  const errors: ImportRowError[] = [];
  const codeRows = new Map<string, number>();
  for (const { row, cells } of rows) {
    const rowErrors: ImportRowError[] = [];
    const parent = context.districts.find(cells.parent);
    if (!parent.found) {
      rowErrors.push(
        parent.ambiguous
          ? codeError(row, HEADER.parent, 'JURISDICTION_UNKNOWN', {
              en: 'several districts have this name: use the district code',
              zh: '有多个同名片区，请填写片区代码',
            })
          : codeError(row, HEADER.parent, 'JURISDICTION_UNKNOWN'),
      );
    }
    const level = LEVELS[cells.level.toLowerCase()];
    if (!level) {
      rowErrors.push(
        codeError(row, HEADER.level, 'VALIDATION_FAILED', { en: 'write 村 or 社区', zh: '请填写“村”或“社区”' }),
      );
    }
    const population = parseCount(cells.population);
    const households = parseCount(cells.households);
    for (const [key, value] of [
      ['population', population],
      ['households', households],
    ] as const) {
      if (Number.isNaN(value)) {
        rowErrors.push(codeError(row, HEADER[key], 'VALIDATION_FAILED', { en: 'a whole number', zh: '请填写整数' }));
      }
    }
    const parsed = createJurisdictionSchema.safeParse({
      parentId: parent.found?.id ?? '-',
      level: level ?? 'village',
      code: cells.code || undefined,
      name: cells.name,
      population: Number.isNaN(population) ? undefined : population,
      households: Number.isNaN(households) ? undefined : households,
      note: cells.note || undefined,
    });
    if (!parsed.success) rowErrors.push(...schemaErrors(row, parsed.error.issues, (f) => FIELD_COLUMN[f] ?? null));

    const code = cleanCode(cells.code);
    if (parent.found && level) {
      const townCode = parent.found.town_id ? (context.townCodes.get(parent.found.town_id) ?? null) : null;
      for (const problem of newJurisdictionProblems({ level, code }, parent.found, townCode)) {
        rowErrors.push(
          codeError(
            row,
            FIELD_COLUMN[problem.field] ?? null,
            problem.code,
            problem.reason ? { en: problem.reason, zh: divisionCodeProblemZh(problem.reason) } : undefined,
          ),
        );
      }
    }
    if (code) {
      const earlier = codeRows.get(code);
      if (context.takenCodes.has(code)) rowErrors.push(codeError(row, HEADER.code, 'JURISDICTION_CODE_TAKEN'));
      else if (earlier !== undefined) {
        rowErrors.push(
          codeError(row, HEADER.code, 'JURISDICTION_CODE_TAKEN', {
            en: `same code as row ${earlier}`,
            zh: `与第 ${earlier} 行重复`,
          }),
        );
      } else codeRows.set(code, row);
    }

    if (rowErrors.length || !parsed.success || !parent.found || !level) {
      errors.push(...rowErrors);
      continue;
    }
    drafts.push({
      row,
      parent: parent.found,
      level,
      code,
      name: parsed.data.name,
      population: parsed.data.population ?? null,
      households: parsed.data.households ?? null,
      note: parsed.data.note || null,
    });
  }
  return { drafts, errors };
}

/** Empty: no value; digits (with thousands separators): the number; anything else: NaN. */
export function parseCount(text: string): number | undefined {
  const compact = text.replace(/[,，\s]/g, '');
  if (compact === '') return undefined;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}
