/**
 * API contracts of the camera registry (平台联建, domain.md §9): a camera as screens see it (never its stream
 * credentials), the bodies that register and edit it, the list query, consents, camera groups with their members
 * and grants, and the Excel import.
 */
import { z } from 'zod';
import { ROLES } from '../accounts/roles';
import type { ImportColumn } from '../directory/import.schema';
import { freeTextSchema } from '../disputes/dispute.schema';
import { CAMERA_KINDS } from './camera-visibility';
import { CONSENT_STATES, VIEW_PURPOSES } from './consent';
import { STREAM_SOURCE_KINDS, streamSourceSchema, VIDEO_CODECS } from './stream-source';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

export const CAMERA_STATUSES = ['online', 'offline'] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

export const CAMERA_KIND_LABELS = {
  public: { zh: '公共视频', en: 'Public' },
  household: { zh: '看家视频', en: 'Household' },
  venue: { zh: '场所视频', en: 'Venue' },
} as const;

export const CAMERA_STATUS_LABELS = {
  online: { zh: '在线', en: 'Online' },
  offline: { zh: '离线', en: 'Offline' },
} as const;

/** The device id as typed: 20 digits, checked part by part by validateDeviceId on the server. */
export const deviceIdSchema = z.string().trim().max(40);

/**
 * The stream source as a manager sees it: an RTSP url with its password replaced by `***`; readers without
 * camera.manage get no source at all.
 */
export const cameraSourceViewSchema = z.object({
  kind: z.enum(STREAM_SOURCE_KINDS),
  url: z.string().nullable(),
  videoPort: z.number().int().nullable(),
  codec: z.enum(VIDEO_CODECS).nullable(),
});
export type CameraSourceView = z.infer<typeof cameraSourceViewSchema>;

/** A household camera's owner: a directory person, phone and address masked unless the caller may unmask. */
export const cameraOwnerSchema = z.object({
  personId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  masked: z.boolean(),
});
export type CameraOwner = z.infer<typeof cameraOwnerSchema>;

/** The camera's consent in one line: the latest consent's state and end (none for public cameras). */
export const cameraConsentSummarySchema = z.object({
  state: z.enum(CONSENT_STATES),
  expiresAt: z.string(),
  /** The last Shanghai day the consent covers. */
  lastDay: z.string(),
});

export const cameraSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  deviceId: z.string(),
  name: z.string(),
  kind: z.enum(CAMERA_KINDS),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  owner: cameraOwnerSchema.nullable(),
  venueId: z.string().nullable(),
  source: cameraSourceViewSchema.nullable(),
  status: z.enum(CAMERA_STATUSES),
  lastSeenAt: z.string().nullable(),
  statusCheckedAt: z.string().nullable(),
  active: z.boolean(),
  consent: cameraConsentSummarySchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Camera = z.infer<typeof cameraSchema>;

