import type { MediaRooms } from './media-rooms';
import { type MediaServer, MediaUnavailableError } from './media-server';

/**
 * The media server when none is configured: the app starts and everything but live video works; the video pages
 * show the notice with the install command (GET /api/v1/video/media-status).
 */
export function createNotConfiguredMediaServer(): MediaServer {
  const refuse = () =>
    Promise.reject(new MediaUnavailableError('no media server is configured (FENGQIAO_JANUS_URL)', 'not_configured'));
  // Rooms refuse every act but listing: the reconciler then finds no media room to clean up.
  const rooms: MediaRooms = {
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
  return {
    status: () => ({ state: 'not_configured' }),
    ensureMountpoint: refuse,
    removeMountpoint: async () => {},
    openViewer: refuse,
    viewer: () => undefined,
    probe: async () => 'unknown',
    iceServers: () => [],
    rooms,
    close: async () => {},
  };
}
