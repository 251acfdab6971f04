import { z } from 'zod';

export const PERSON_KINDS = ['staff', 'resident'] as const;
export const SEXES = ['male', 'female'] as const;
export const PII_FIELDS = ['idNumber', 'phone', 'address'] as const;
export type PiiField = (typeof PII_FIELDS)[number];

/** A person as any screen sees them: personal data masked (domain.md §10). */
export const personSchema = z.object({
  id: z.string(),
  townId: z.string(),
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  name: z.string(),
  sex: z.enum(SEXES).nullable(),
  ethnicity: z.string().nullable(),
  kind: z.enum(PERSON_KINDS),
  title: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  actions: z.array(z.string()),
});
export type Person = z.infer<typeof personSchema>;

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const createPersonSchema = z.object({
  jurisdictionId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(40),
  sex: z.enum(SEXES).optional(),
  ethnicity: optionalText(20),
  kind: z.enum(PERSON_KINDS).default('resident'),
  title: optionalText(40),
  organizationId: z.string().max(64).optional(),
  idNumber: optionalText(18),
  phone: optionalText(20),
  address: optionalText(200),
});
export type CreatePerson = z.infer<typeof createPersonSchema>;

export const updatePersonSchema = createPersonSchema
  .omit({ kind: true })
  .partial()
  .extend({ kind: z.enum(PERSON_KINDS).optional() });
export type UpdatePerson = z.infer<typeof updatePersonSchema>;

export const personListQuerySchema = z.object({
  q: z.string().trim().max(40).optional(),
  jurisdictionId: z.string().max(64).optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  /** Only the people of this organisation (a department's staff, for picking task-force members). */
  organizationId: z.string().max(64).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export const unmaskRequestSchema = z.object({ field: z.enum(PII_FIELDS) });
export const unmaskResponseSchema = z.object({ field: z.enum(PII_FIELDS), value: z.string().nullable() });
export type UnmaskResponse = z.infer<typeof unmaskResponseSchema>;
