import type { MediaRooms } from './media-rooms';
import { MediaUnavailableError } from './media-server';

/** The videoroom half of the Janus adapter. */
export function createJanusRooms(): MediaRooms {
  const refuse = () => Promise.reject(new MediaUnavailableError('mediation rooms are not available yet'));
  return {
    createRoom: refuse,
    destroyRoom: refuse,
    listRooms: async () => [],
    publish: refuse,
    subscribe: refuse,
    kick: refuse,
    setRecording: refuse,
    recordingFiles: refuse,
    removeRecordings: refuse,
  };
}
