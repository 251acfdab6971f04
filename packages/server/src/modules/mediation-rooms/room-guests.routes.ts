import {
  answerSchema,
  confirmDraftSchema,
  createdInvitationSchema,
  createInvitationSchema,
  draftConfirmationSchema,
  guestEnteredSchema,
  guestEnterSchema,
  invitationSchema,
  publishedSchema,
  publishSchema,
  roomJoinTokenSchema,
  roomStateSchema,
  shareDraftSchema,
  sharedDraftSchema,
  subscribedSchema,
  subscribeSchema,
} from '@fengqiao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { RoomConsents } from './room-consents';
import { GUEST_COOKIE, guestOf, roomGuestHook, setGuestCookie } from './room-guest-session';
import { RoomGuestsService } from './room-guests.service';
import { RoomInvitationsService } from './room-invitations.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const invitationParams = idParams.extend({ invitationId: z.string().min(1).max(64) });
const noContent = { 204: z.null().describe('done') };

/**
 * A room's guests: the mediator's invitations and shared draft (staff session, room.host), and the guest routes
 * under /api/v1/room-guest/ (no staff session: the guest cookie, checked by one hook, opens only these).
 */
export function roomGuestsRoutes(app: FastifyInstance, deps: Deps): void {
  const invitations = new RoomInvitationsService(deps);
  const guests = new RoomGuestsService(deps, new RoomConsents(deps));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mediation-rooms'];
  const guestTags = ['room-guest'];
  const guestHook = roomGuestHook(deps.db);
  app.decorateRequest('roomGuest', null);

  r.post(
    '/api/v1/mediation-rooms/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a party or another person 邀请当事人或其他人员',
        description:
          'room.host over the dispute; the room open. Either a party of the dispute (partyId) or a named person ' +
          '(displayName + kind). The only answer that carries the one-time token: its link, QR code (SVG) and a text ' +
          'message body. The link expires after FENGQIAO_ROOM_LINK_HOURS, never after the room. Audited.',
        params: idParams,
        body: createInvitationSchema,
        response: { 201: createdInvitationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await invitations.create(request.ctx, request.params.id, request.body, originOf(deps, request))),
  );
  r.get(
    '/api/v1/mediation-rooms/:id/invitations',
    {
      schema: {
        tags,
        summary: 'A room’s invitations 调解室邀请记录',
        description: 'room.host over the dispute; newest first; names masked unless dispute.unmask; never a token.',
        params: idParams,
        response: { 200: z.array(invitationSchema) },
      },
    },
    async (request) => invitations.list(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/invitations/:invitationId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation 撤销邀请链接',
        description: 'room.host; a link not yet used stops working (ROOM_LINK_INVALID). Audited.',
        params: invitationParams,
        response: { 200: invitationSchema },
      },
    },
    async (request) => invitations.revoke(request.ctx, request.params.id, request.params.invitationId),
  );
  r.put(
    '/api/v1/mediation-rooms/:id/shared-draft',
    {
      schema: {
        tags,
        summary: 'Share an agreement draft into the room 共享协议草稿',
        description:
          'room.host; a written draft of the room’s mediation (else 409 ROOM_DRAFT_NOT_A_DRAFT), or null to stop ' +
          'sharing. Admitted guests read it masked and may confirm it. Audited.',
        params: idParams,
        body: shareDraftSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await invitations.shareDraft(request.ctx, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/v1/mediation-rooms/:id/draft-confirmations',
    {
      schema: {
        tags,
        summary: 'Guests’ confirmations of the shared draft 协议草稿确认情况',
        description:
          'room.host or room.join over the dispute; newest first; `current` once the draft changed is false.',
        params: idParams,
        response: { 200: z.array(draftConfirmationSchema) },
      },
    },
    async (request) => invitations.confirmations(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/room-guest/enter',
    {
      schema: {
        tags: guestTags,
        summary: 'Enter a room with a one-time link 凭链接进入调解室',
        description:
          'Public. Claims the link (ROOM_LINK_INVALID 404 forged or revoked, ROOM_LINK_USED 409, ROOM_LINK_EXPIRED ' +
          '410, ROOM_CLOSED 410, ROOM_FULL 409), adds a participant waiting for admission and sets the guest cookie ' +
          '(path /api/v1/room-guest). The CSRF token goes in x-room-guest-csrf on every guest POST. Coming back with ' +
          'the cookie this link gave returns the same participant. Rate-limited; audited.',
        body: guestEnterSchema,
        response: { 200: guestEnteredSchema },
      },
      config: { auth: 'public', rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { entered, cookie } = await guests.enter(request.ctx, request.body, request.cookies[GUEST_COOKIE]);
      if (cookie) setGuestCookie(reply, deps.config, cookie.token, cookie.expiresAt);
      return entered;
    },
  );
  r.get(
    '/api/v1/room-guest/session',
    {
      schema: {
        tags: guestTags,
        summary: 'The guest’s own session 访客会话',
        description: 'Guest cookie. For a reloaded page: the participant, its status and the CSRF token again.',
        response: { 200: guestEnteredSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.session(guestOf(request), request.cookies[GUEST_COOKIE] ?? ''),
  );
  r.get(
    '/api/v1/room-guest/state',
    {
      schema: {
        tags: guestTags,
        summary: 'The room’s state for the guest 调解室状态（访客）',
        description: 'Guest cookie; polled every second. A removed guest still reads that they were removed.',
        response: { 200: roomStateSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.state(guestOf(request), request.ctx),
  );
  r.post(
    '/api/v1/room-guest/media/join-token',
    {
      schema: {
        tags: guestTags,
        summary: 'A single-use token for the guest’s next publish 访客获取入会凭证',
        description: 'Guest cookie + CSRF; admitted only (403 ROOM_NOT_ADMITTED). Each token is good for one publish.',
        response: { 200: roomJoinTokenSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.joinToken(guestOf(request)),
  );
  r.post(
    '/api/v1/room-guest/media/publish',
    {
      schema: {
        tags: guestTags,
        summary: 'Publish the guest’s camera and microphone 访客发布音视频',
        description:
          'Guest cookie + CSRF; admitted only (403 ROOM_NOT_ADMITTED) with a join token of its own (ROOM_JOIN_TOKEN_*), the media server untouched otherwise.',
        body: publishSchema,
        response: { 200: publishedSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.publish(guestOf(request), request.body.offer, request.body.joinToken, request.ctx),
  );
  r.post(
    '/api/v1/room-guest/media/subscribe',
    {
      schema: {
        tags: guestTags,
        summary: 'Receive the other participants’ media 访客订阅音视频',
        description: 'Guest cookie + CSRF; admitted only.',
        body: subscribeSchema,
        response: { 200: subscribedSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.subscribe(guestOf(request), request.body.feedIds),
  );
  r.post(
    '/api/v1/room-guest/media/answer',
    {
      schema: {
        tags: guestTags,
        summary: 'The guest browser’s answer 访客应答',
        description: 'Guest cookie + CSRF; admitted only.',
        body: answerSchema,
        response: noContent,
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request, reply) => {
      await guests.answer(guestOf(request), request.body.jsep);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/v1/room-guest/media/leave',
    {
      schema: {
        tags: guestTags,
        summary: 'Leave the room 访客离开调解室',
        description: 'Guest cookie + CSRF.',
        response: noContent,
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request, reply) => {
      await guests.leave(guestOf(request), request.ctx);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/v1/room-guest/consent',
    {
      schema: {
        tags: guestTags,
        summary: 'Consent to recording 同意录像',
        description: 'Guest cookie + CSRF; waiting or admitted. Recorded with its time.',
        response: noContent,
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request, reply) => {
      await guests.consent(guestOf(request), request.ctx);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/v1/room-guest/draft',
    {
      schema: {
        tags: guestTags,
        summary: 'The shared agreement draft 共享的协议草稿',
        description:
          'Guest cookie; admitted only. The Art. 29 items, parties by role and masked name, the content hash to ' +
          'confirm with; 404 ROOM_DRAFT_NOT_SHARED when none.',
        response: { 200: sharedDraftSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.draft(guestOf(request)),
  );
  r.post(
    '/api/v1/room-guest/draft/confirm',
    {
      schema: {
        tags: guestTags,
        summary: 'Confirm the shared draft 确认协议草稿',
        description:
          'Guest cookie + CSRF; admitted only. The hash read with the draft; a stale one (the mediator edited it ' +
          'since) is 409 ROOM_DRAFT_CHANGED. Audited.',
        body: confirmDraftSchema,
        response: { 200: sharedDraftSchema },
      },
      config: { auth: 'public' },
      onRequest: guestHook,
    },
    async (request) => guests.confirm(guestOf(request), request.ctx, request.body),
  );
}

/** The web origin the link points at: the configured public origin, else the request's own (as checkpoint codes). */
function originOf(deps: Deps, request: FastifyRequest): string {
  return deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
}
