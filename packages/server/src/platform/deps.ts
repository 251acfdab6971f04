import type { Config } from '../config';
import type { Db } from '../db/database';
import type { PasswordHasher } from './auth/passwords';
import type { PiiCipher } from './crypto/pii-cipher';
import type { MediaServer } from './media/media-server';
import type { NotificationBus } from './realtime/notification-bus';

/** What services are built from. One instance per app; tests build their own. */
export interface Deps {
  db: Db;
  config: Config;
  cipher: PiiCipher;
  passwords: PasswordHasher;
  /** Pushes new notifications to open WebSockets (in-process; see notification-bus.ts for scale-out). */
  bus: NotificationBus;
  /** Live video (platform/media): Janus when configured, else a media server that says it is not configured. */
  media: MediaServer;
}
