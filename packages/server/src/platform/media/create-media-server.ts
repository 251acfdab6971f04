import type { MediaSettings } from '../../config';
import type { MediaServer } from './media-server';
import { createNotConfiguredMediaServer } from './not-configured';

/** The app's media server from its settings: without a Janus address, one that says it is not configured. */
export function createMediaServer(settings: MediaSettings): MediaServer {
  if (settings.janusUrl === undefined) return createNotConfiguredMediaServer();
  return createNotConfiguredMediaServer();
}
