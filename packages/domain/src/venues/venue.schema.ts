/**
 * API contracts of venues (场所) and their camera-sharing agreements (issue #11 §2, domain.md §9). A venue is a
 * village's bank, school, hospital, supermarket or hotel with a contact person from the people directory (phone
 * masked on every screen); an agreement names which of the venue's cameras the station may view, by which roles, for
 * which purposes, live only or also playback, from a first to a last Shanghai day, with the signed document attached.
 * Revoking one ends it at once.
 */
import { z } from 'zod';
import { ROLES } from '../accounts/roles';
import { VIEW_PURPOSES } from '../cameras/consent';
import { freeTextSchema } from '../disputes/dispute.schema';
import { AGREEMENT_STATES } from './agreement-state';
import { VENUE_KINDS } from './venue-kinds';

const idSchema = z.string().min(1).max(64);
const daySchema = z.iso.date();
const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** The actions a venue may carry, as the policy allows the caller: `edit`, `cameras` (attach), `agreement` (add). */
export const VENUE_ACTIONS = ['edit', 'cameras', 'agreement'] as const;
/** The actions an agreement may carry: `revoke`, `document` (upload the signed document). */
export const VENUE_AGREEMENT_ACTIONS = ['revoke', 'document'] as const;

export const venueSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  name: z.string(),
  kind: z.enum(VENUE_KINDS),
  address: z.string().nullable(),
  contactPersonId: z.string().nullable(),
  contactName: z.string().nullable(),
  /** Always masked; the clear number is read on the person's page through the directory's audited unmask. */
  contactPhoneMasked: z.string().nullable(),
  cameraCount: z.number().int(),
  /** The state of the venue's most relevant agreement (in force first, then the latest); null without any. */
  agreementState: z.enum(AGREEMENT_STATES).nullable(),
  /** The last day of the agreement that state is about. */
  agreementLastDay: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Venue = z.infer<typeof venueSchema>;

/** `villageId` a village or community of the caller's camera.manage reach; `contactPersonId` a person of its town. */
export const createVenueSchema = z.object({
  villageId: idSchema,
  name: freeTextSchema(100).min(1),
  kind: z.enum(VENUE_KINDS),
  address: freeTextSchema(200).optional(),
  contactPersonId: idSchema.optional(),
});
export type CreateVenue = z.infer<typeof createVenueSchema>;

export const updateVenueSchema = z.object({
  name: freeTextSchema(100).min(1).optional(),
  kind: z.enum(VENUE_KINDS).optional(),
  address: freeTextSchema(200).nullable().optional(),
  contactPersonId: idSchema.nullable().optional(),
});
export type UpdateVenue = z.infer<typeof updateVenueSchema>;

/** By name, then id; `q` part of the name. */
export const venueListQuerySchema = z.object({
  villageId: idSchema.optional(),
  kind: z.enum(VENUE_KINDS).optional(),
  q: z.string().trim().max(50).optional(),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type VenueListQuery = z.infer<typeof venueListQuerySchema>;

export const venueCameraSchema = z.object({
  id: z.string(),
  name: z.string(),
  deviceId: z.string(),
  status: z.enum(['online', 'offline']),
  lastSeenAt: z.string().nullable(),
  /** True while an agreement in force covers this camera. */
  shared: z.boolean(),
});
export type VenueCamera = z.infer<typeof venueCameraSchema>;

/** Venue cameras (kind `venue`) of the venue's town, not attached to another venue. */
export const attachVenueCamerasSchema = z.object({
  cameraIds: z.array(idSchema).min(1).max(50),
});
export type AttachVenueCameras = z.infer<typeof attachVenueCamerasSchema>;

export const venueAgreementDocumentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type VenueAgreementDocument = z.infer<typeof venueAgreementDocumentSchema>;

export const venueAgreementSchema = z.object({
  id: z.string(),
  venueId: z.string(),
  cameraIds: z.array(z.string()),
  roles: z.array(z.enum(ROLES)),
  purposes: z.array(z.enum(VIEW_PURPOSES)),
  allowsPlayback: z.boolean(),
  firstDay: z.string(),
  lastDay: z.string(),
  /** UTC instants: Shanghai 00:00 of the first day and of the day after the last day. */
  startsAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(AGREEMENT_STATES),
  note: z.string().nullable(),
  /** The signed document, latest upload; null until one is uploaded. */
  document: venueAgreementDocumentSchema.nullable(),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  revokeReason: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type VenueAgreement = z.infer<typeof venueAgreementSchema>;

/**
 * The cameras must be this venue's (attached, same town): otherwise 400 VENUE_CAMERA_NOT_OF_VENUE; a last day before
 * the first: 400 VENUE_AGREEMENT_ENDS_BEFORE_START. Nothing is written when refused.
 */
export const createVenueAgreementSchema = z.object({
  cameraIds: z.array(idSchema).min(1).max(50),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  purposes: z.array(z.enum(VIEW_PURPOSES)).min(1).max(VIEW_PURPOSES.length),
  allowsPlayback: z.boolean(),
  firstDay: daySchema,
  lastDay: daySchema,
  note: freeTextSchema(1000).optional(),
});
export type CreateVenueAgreement = z.infer<typeof createVenueAgreementSchema>;

/** An empty reason: 400 REASON_REQUIRED. */
export const revokeVenueAgreementSchema = z.object({ reason: freeTextSchema(500) });
export type RevokeVenueAgreement = z.infer<typeof revokeVenueAgreementSchema>;

/** A venue with its cameras and agreements, newest agreement first. */
export const venueDetailSchema = venueSchema.extend({
  cameras: z.array(venueCameraSchema),
  agreements: z.array(venueAgreementSchema),
});
export type VenueDetail = z.infer<typeof venueDetailSchema>;
