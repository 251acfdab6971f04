/**
 * API contracts of mediation agreements beyond the create body (dispute.schema.ts): the record as the API returns
 * it, the signature, draft and performance bodies, and the register's query. Server and web both import these.
 */
import { z } from 'zod';
import { agreementSchema, agreementSignatureSchema, freeTextSchema, writtenAgreementSchema } from './dispute.schema';

/** Art. 31 performance of an effective agreement, as the committee follows it up. */
export const PERFORMANCE_STATUSES = ['pending', 'performing', 'performed', 'breached'] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];

/**
 * The agreement as the API returns it: the domain record plus whether it was marked effective (a complete draft has
 * a derived effective date too, but is not yet the signed original) and its performance status (Art. 31).
 */
export const agreementRecordSchema = agreementSchema.extend({
  status: z.enum(['draft', 'effective']),
  markedEffectiveAt: z.string().nullable(),
  performanceStatus: z.enum(PERFORMANCE_STATUSES),
  performanceNote: z.string().nullable(),
});
export type AgreementRecord = z.infer<typeof agreementRecordSchema>;

export const signaturesBodySchema = z.object({
  signatures: z.array(agreementSignatureSchema).max(50),
  mediatorSignedAt: agreementSignatureSchema.shape.at,
  committeeSealedAt: agreementSignatureSchema.shape.at,
});
export type SignaturesBody = z.infer<typeof signaturesBodySchema>;

export const performanceBodySchema = z.object({
  status: z.enum(PERFORMANCE_STATUSES),
  note: freeTextSchema(2000).optional(),
});
export type PerformanceBody = z.infer<typeof performanceBodySchema>;

export const agreementListQuerySchema = z.object({
  kind: z.enum(['written', 'oral']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type AgreementListQuery = z.infer<typeof agreementListQuerySchema>;

/** A written draft's Art. 29 content, changed while it is not yet effective; signatures have their own route. */
export const updateDraftSchema = writtenAgreementSchema
  .pick({
    facts: true,
    disputedMatters: true,
    responsibilities: true,
    terms: true,
    performanceManner: true,
    performancePlace: true,
    performanceDeadline: true,
  })
  .partial();
export type UpdateDraftBody = z.infer<typeof updateDraftSchema>;
