/**
 * API contracts of online mediation rooms (issue #12): a room opened for an open mediation of a dispute, its
 * participants (staff by their login, cadres by their cadre login, parties by a link or QR code) passing through a
 * waiting room, the media signalling of one participant, the state a page polls, the 笔录 autosave and the close with
 * its outcome, which becomes the mediation's online session.
 */
import { z } from 'zod';
import type { Label } from '../disputes/dispute-dictionaries';
import { PARTICIPANT_KINDS } from '../disputes/dispute-dictionaries';
import { iceServerSchema } from '../video-views/video-view.schema';
import { joinTokenFieldSchema } from './room-join-token';

const idSchema = z.string().min(1).max(64);

export const ROOM_STATUSES = ['open', 'closed'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];
export const ROOM_STATUS_LABELS: Readonly<Record<RoomStatus, Label>> = {
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
};

/** Why a room closed: the host closed it, or it outlived `FENGQIAO_ROOM_MAX_HOURS` and the reconciler closed it. */
export const ROOM_CLOSE_REASONS = ['closed', 'expired'] as const;
export type RoomCloseReason = (typeof ROOM_CLOSE_REASONS)[number];
export const ROOM_CLOSE_REASON_LABELS: Readonly<Record<RoomCloseReason, Label>> = {
  closed: { zh: '主持人结束', en: 'Closed by the host' },
  expired: { zh: '超时自动结束', en: 'Expired' },
};

export const ROOM_OUTCOMES = ['agreement', 'partial', 'no_agreement', 'adjourned'] as const;
export type RoomOutcome = (typeof ROOM_OUTCOMES)[number];
export const ROOM_OUTCOME_LABELS: Readonly<Record<RoomOutcome, Label>> = {
  agreement: { zh: '达成协议', en: 'Agreement reached' },
  partial: { zh: '部分达成', en: 'Partly agreed' },
  no_agreement: { zh: '未达成协议', en: 'No agreement' },
  adjourned: { zh: '择期再调', en: 'Adjourned' },
};

/** How a participant came in: staff by login, a village cadre by the cadre account, a party by link or QR code. */
export const ROOM_JOIN_METHODS = ['login', 'cadre_login', 'link', 'qr'] as const;
export type RoomJoinMethod = (typeof ROOM_JOIN_METHODS)[number];
export const ROOM_JOIN_METHOD_LABELS: Readonly<Record<RoomJoinMethod, Label>> = {
  login: { zh: '账号登录', en: 'Staff login' },
  cadre_login: { zh: '村干部账号', en: 'Cadre login' },
  link: { zh: '邀请链接', en: 'Invitation link' },
  qr: { zh: '扫码加入', en: 'QR code' },
};

export const ROOM_PARTICIPANT_STATUSES = ['waiting', 'admitted', 'removed', 'left'] as const;
export type ParticipantStatus = (typeof ROOM_PARTICIPANT_STATUSES)[number];
export const ROOM_PARTICIPANT_STATUS_LABELS: Readonly<Record<ParticipantStatus, Label>> = {
  waiting: { zh: '等候中', en: 'Waiting' },
  admitted: { zh: '已进入', en: 'Admitted' },
  removed: { zh: '已移出', en: 'Removed' },
  left: { zh: '已离开', en: 'Left' },
};

export const RECORDING_STATES = ['off', 'recording', 'paused'] as const;
export type RecordingState = (typeof RECORDING_STATES)[number];
export const RECORDING_STATE_LABELS: Readonly<Record<RecordingState, Label>> = {
  off: { zh: '未录制', en: 'Not recording' },
  recording: { zh: '录制中', en: 'Recording' },
  paused: { zh: '录制已暂停', en: 'Recording paused' },
};

/** Where the session row written at close says the mediation took place. */
export const ROOM_SESSION_LOCATION = '线上调解室';

/** The room's own limit may be lower than `FENGQIAO_ROOM_MAX_PARTICIPANTS`, never higher; two is a conversation. */
export const ROOM_MIN_PARTICIPANTS = 2;

export const roomParticipantSchema = z.object({
  id: z.string(),
  /** Masked (`张*`) unless the caller holds dispute.unmask over the dispute. */
  displayName: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  joinMethod: z.enum(ROOM_JOIN_METHODS),
  status: z.enum(ROOM_PARTICIPANT_STATUSES),
  joinedAt: z.string(),
  admittedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  /** The participant's published feed while it publishes; null before publishing and after a drop. */
  feedId: z.string().nullable(),
  /** When the participant consented to recording (null until the recording slice records it). */
  consentedAt: z.string().nullable(),
});
export type RoomParticipantView = z.infer<typeof roomParticipantSchema>;

export const roomMeSchema = z.object({
  participantId: z.string(),
  status: z.enum(ROOM_PARTICIPANT_STATUSES),
});

