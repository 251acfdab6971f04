import { z } from 'zod';

export const JURISDICTION_LEVELS = ['county', 'town', 'district', 'village', 'community', 'group'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const LEVEL_LABELS: Record<JurisdictionLevel, { zh: string; en: string }> = {
  county: { zh: '县', en: 'County' },
  town: { zh: '镇', en: 'Town' },
  district: { zh: '片区', en: 'District' },
  village: { zh: '村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
  group: { zh: '村民小组', en: 'Group' },
};

/** Which level may sit under which (domain.md §1). */
export const CHILD_LEVELS: Record<JurisdictionLevel, readonly JurisdictionLevel[]> = {
  county: ['town'],
  town: ['district'],
  district: ['village', 'community'],
  village: ['group'],
  community: ['group'],
  group: [],
};

export const jurisdictionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(JURISDICTION_LEVELS),
  code: z.string().nullable(),
  name: z.string(),
  townId: z.string().nullable(),
  population: z.number().int().nullable(),
  households: z.number().int().nullable(),
  note: z.string().nullable(),
  actions: z.array(z.string()),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

const nameSchema = z.string().trim().min(1).max(40);
const countSchema = z.number().int().min(0).max(10_000_000);

export const createJurisdictionSchema = z.object({
  parentId: z.string().min(1).max(64),
  level: z.enum(JURISDICTION_LEVELS),
  code: z.string().trim().max(20).optional(),
  name: nameSchema,
  population: countSchema.optional(),
  households: countSchema.optional(),
  note: z.string().trim().max(500).optional(),
});
export type CreateJurisdiction = z.infer<typeof createJurisdictionSchema>;

export const updateJurisdictionSchema = z.object({
  code: z.string().trim().max(20).nullable().optional(),
  name: nameSchema.optional(),
  population: countSchema.nullable().optional(),
  households: countSchema.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

export type UpdateJurisdiction = z.infer<typeof updateJurisdictionSchema>;

export const jurisdictionListQuerySchema = z.object({
  level: z.enum(JURISDICTION_LEVELS).optional(),
  parentId: z.string().max(64).optional(),
});

/**
 * Statistical division codes (domain.md §1): 12 digits for county/town/village/community;
 * digits 7–9 100–199 are towns (镇); digits 10–12 001–199 communities, 200–399 villages.
 * Groups carry their village code plus a 3-digit group number; districts have no official code.
 */
export function divisionCodeProblem(level: JurisdictionLevel, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === '') {
    return level === 'district' || level === 'group' ? null : 'code required';
  }
  if (level === 'district') return /^[A-Z0-9-]{1,20}$/.test(code) ? null : 'district codes are letters and digits';
  if (level === 'group') return /^\d{15}$/.test(code) ? null : 'group codes are 15 digits';
  if (!/^\d{12}$/.test(code)) return 'division codes are 12 digits';
  const township = Number(code.slice(6, 9));
  const village = Number(code.slice(9, 12));
  switch (level) {
    case 'county':
      return code.slice(6) === '000000' ? null : 'a county code ends in 000000';
    case 'town':
      return township >= 100 && township <= 199 && village === 0 ? null : 'a town code has 100–199 then 000';
    case 'community':
      return village >= 1 && village <= 199 ? null : 'a community code ends in 001–199';
    case 'village':
      return village >= 200 && village <= 399 ? null : 'a village code ends in 200–399';
  }
}

/**
 * A code must sit inside its ancestor's code: a town inside its county (digits 1–6), a village or
 * community inside its town (digits 1–9), a group inside its village (digits 1–12). `ancestorCode`
 * is the county's code for a town, the town's for a village or community, the village's for a group.
 */
export function divisionCodeParentProblem(
  level: JurisdictionLevel,
  code: string | null | undefined,
  ancestorCode: string | null | undefined,
): string | null {
  if (!code || !ancestorCode) return null;
  const digits = level === 'town' ? 6 : level === 'village' || level === 'community' ? 9 : level === 'group' ? 12 : 0;
  if (digits === 0 || ancestorCode.length < digits) return null;
  return code.slice(0, digits) === ancestorCode.slice(0, digits) ? null : PARENT_CODE_PROBLEM;
}

const PARENT_CODE_PROBLEM = "the code must start with its parent's code";

const CODE_PROBLEMS_ZH: Record<string, string> = {
  'code required': '须填写区划代码',
  'district codes are letters and digits': '片区代码只能由大写字母、数字和“-”组成',
  'group codes are 15 digits': '村民小组代码为 15 位数字',
  'division codes are 12 digits': '区划代码为 12 位数字',
  'a county code ends in 000000': '县级代码末 6 位为 000000',
  'a town code has 100–199 then 000': '镇级代码第 7–9 位为 100–199、末 3 位为 000',
  'a community code ends in 001–199': '社区代码末 3 位为 001–199',
  'a village code ends in 200–399': '村代码末 3 位为 200–399',
  [PARENT_CODE_PROBLEM]: '区划代码须以上级区划代码开头',
};

/** The Chinese for a reason given by divisionCodeProblem or divisionCodeParentProblem. */
export function divisionCodeProblemZh(reason: string): string {
  return CODE_PROBLEMS_ZH[reason] ?? reason;
}
