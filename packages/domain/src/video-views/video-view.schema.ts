/**
 * API contracts of live views (issue #11 point 4): opening a view with a purpose, starting it with its single-use
 * token, the browser's answer, closing, snapshots to a case or patrol record, and the view log.
 */
import { z } from 'zod';
import { VIEW_PURPOSES } from '../cameras/consent';
import { freeTextSchema } from '../disputes/dispute.schema';
import { VIEW_END_REASONS } from './view-duration';

const idSchema = z.string().min(1).max(64);

export const openViewSchema = z.object({
  cameraId: idSchema,
  purpose: z.enum(VIEW_PURPOSES),
  note: freeTextSchema(200).optional(),
});
export type OpenView = z.infer<typeof openViewSchema>;

export const openedViewSchema = z.object({
  viewId: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type OpenedView = z.infer<typeof openedViewSchema>;

/** Any string up to a sane length: a malformed token is refused as VIEW_TOKEN_INVALID, not as a bad request. */
export const startViewSchema = z.object({
  token: z.string().min(1).max(200),
  cameraId: idSchema,
});
export type StartView = z.infer<typeof startViewSchema>;

export const jsepSchema = z.object({
  type: z.enum(['offer', 'answer']),
  sdp: z.string().min(1).max(100_000),
});

export const iceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

export const startedViewSchema = z.object({
  offer: jsepSchema,
  iceServers: z.array(iceServerSchema),
});
export type StartedView = z.infer<typeof startedViewSchema>;

export const answerViewSchema = z.object({
  jsep: jsepSchema.extend({ type: z.literal('answer') }),
});
export type AnswerView = z.infer<typeof answerViewSchema>;

export const closedViewSchema = z.object({
  viewId: z.string(),
  endedAt: z.string(),
  durationSeconds: z.number().int(),
});
export type ClosedView = z.infer<typeof closedViewSchema>;

/** Where a snapshot is filed: a dispute, an incident, or one camera's result in a video patrol round. */
export const SNAPSHOT_TARGET_KINDS = ['dispute', 'incident', 'video_patrol_result'] as const;
export type SnapshotTargetKind = (typeof SNAPSHOT_TARGET_KINDS)[number];

export const snapshotTargetSchema = z.object({
  kind: z.enum(SNAPSHOT_TARGET_KINDS),
  id: idSchema,
});
export type SnapshotTarget = z.infer<typeof snapshotTargetSchema>;

export const videoSnapshotSchema = z.object({
  id: z.string(),
  viewId: z.string(),
  cameraId: z.string(),
  takenAt: z.string(),
  takenByName: z.string(),
  target: snapshotTargetSchema,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});
export type VideoSnapshot = z.infer<typeof videoSnapshotSchema>;

/** One row of the view log (观看记录): who watched which camera, when, how long, and why. */
export const videoViewSchema = z.object({
  id: z.string(),
  cameraId: z.string(),
  cameraName: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  purpose: z.enum(VIEW_PURPOSES),
  note: z.string().nullable(),
  openedAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(VIEW_END_REASONS).nullable(),
  durationSeconds: z.number().int().nullable(),
  snapshots: z.number().int(),
});
export type VideoView = z.infer<typeof videoViewSchema>;

/** Filters of the view log, newest first; `day` is a Shanghai calendar day the view opened on. */
export const videoViewFiltersSchema = z.object({
  cameraId: idSchema.optional(),
  accountId: idSchema.optional(),
  day: z.iso.date().optional(),
});
export type VideoViewFilters = z.infer<typeof videoViewFiltersSchema>;

export const videoViewListQuerySchema = videoViewFiltersSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type VideoViewListQuery = z.infer<typeof videoViewListQuerySchema>;

/** Snapshots filed to one target (the video patrol result lists its own). */
export const snapshotListQuerySchema = z.object({
  targetKind: z.enum(SNAPSHOT_TARGET_KINDS),
  targetId: idSchema,
});