export const roomSchema = z.object({
  id: z.string(),
  disputeId: z.string(),
  mediationId: z.string(),
  disputeTitle: z.string(),
  /** The village (or community) of the case's jurisdiction, what a cadre looks for in the open rooms. */
  villageName: z.string(),
  status: z.enum(ROOM_STATUSES),
  openedAt: z.string(),
  openedByName: z.string(),
  mediaStartedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.enum(ROOM_CLOSE_REASONS).nullable(),
  /** From the first published media (else the opening) to the close; null while open. */
  durationSeconds: z.number().int().nullable(),
  outcome: z.enum(ROOM_OUTCOMES).nullable(),
  record: z.string(),
  maxParticipants: z.number().int(),
  expiresAt: z.string(),
  recordingState: z.enum(RECORDING_STATES),
  sharedAgreementId: z.string().nullable(),
  sessionId: z.string().nullable(),
  participants: z.array(roomParticipantSchema),
  me: roomMeSchema.nullable(),
  /**
   * While the room is open: `join` for whoever may join; for hosts also `admit`, `remove`, `save_record`, `close`,
   * `invite`, `share_draft` and `recording`. A closed room has none.
   */
  actions: z.array(z.string()),
});
export type RoomView = z.infer<typeof roomSchema>;

export const roomStateParticipantSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  status: z.enum(ROOM_PARTICIPANT_STATUSES),
  feedId: z.string().nullable(),
  consentedAt: z.string().nullable(),
});

/** What a room page polls every second: `version` changes with every change anyone makes to the room. */
export const roomStateSchema = z.object({
  roomId: z.string(),
  version: z.number().int(),
  status: z.enum(ROOM_STATUSES),
  recordingState: z.enum(RECORDING_STATES),
  sharedAgreementId: z.string().nullable(),
  participants: z.array(roomStateParticipantSchema),
  me: z.object({
    participantId: z.string(),
    status: z.enum(ROOM_PARTICIPANT_STATUSES),
    consentedAt: z.string().nullable(),
  }),
});
export type RoomState = z.infer<typeof roomStateSchema>;

export const openRoomSchema = z.object({
  maxParticipants: z.number().int().min(ROOM_MIN_PARTICIPANTS).max(50).optional(),
});
export type OpenRoom = z.infer<typeof openRoomSchema>;

const recordTextSchema = z.string().max(20_000);

export const closeRoomSchema = z.object({
  outcome: z.enum(ROOM_OUTCOMES),
  record: recordTextSchema,
  /** The parties agreed to relatives, neighbours or experts taking part (Art. 20), as for any session. */
  inviteesConsented: z.boolean().default(false),
});
export type CloseRoom = z.infer<typeof closeRoomSchema>;

export const roomRecordSchema = z.object({ record: recordTextSchema });
export type RoomRecord = z.infer<typeof roomRecordSchema>;

/**
 * A session description from or to the browser. Named apart from the live views' `jsepSchema`: a room's offer with
 * several simulcast video tracks and a screen share is larger, so it allows 200 kB.
 */
export const roomJsepSchema = z.object({
  type: z.enum(['offer', 'answer']),
  sdp: z.string().min(1).max(200_000),
});
export type RoomJsep = z.infer<typeof roomJsepSchema>;

/** The join token comes from `…/media/join-token` just before: the app admits the publisher, Janus checks it too. */
export const publishSchema = z.object({
  offer: roomJsepSchema.extend({ type: z.literal('offer') }),
  joinToken: joinTokenFieldSchema,
});
export type PublishBody = z.infer<typeof publishSchema>;

export const publishedSchema = z.object({
  answer: roomJsepSchema,
  feedId: z.string(),
  iceServers: z.array(iceServerSchema),
});
export type Published = z.infer<typeof publishedSchema>;

export const subscribeSchema = z.object({ feedIds: z.array(z.string().min(1).max(40)).max(50) });
export type SubscribeBody = z.infer<typeof subscribeSchema>;

export const subscribedSchema = z.object({ offer: roomJsepSchema.nullable() });
export type Subscribed = z.infer<typeof subscribedSchema>;

export const answerSchema = z.object({ jsep: roomJsepSchema.extend({ type: z.literal('answer') }) });
export type AnswerBody = z.infer<typeof answerSchema>;

/** The list's filters, also the export's: open rooms unless `status` says otherwise. */
export const roomFiltersSchema = z.object({ status: z.enum(ROOM_STATUSES).optional() });
export type RoomFilters = z.infer<typeof roomFiltersSchema>;

export const roomListQuerySchema = roomFiltersSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RoomListQuery = z.infer<typeof roomListQuerySchema>;

export const roomParamsSchema = z.object({ id: idSchema });
export const roomParticipantParamsSchema = z.object({ id: idSchema, participantId: idSchema });

export const roomPageSchema = z.object({
  items: z.array(roomSchema),
  nextCursor: z.string().nullable(),
});
export type RoomPage = z.infer<typeof roomPageSchema>;
