import type { Agreement } from '@fengqiao/domain';

/** Art. 31 performance statuses, in the server's order (agreement-contract.ts). */
export const PERFORMANCE_STATUSES = ['pending', 'performing', 'performed', 'breached'] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];

/**
 * The agreement as the API returns it. The server adds these fields to the domain record in its own contract, which
 * the web package cannot import, so they are restated here.
 */
export type AgreementRecord = Agreement & {
  status: 'draft' | 'effective';
  markedEffectiveAt: string | null;
  performanceStatus: PerformanceStatus;
  performanceNote: string | null;
};

export interface PerformanceBody {
  status: PerformanceStatus;
  note?: string;
}

/** A written draft's Art. 29 text, as PATCH /agreements/:id takes it (every key optional). */
export type DraftTextBody = Partial<
  Pick<Agreement, 'facts' | 'disputedMatters' | 'responsibilities' | 'terms' | 'performanceManner' | 'performancePlace'>
> & { performanceDeadline?: string };
