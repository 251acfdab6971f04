/**
 * API contracts of the duty log (警治联勤, domain.md §5): an entry as screens see it, the create body (only the
 * type is required, so an entry takes three taps on a phone), the list query and the officer's month calendar.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { MONTH_PATTERN } from './duty-log-rules';
import { DUTY_LINK_KINDS, DUTY_TYPES } from './duty-types';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

export const dutyLinkSchema = z.object({
  kind: z.enum(DUTY_LINK_KINDS),
  /** Null, like the label, when the reader may not read the linked record: the link shows as inaccessible. */
  id: z.string().nullable(),
  /** What screens show for the linked record: the dispute's or incident's number. */
  label: z.string().nullable(),
});
export type DutyLink = z.infer<typeof dutyLinkSchema>;

export const dutyLogSchema = z.object({
  id: z.string(),
  townId: z.string(),
  type: z.enum(DUTY_TYPES),
  occurredAt: z.string(),
  /** The Shanghai day of occurredAt: the day lists and the calendar file the entry under. */
  occurredOn: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  /** Who did the duty: the account that logged it, and the person record behind it when there is one. */
  officerUserId: z.string(),
  officerPersonId: z.string().nullable(),
  officerName: z.string(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  links: z.array(dutyLinkSchema),
  /** Photo ids, oldest first; each downloads from /api/v1/duty-log-photos/:id/download. */
  photos: z.array(z.string()),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type DutyLog = z.infer<typeof dutyLogSchema>;

/** The actions an entry may carry: `photo` = the caller may add a photo to it. */
export const DUTY_LOG_ACTIONS = ['photo'] as const;
export type DutyLogAction = (typeof DUTY_LOG_ACTIONS)[number];

export const createDutyLinkSchema = z.object({ kind: z.enum(DUTY_LINK_KINDS), id: idSchema });

/**
 * Only the type is required: the time defaults to now and the village to the caller's own (an auxiliary officer's
 * village). A time in the future answers TIME_IN_FUTURE; a village out of the caller's reach DUTY_VILLAGE_NOT_FOUND.
 */
export const createDutyLogSchema = z.object({
  type: z.enum(DUTY_TYPES),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  villageId: idSchema.optional(),
  place: freeTextSchema(200).optional(),
  note: freeTextSchema(2000).optional(),
  links: z.array(createDutyLinkSchema).max(10).optional(),
});
export type CreateDutyLog = z.infer<typeof createDutyLogSchema>;

/** Filters of the list, newest first; `day` is one Shanghai day, `from`/`to` an inclusive range of them. */
export const dutyLogListQuerySchema = z.object({
  villageId: idSchema.optional(),
  /** The officer's user id. */
  officerId: idSchema.optional(),
  day: dateSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  type: z.enum(DUTY_TYPES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DutyLogListQuery = z.infer<typeof dutyLogListQuerySchema>;

/** An officer's month: `officerId` defaults to the caller; `month` is `YYYY-MM` in Shanghai time. */
export const dutyCalendarQuerySchema = z.object({
  officerId: idSchema.optional(),
  month: z.string().regex(MONTH_PATTERN),
});
export type DutyCalendarQuery = z.infer<typeof dutyCalendarQuerySchema>;

export const dutyTypeCountSchema = z.object({ type: z.enum(DUTY_TYPES), count: z.number().int() });

/** Only the days with entries, in order; counts per type in DUTY_TYPES order, types without entries left out. */
export const dutyCalendarSchema = z.object({
  officerId: z.string(),
  month: z.string(),
  days: z.array(z.object({ day: z.string(), total: z.number().int(), counts: z.array(dutyTypeCountSchema) })),
});
export type DutyCalendar = z.infer<typeof dutyCalendarSchema>;

export const dutyLogPhotoSchema = z.object({
  id: z.string(),
  dutyLogId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DutyLogPhoto = z.infer<typeof dutyLogPhotoSchema>;

/** The officers with entries the caller may read since a Shanghai day (default: a year ago), for the calendar. */
export const dutyOfficersQuerySchema = z.object({ since: dateSchema.optional() });
export type DutyOfficersQuery = z.infer<typeof dutyOfficersQuerySchema>;

export const dutyOfficerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  villageName: z.string(),
  count: z.number().int(),
});
export type DutyOfficer = z.infer<typeof dutyOfficerSchema>;
