import { z } from 'zod';

/** An import file may hold at most this many data rows. */
export const IMPORT_MAX_ROWS = 5000;

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
  reasonZh: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** The details of an IMPORT_ROWS_INVALID refusal: every bad row, by its row number in the sheet. */
export const importRowsInvalidDetailsSchema = z.object({ rows: z.array(importRowErrorSchema) });

export const importResultSchema = z.object({ imported: z.number().int() });

export interface ImportColumn<K extends string> {
  key: K;
  /** The header written in the template; a header without its bracketed hint is accepted too. */
  header: string;
  required: boolean;
  example: string;
  /** Kept as text in the template so Excel does not turn 18-digit numbers into 4.2E+17. */
  text?: boolean;
}

export const VILLAGE_IMPORT_COLUMNS = [
  { key: 'parent', header: '上级片区', required: true, example: '片区一', text: true },
  { key: 'level', header: '类型(村/社区)', required: true, example: '村' },
  { key: 'name', header: '名称', required: true, example: '示例村' },
  { key: 'code', header: '区划代码', required: true, example: '420626104299', text: true },
  { key: 'population', header: '人口', required: false, example: '1260' },
  { key: 'households', header: '户数', required: false, example: '380' },
  { key: 'note', header: '备注', required: false, example: '示例行（原样保留时不会导入）' },
] as const satisfies readonly ImportColumn<string>[];
export type VillageImportKey = (typeof VILLAGE_IMPORT_COLUMNS)[number]['key'];

export const PERSON_IMPORT_COLUMNS = [
  { key: 'jurisdiction', header: '所属村/社区/组', required: true, example: '双坪村1组', text: true },
  { key: 'name', header: '姓名', required: true, example: '张三' },
  { key: 'sex', header: '性别(男/女)', required: false, example: '男' },
  { key: 'ethnicity', header: '民族', required: false, example: '汉族' },
  { key: 'kind', header: '类别(居民/工作人员)', required: false, example: '居民' },
  { key: 'title', header: '职务', required: false, example: '' },
  { key: 'idNumber', header: '身份证号', required: false, example: '11010519491231002X', text: true },
  { key: 'phone', header: '手机号', required: false, example: '13800138000', text: true },
  { key: 'address', header: '住址', required: false, example: '马良镇双坪村1组8号（示例行，原样保留时不会导入）' },
] as const satisfies readonly ImportColumn<string>[];
export type PersonImportKey = (typeof PERSON_IMPORT_COLUMNS)[number]['key'];
