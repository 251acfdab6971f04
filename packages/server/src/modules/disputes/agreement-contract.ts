import { agreementSchema, SIGNATURE_METHODS, writtenAgreementSchema } from '@fengqiao/domain';
import { z } from 'zod';

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
  signatures: z
    .array(
      z.object({
        partyId: z.string().min(1).max(64),
        method: z.enum(SIGNATURE_METHODS).nullable(),
        at: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable(),
      }),
    )
    .max(50),
  mediatorSignedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable(),
  committeeSealedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable(),
});
export type SignaturesBody = z.infer<typeof signaturesBodySchema>;

export const performanceBodySchema = z.object({
  status: z.enum(PERFORMANCE_STATUSES),
  note: z.string().trim().max(2000).optional(),
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