/** One camera with the groups it belongs to (empty when the caller does not read its town's groups). */
export const cameraDetailSchema = cameraSchema.extend({
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type CameraDetail = z.infer<typeof cameraDetailSchema>;

/** A household camera's owner: a person already in the directory, or a new resident of the camera's village. */
export const cameraOwnerInputSchema = z.union([
  z.object({ personId: idSchema }),
  z.object({
    name: freeTextSchema(40).min(1),
    phone: z.string().trim().max(20).optional(),
    address: freeTextSchema(200).optional(),
  }),
]);
export type CameraOwnerInput = z.infer<typeof cameraOwnerInputSchema>;

const latSchema = z.number().min(-90).max(90);
const lngSchema = z.number().min(-180).max(180);

export const createCameraSchema = z.object({
  villageId: idSchema,
  deviceId: deviceIdSchema,
  name: freeTextSchema(100).min(1),
  kind: z.enum(CAMERA_KINDS),
  address: freeTextSchema(200).optional(),
  lat: latSchema.optional(),
  lng: lngSchema.optional(),
  /** Household cameras only (required there). */
  owner: cameraOwnerInputSchema.optional(),
  source: streamSourceSchema.default({ kind: 'none' }),
});
export type CreateCamera = z.infer<typeof createCameraSchema>;

/** Omitted fields stay; `null` clears an optional one. `source` omitted keeps the stored source and its secrets. */
export const updateCameraSchema = z.object({
  villageId: idSchema.optional(),
  deviceId: deviceIdSchema.optional(),
  name: freeTextSchema(100).min(1).optional(),
  address: freeTextSchema(200).nullable().optional(),
  lat: latSchema.nullable().optional(),
  lng: lngSchema.nullable().optional(),
  owner: cameraOwnerInputSchema.optional(),
  source: streamSourceSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateCamera = z.infer<typeof updateCameraSchema>;

export const cameraListFiltersSchema = z.object({
  villageId: idSchema.optional(),
  kind: z.enum(CAMERA_KINDS).optional(),
  status: z.enum(CAMERA_STATUSES).optional(),
  /** Name, device id or address (contains). */
  q: z.string().trim().max(50).optional(),
});
export type CameraListFilters = z.infer<typeof cameraListFiltersSchema>;

export const cameraListQuerySchema = cameraListFiltersSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CameraListQuery = z.infer<typeof cameraListQuerySchema>;

export const cameraConsentSchema = z.object({
  id: z.string(),
  cameraId: z.string(),
  /** The venue agreement it came from, when it did. */
  agreementId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  purposes: z.array(z.enum(VIEW_PURPOSES)),
  allowsPlayback: z.boolean(),
  startsAt: z.string(),
  expiresAt: z.string(),
  startsOn: z.string(),
  lastDay: z.string(),
  state: z.enum(CONSENT_STATES),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type CameraConsent = z.infer<typeof cameraConsentSchema>;

/** A consent given for the camera: first and last Shanghai day inclusive (CONSENT_WINDOW_INVALID when reversed). */
export const addCameraConsentSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  purposes: z.array(z.enum(VIEW_PURPOSES)).min(1).max(VIEW_PURPOSES.length),
  allowsPlayback: z.boolean().default(false),
  startsOn: dateSchema,
  lastDay: dateSchema,
});
export type AddCameraConsent = z.infer<typeof addCameraConsentSchema>;

export const cameraConsentListSchema = z.object({ items: z.array(cameraConsentSchema) });

export const cameraGrantSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  role: z.enum(ROLES).nullable(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  createdAt: z.string(),
});
export type CameraGrant = z.infer<typeof cameraGrantSchema>;

export const cameraGroupMemberSchema = z.object({
  cameraId: z.string(),
  name: z.string(),
  deviceId: z.string(),
  kind: z.enum(CAMERA_KINDS),
  villageName: z.string(),
});

export const cameraGroupSchema = z.object({
  id: z.string(),
  townId: z.string(),
  name: z.string(),
  memberCount: z.number().int(),
  grants: z.array(cameraGrantSchema),
  actions: z.array(z.string()),
});
export type CameraGroup = z.infer<typeof cameraGroupSchema>;

export const cameraGroupDetailSchema = cameraGroupSchema.extend({ members: z.array(cameraGroupMemberSchema) });
export type CameraGroupDetail = z.infer<typeof cameraGroupDetailSchema>;

export const cameraGroupListSchema = z.object({ items: z.array(cameraGroupSchema) });

/** `townId`: needed only by a caller keeping the groups of several towns. */
export const createCameraGroupSchema = z.object({ name: freeTextSchema(60).min(1), townId: idSchema.optional() });
export type CreateCameraGroup = z.infer<typeof createCameraGroupSchema>;
export const updateCameraGroupSchema = z.object({ name: freeTextSchema(60).min(1) });
export type UpdateCameraGroup = z.infer<typeof updateCameraGroupSchema>;

/** Cameras to add to and remove from the group (of the group's town). */
export const cameraGroupMembersSchema = z.object({
  add: z.array(idSchema).max(2000).default([]),
  remove: z.array(idSchema).max(2000).default([]),
});
export type CameraGroupMembers = z.infer<typeof cameraGroupMembersSchema>;

/** A grant to a role (everyone holding it over the camera) or to one account. */
export const addCameraGrantSchema = z.union([
  z.object({ role: z.enum(ROLES) }).strict(),
  z.object({ accountId: idSchema }).strict(),
]);
export type AddCameraGrant = z.infer<typeof addCameraGrantSchema>;

/** The grant form's account lookup: accounts working in the group's town, by name. */
export const cameraGrantAccountQuerySchema = z.object({
  q: z.string().trim().max(40).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CameraGrantAccountQuery = z.infer<typeof cameraGrantAccountQuerySchema>;

/** An account the group may be granted to: its name masked (`张*`), its roles in the town. */
export const cameraGrantAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
});
export type CameraGrantAccount = z.infer<typeof cameraGrantAccountSchema>;

export const CAMERA_IMPORT_COLUMNS = [
  { key: 'village', header: '所属村/社区', required: true, example: '双坪村', text: true },
  { key: 'deviceId', header: '国标编码(20位)', required: true, example: '42062604001320000001', text: true },
  { key: 'name', header: '名称', required: true, example: '双坪村委会门口' },
  { key: 'kind', header: '类别(公共/看家/场所)', required: true, example: '公共' },
  { key: 'address', header: '安装地址', required: false, example: '双坪村1组' },
  { key: 'lat', header: '纬度', required: false, example: '31.87', text: true },
  { key: 'lng', header: '经度', required: false, example: '111.35', text: true },
  { key: 'ownerName', header: '户主姓名(看家视频)', required: false, example: '' },
  { key: 'ownerPhone', header: '户主手机号', required: false, example: '', text: true },
  { key: 'rtspUrl', header: 'RTSP地址', required: false, example: '' },
] as const satisfies readonly ImportColumn<string>[];
export type CameraImportKey = (typeof CAMERA_IMPORT_COLUMNS)[number]['key'];

/** The import's answer when every row was good (otherwise IMPORT_ROWS_INVALID with the row errors). */
export const cameraImportResultSchema = z.object({ imported: z.number().int() });
export type CameraImportResult = z.infer<typeof cameraImportResultSchema>;
