import { apiSend } from '../../../api/client';
import type { RoomMediaApi } from './room-media-api';

/** A staff member's media calls in one room, through the session cookie (and its CSRF token). */
export function staffRoomApi(roomId: string): RoomMediaApi {
  const base = `/mediation-rooms/${encodeURIComponent(roomId)}/media`;
  return {
    publish: (offer) => apiSend('POST', `${base}/publish`, { offer }),
    subscribe: (feedIds) => apiSend('POST', `${base}/subscribe`, { feedIds }),
    answer: (jsep) => apiSend('POST', `${base}/answer`, { jsep }),
    leave: () => apiSend('POST', `${base}/leave`),
  };
}
