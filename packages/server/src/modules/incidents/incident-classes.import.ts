import {
  type ImportRowError,
  INCIDENT_CLASS_IMPORT_COLUMNS,
  type IncidentClassImportKey,
  incidentClassCodeProblem,
  parseIncidentCategory,
  parseYesNo,
  type UpsertIncidentClass,
  upsertIncidentClassSchema,
} from '@fengqiao/domain';
import { codeError, schemaErrors } from '../directory/import-row-errors';
import type { SheetRow } from '../directory/import-workbook';
import { parseCount } from '../directory/village-import';

const HEADER = Object.fromEntries(INCIDENT_CLASS_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  IncidentClassImportKey,
  string
>;

/**
 * Checks every row of a class code sheet with the rules of PUT /incident-classes/:code (the zod contract, the code
 * against its category) and that no code appears twice in the file; returns a class per row or every problem.
 */
export function validateIncidentClassRows(rows: readonly SheetRow<IncidentClassImportKey>[]): {
  classes: UpsertIncidentClass[];
  errors: ImportRowError[];
} {
  const classes: UpsertIncidentClass[] = [];
  const errors: ImportRowError[] = [];
  const codeRows = new Map<string, number>();
  for (const { row, cells } of rows) {
    const rowErrors: ImportRowError[] = [];
    const category = parseIncidentCategory(cells.category);
    if (!category) {
      rowErrors.push(
        codeError(row, HEADER.category, 'VALIDATION_FAILED', {
          en: 'write one of the ten categories, e.g. 治安警情',
          zh: '请填写十类警情之一，如“治安警情”',
        }),
      );
    }
    const dispute = parseYesNo(cells.dispute, false);
    const active = parseYesNo(cells.active, true);
    for (const [key, value] of [
      ['dispute', dispute],
      ['active', active],
    ] as const) {
      if (value === null) {
        rowErrors.push(
          codeError(row, HEADER[key], 'VALIDATION_FAILED', { en: 'write 是 or 否', zh: '请填写“是”或“否”' }),
        );
      }
    }
    const minutes = parseCount(cells.arrivalTargetMinutes);
    if (Number.isNaN(minutes)) {
      rowErrors.push(
        codeError(row, HEADER.arrivalTargetMinutes, 'VALIDATION_FAILED', { en: 'a whole number', zh: '请填写整数' }),
      );
    }
    const parsed = upsertIncidentClassSchema.safeParse({
      code: cells.code,
      name: cells.name,
      category: category ?? 'criminal',
      dispute: dispute ?? false,
      arrivalTargetMinutes: Number.isNaN(minutes) ? 1 : minutes,
      active: active ?? true,
    });
    if (!parsed.success) {
      rowErrors.push(...schemaErrors(row, parsed.error.issues, (field) => columnOf(field)));
    } else if (category && incidentClassCodeProblem(parsed.data.code, category)) {
      rowErrors.push(codeError(row, HEADER.code, 'INCIDENT_CLASS_CODE_INVALID'));
    }
    const earlier = codeRows.get(cells.code);
    if (earlier !== undefined) {
      rowErrors.push(
        codeError(row, HEADER.code, 'VALIDATION_FAILED', {
          en: `same code as row ${earlier}`,
          zh: `与第 ${earlier} 行重复`,
        }),
      );
    } else if (cells.code) codeRows.set(cells.code, row);
    if (rowErrors.length > 0 || !parsed.success) {
      errors.push(...rowErrors);
      continue;
    }
    classes.push(parsed.data);
  }
  return { classes, errors };
}

function columnOf(field: string): string | null {
  return field in HEADER ? HEADER[field as IncidentClassImportKey] : null;
}
