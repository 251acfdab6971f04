/**
 * The Excel sheet of the class code table (a setting imported by the station): its columns and how the cells a
 * person types are read. Each row upserts one class; the rules are those of PUT /incident-classes/:code.
 */
import { z } from 'zod';
import type { ImportColumn } from '../directory/import.schema';
import { incidentClassSchema, upsertIncidentClassSchema } from './incident.schema';
import { INCIDENT_CATEGORIES, INCIDENT_CATEGORY_LABELS, type IncidentCategory } from './incident-dictionaries';

/** Which town's table: needed only by a caller who reaches several towns (a county grant). */
export const incidentClassTableQuerySchema = z.object({ townId: z.string().min(1).max(64).optional() });
export type IncidentClassTableQuery = z.infer<typeof incidentClassTableQuerySchema>;

/** A town's class code table as GET /incident-classes answers it. */
export const incidentClassTableSchema = z.object({
  townId: z.string(),
  /** false while the town works from the domain's defaults (nothing saved or imported yet). */
  custom: z.boolean(),
  items: z.array(incidentClassSchema),
  /** `configure` when the caller may edit and import the table. */
  actions: z.array(z.string()),
});
export type IncidentClassTable = z.infer<typeof incidentClassTableSchema>;

/** The code is checked by the route itself, so a bad code answers INCIDENT_CLASS_CODE_INVALID. */
export const incidentClassCodeParamsSchema = z.object({ code: z.string().max(20) });
export const saveIncidentClassSchema = upsertIncidentClassSchema.omit({ code: true });
export type SaveIncidentClass = z.infer<typeof saveIncidentClassSchema>;

export const INCIDENT_CLASS_IMPORT_COLUMNS = [
  { key: 'code', header: '类别代码', required: true, example: '020299', text: true },
  { key: 'name', header: '类别名称', required: true, example: '示例纠纷' },
  { key: 'category', header: '警情大类', required: true, example: '治安警情' },
  { key: 'dispute', header: '纠纷警情(是/否)', required: false, example: '是' },
  { key: 'arrivalTargetMinutes', header: '到场时限(分钟)', required: true, example: '30' },
  { key: 'active', header: '启用(是/否)', required: false, example: '是' },
] as const satisfies readonly ImportColumn<string>[];
export type IncidentClassImportKey = (typeof INCIDENT_CLASS_IMPORT_COLUMNS)[number]['key'];

/** A category cell: its Chinese or English label or its stable code, in any case. */
export function parseIncidentCategory(text: string): IncidentCategory | null {
  const key = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (key === '') return null;
  for (const category of INCIDENT_CATEGORIES) {
    const label = INCIDENT_CATEGORY_LABELS[category];
    const names = [category, label.zh, label.en].map((name) => name.replace(/\s+/g, '').toLowerCase());
    if (names.includes(key)) return category;
  }
  return null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×']);

/** A yes/no cell: `fallback` when empty, null when it is neither. */
export function parseYesNo(text: string, fallback: boolean): boolean | null {
  const key = text.normalize('NFKC').trim().toLowerCase();
  if (key === '') return fallback;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
