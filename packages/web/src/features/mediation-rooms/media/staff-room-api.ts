import type { RoomJoinToken } from '@fengqiao/domain';
import { apiSend } from '../../../api/client';
import type { RoomMediaApi } from './room-media-api';

/** A staff member's media calls in one room, through the session cookie (and its CSRF token). */
export function staffRoomApi(roomId: string): RoomMediaApi {
  const base = `/mediation-rooms/${encodeURIComponent(roomId)}/media`;
  return {
    // Each publish takes a fresh single-use token: the app admits the publisher once, and Janus checks it too.
    joinToken: () => apiSend<RoomJoinToken>('POST', `${base}/join-token`),
    publish: (offer, joinToken) => apiSend('POST', `${base}/publish`, { offer, joinToken }),
    subscribe: (feedIds) => apiSend('POST', `${base}/subscribe`, { feedIds }),
    answer: (jsep) => apiSend('POST', `${base}/answer`, { jsep }),
    leave: () => apiSend('POST', `${base}/leave`),
  };
}
