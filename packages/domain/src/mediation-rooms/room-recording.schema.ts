/**
 * API contracts of a mediation room's consents and recordings (issue #12 point 4): each participant's consent with
 * its time, the recorded segments (one per start … pause) and, after the room closes, one WebM per segment and
 * participant stored with the case.
 */
import { z } from 'zod';
import { PARTICIPANT_KINDS } from '../disputes/dispute-dictionaries';
import { RECORDING_STATES } from './room.schema';

/**
 * A segment records from its start to its pause (`stopped`); after the room closes it is converted (`converting`)
 * and ends `stored` when every participant's file became an attachment, `failed` when one could not.
 */
export const RECORDING_SEGMENT_STATUSES = ['recording', 'stopped', 'converting', 'stored', 'failed'] as const;
export type RecordingSegmentStatus = (typeof RECORDING_SEGMENT_STATUSES)[number];

export const RECORDING_SEGMENT_STATUS_LABELS: Readonly<Record<RecordingSegmentStatus, { zh: string; en: string }>> = {
  recording: { zh: '录制中', en: 'Recording' },
  stopped: { zh: '已暂停', en: 'Stopped' },
  converting: { zh: '转换中', en: 'Converting' },
  stored: { zh: '已归档', en: 'Stored with the case' },
  failed: { zh: '转换失败', en: 'Conversion failed' },
};

/** One participant's file of a segment: waiting for conversion, stored with the case, or failed. */
export const RECORDING_FILE_STATUSES = ['pending', 'stored', 'failed'] as const;
export type RecordingFileStatus = (typeof RECORDING_FILE_STATUSES)[number];

/** Who lacks consent, as the host sees them (names masked unless the host may unmask the case). */
export const consentMissingSchema = z.object({
  participantId: z.string(),
  displayName: z.string(),
});
export type ConsentMissing = z.infer<typeof consentMissingSchema>;

/** The details of RECORDING_CONSENT_MISSING. */
export const consentMissingDetailsSchema = z.object({ missing: z.array(consentMissingSchema) });
export type ConsentMissingDetails = z.infer<typeof consentMissingDetailsSchema>;

/** One participant's consent now: its time, or null without a live one (after a withdrawal). */
export const consentResultSchema = z.object({
  participantId: z.string(),
  consentedAt: z.string().nullable(),
});
export type ConsentResult = z.infer<typeof consentResultSchema>;

/** A consent given in the room; a withdrawn one stays in the history with its withdrawal time. */
export const roomConsentSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  displayName: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  consentedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type RoomConsent = z.infer<typeof roomConsentSchema>;

export const recordingFileSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  displayName: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  status: z.enum(RECORDING_FILE_STATUSES),
  attachmentId: z.string().nullable(),
  fileName: z.string().nullable(),
  durationSeconds: z.number().int(),
  bytes: z.number().int(),
  error: z.string().nullable(),
  /** `play` when the caller may read the case and the file is stored. */
  actions: z.array(z.string()),
});
export type RecordingFileView = z.infer<typeof recordingFileSchema>;

export const recordingFileParamsSchema = z.object({ fileId: z.string().min(1).max(64) });

export const recordingSegmentSchema = z.object({
  id: z.string(),
  segment: z.number().int(),
  status: z.enum(RECORDING_SEGMENT_STATUSES),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  files: z.array(recordingFileSchema),
});
export type RecordingSegmentView = z.infer<typeof recordingSegmentSchema>;

export const roomRecordingsSchema = z.object({
  roomId: z.string(),
  recordingState: z.enum(RECORDING_STATES),
  /** The admitted participants whose consent is missing now (why a recording is paused or cannot start). */
  missing: z.array(consentMissingSchema),
  segments: z.array(recordingSegmentSchema),
  consents: z.array(roomConsentSchema),
});
export type RoomRecordings = z.infer<typeof roomRecordingsSchema>;
