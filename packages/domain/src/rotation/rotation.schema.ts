/**
 * API contracts of the security-director rotation (domain.md §5): the holiday calendar, the year's rota with its
 * slots and check-ins, swap requests, a director's stay and the training records of the monthly meeting.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { CALENDAR_DAY_KINDS } from './holiday-calendar';
import { ROTA_SWAP_KINDS, ROTA_SWAP_STATUSES } from './rota-rules';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();
const requiredText = (max: number) => freeTextSchema(max).min(1);
/** A rota year the calendar can speak for: the years around today, not a typo three centuries off. */
export const rotaYearSchema = z.coerce.number().int().min(2000).max(2100);

export const calendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
});

export const holidayCalendarSchema = z.object({
  townId: z.string(),
  year: z.number().int(),
  days: z.array(calendarDaySchema),
  actions: z.array(z.string()),
});
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;

/** `townId` may be left out when the caller reaches one town only (the usual case): that town is meant. */
export const holidayCalendarQuerySchema = z.object({ townId: idSchema.optional(), year: rotaYearSchema });
export const calendarDayInputSchema = z.object({
  townId: idSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: requiredText(40),
});
export type CalendarDayInput = z.infer<typeof calendarDayInputSchema>;
export const calendarDateParamsSchema = z.object({ date: dateSchema });
export const townQuerySchema = z.object({ townId: idSchema });

export const rotaSlotSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  index: z.number().int(),
  days: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  /** The village's security director (治保主任) when the directory names one; null shows as "none named". */
  directorPersonId: z.string().nullable(),
  directorName: z.string().nullable(),
  /** Days the desk recorded the director as present. */
  checkIns: z.array(z.string()),
  actions: z.array(z.string()),
});
export type RotaSlotView = z.infer<typeof rotaSlotSchema>;

export const rotaSchema = z.object({
  townId: z.string(),
  year: z.number().int(),
  seed: z.number().int().nullable(),
  generatedAt: z.string().nullable(),
  slots: z.array(rotaSlotSchema),
  actions: z.array(z.string()),
});
export type Rota = z.infer<typeof rotaSchema>;

export const rotaQuerySchema = z.object({ townId: idSchema.optional(), year: rotaYearSchema });
export const generateRotaSchema = z.object({
  townId: idSchema,
  year: rotaYearSchema,
  seed: z.number().int().min(0).max(2_147_483_647),
});
export type GenerateRota = z.infer<typeof generateRotaSchema>;

export const checkInSchema = z.object({ date: dateSchema });
export type CheckIn = z.infer<typeof checkInSchema>;

export const rotaSwapSchema = z.object({
  id: z.string(),
  kind: z.enum(ROTA_SWAP_KINDS),
  status: z.enum(ROTA_SWAP_STATUSES),
  slotId: z.string(),
  otherSlotId: z.string().nullable(),
  replacementPersonId: z.string().nullable(),
  replacementName: z.string().nullable(),
  reason: z.string(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  actions: z.array(z.string()),
});
export type RotaSwap = z.infer<typeof rotaSwapSchema>;

export const requestSwapSchema = z.object({
  kind: z.enum(ROTA_SWAP_KINDS),
  slotId: idSchema,
  otherSlotId: idSchema.optional(),
  replacementPersonId: idSchema.optional(),
  reason: requiredText(500),
});
export type RequestSwap = z.infer<typeof requestSwapSchema>;

export const decideSwapSchema = z.object({
  decision: z.enum(['approve', 'refuse']),
  note: freeTextSchema(500).optional(),
});
export type DecideSwap = z.infer<typeof decideSwapSchema>;

export const swapsQuerySchema = z.object({ townId: idSchema.optional(), year: rotaYearSchema });

/** What happened at the station during a director's days: incidents, mediation sessions and disputes. */
export const directorStaySchema = z.object({
  slot: rotaSlotSchema,
  incidents: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      className: z.string(),
      summary: z.string(),
      state: z.string(),
      receivedAt: z.string(),
    }),
  ),
  mediationSessions: z.array(
    z.object({
      id: z.string(),
      disputeId: z.string(),
      disputeNumber: z.string(),
      startedAt: z.string(),
      mode: z.string(),
      location: z.string().nullable(),
    }),
  ),
  disputes: z.array(
    z.object({ id: z.string(), number: z.string(), category: z.string(), summary: z.string(), createdAt: z.string() }),
  ),
});
export type DirectorStay = z.infer<typeof directorStaySchema>;

export const trainingMaterialSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const trainingRecordSchema = z.object({
  id: z.string(),
  townId: z.string(),
  topic: z.string(),
  trainer: z.string(),
  heldOn: z.string(),
  place: z.string(),
  attendees: z.array(z.object({ personId: z.string(), name: z.string() })),
  materials: z.array(trainingMaterialSchema),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

export const trainingInputSchema = z.object({
  townId: idSchema,
  topic: requiredText(200),
  trainer: requiredText(100),
  heldOn: dateSchema,
  place: requiredText(200),
  attendeeIds: z.array(idSchema).max(300),
});
export type TrainingInput = z.infer<typeof trainingInputSchema>;

export const trainingListQuerySchema = z.object({
  townId: idSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
