/** The 综治办 board's figures: one request, counted by the database over every case the caller may see. */
import { z } from 'zod';
import { disputeListQuerySchema } from './dispute.schema';
import { DISPUTE_TIERS, RISK_GRADES } from './dispute-dictionaries';
import { DISPUTE_STATES } from './dispute-states';

/**
 * The list's place and scope filters, so each figure equals the list filtered the same way plus the figure's own
 * filter (open=true&tier=…, open=true&overdue=true, closedFrom=…&closedTo=…). closedFrom/closedTo add a closed
 * figure for that range beside this month's and this year's.
 */
export const disputeBoardQuerySchema = disputeListQuerySchema.pick({
  category: true,
  villageId: true,
  districtId: true,
  departmentId: true,
  mine: true,
  closedFrom: true,
  closedTo: true,
});
export type DisputeBoardQuery = z.infer<typeof disputeBoardQuerySchema>;

const count = z.number().int();

/** How many open red cases the board lists by name above everything else. */
export const BOARD_RED_ALERTS = 8;

/**
 * An open red case as the board's alert names it: number, place and summary, no party data. It comes with the
 * figures, so a board view is one list read in the audit log, not two.
 */
export const boardRedAlertSchema = z.object({
  id: z.string(),
  number: z.string(),
  jurisdictionName: z.string(),
  villageName: z.string().nullable(),
  summary: z.string(),
});
export type BoardRedAlert = z.infer<typeof boardRedAlertSchema>;

export const disputeBoardSchema = z.object({
  /** The instant the figures were counted at (overdue and due soon depend on it). */
  asOf: z.string(),
  open: z.object({
    total: count,
    overdue: count,
    dueSoon: count,
    byTier: z.record(z.enum(DISPUTE_TIERS), count),
    byState: z.record(z.enum(DISPUTE_STATES), count),
    byRisk: z.record(z.enum(RISK_GRADES), count),
  }),
  closed: z.object({
    /** Shanghai calendar: the first of this month and 1 January up to today. */
    thisMonth: count,
    thisYear: count,
    range: z.object({ from: z.string().nullable(), to: z.string().nullable(), count }).nullable(),
  }),
  /** The most urgent open red cases (up to BOARD_RED_ALERTS, newest first); open.byRisk.red counts them all. */
  openRed: z.array(boardRedAlertSchema),
});
export type DisputeBoard = z.infer<typeof disputeBoardSchema>;
