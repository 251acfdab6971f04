import type { MediaSettings } from '../../config';
import { createJanusMediaServer } from './janus-media-server';
import type { MediaServer } from './media-server';
import { createNotConfiguredMediaServer } from './not-configured';

/** The app's media server from its settings: without a Janus address, one that says it is not configured. */
export function createMediaServer(settings: MediaSettings): MediaServer {
  return settings.janusUrl === undefined ? createNotConfiguredMediaServer() : createJanusMediaServer(settings);
}
