import path from 'node:path';
import {
  DEFAULT_BACKDATE_DAYS,
  DEFAULT_PATROL_SHIFT,
  DEFAULT_REPEAT_WINDOW_DAYS,
  DEFAULT_ROOM_JOIN_TOKEN_SECONDS,
  DEFAULT_ROOM_LINK_HOURS,
  DEFAULT_VIEW_TOKEN_SECONDS,
  type PatrolShiftSettings,
  SHIFT_TIME_PATTERN,
  validShiftSettings,
} from '@fengqiao/domain';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting, with its environment variable, default and meaning. The README table mirrors this. */
const envSchema = z.object({
  PORT: int(1, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:')
    .optional(),
  FENGQIAO_DATA_DIR: z.string().min(1).default('./data'),
  FENGQIAO_DEMO_PASSWORD: z.string().min(8).max(128).optional(),
  FENGQIAO_CRYPTO_SUITE: z.enum(['intl', 'gm']).default('intl'),
  FENGQIAO_KEY_FILE: z.string().min(1).optional(),
  FENGQIAO_KEYRING: z.string().min(1).optional(),
  FENGQIAO_SESSION_IDLE_MINUTES: int(1, 1440).default(30),
  FENGQIAO_SESSION_MAX_HOURS: int(1, 168).default(12),
  FENGQIAO_PASSWORD_MAX_AGE_DAYS: int(1, 3650).default(90),
  FENGQIAO_PASSWORD_MIN_LENGTH: int(8, 64).default(8),
  FENGQIAO_LOCKOUT_THRESHOLD: int(1, 100).default(5),
  FENGQIAO_LOCKOUT_MINUTES: int(1, 1440).default(15),
  FENGQIAO_LOGIN_RATE_LIMIT: int(1, 10_000).default(20),
  FENGQIAO_IMPORT_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
  FENGQIAO_IMPORT_MAX_UNCOMPRESSED_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(50 * 1024 * 1024),
  FENGQIAO_COOKIE_SECURE: bool.default(false),
  FENGQIAO_TRUST_PROXY: bool.default(false),
  FENGQIAO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FENGQIAO_WEB_DIST: z.string().min(1).optional(),
  FENGQIAO_ARGON2_MEMORY_KIB: int(1024, 1024 * 1024).default(19_456),
  FENGQIAO_DISPUTE_DEADLINE_SIMPLE_DAYS: int(0, 365).default(1),
  FENGQIAO_DISPUTE_DEADLINE_GENERAL_DAYS: int(0, 365).default(7),
  FENGQIAO_DISPUTE_DEADLINE_COMPLEX_DAYS: int(0, 365).default(20),
  FENGQIAO_ATTACHMENT_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
  FENGQIAO_REMINDER_INTERVAL_SECONDS: int(10, 86_400).default(300),
  FENGQIAO_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  FENGQIAO_AUDIT_ANCHOR_INTERVAL_SECONDS: int(10, 86_400).default(300),
  FENGQIAO_INCIDENT_REPEAT_WINDOW_DAYS: int(1, 365).default(DEFAULT_REPEAT_WINDOW_DAYS),
  FENGQIAO_INCIDENT_BACKDATE_DAYS: int(1, 3650).default(DEFAULT_BACKDATE_DAYS),
  FENGQIAO_PATROL_SHIFT_START: z.string().regex(SHIFT_TIME_PATTERN).default(DEFAULT_PATROL_SHIFT.start),
  FENGQIAO_PATROL_SHIFT_END: z.string().regex(SHIFT_TIME_PATTERN).default(DEFAULT_PATROL_SHIFT.end),
  FENGQIAO_PUBLIC_ORIGIN: z.url().optional(),
  FENGQIAO_JANUS_URL: z
    .string()
    .regex(/^wss?:\/\/[^\s]+$/, 'must be a ws:// or wss:// address of the Janus WebSocket API')
    .optional(),
  FENGQIAO_JANUS_API_SECRET: z.string().min(1).max(200).optional(),
  FENGQIAO_MEDIA_ICE_SERVERS: z.string().min(1).optional(),
  FENGQIAO_MEDIA_LAUNCH: z.enum(['auto', 'off']).default('auto'),
  FENGQIAO_CAMERA_PROBE_SECONDS: int(10, 86_400).default(60),
  FENGQIAO_VIEW_TOKEN_SECONDS: int(5, 600).default(DEFAULT_VIEW_TOKEN_SECONDS),
  FENGQIAO_VIEW_SWEEP_SECONDS: int(5, 600).default(20),
  FENGQIAO_ROOM_RECORDINGS_DIR: z.string().min(1).optional(),
  FENGQIAO_ROOM_MAX_PARTICIPANTS: int(2, 50).default(8),
  FENGQIAO_ROOM_MAX_HOURS: int(1, 24).default(4),
  FENGQIAO_ROOM_RECONCILE_SECONDS: int(5, 3600).default(60),
  FENGQIAO_CADRE_CODE_DAYS: int(1, 365).default(30),
  FENGQIAO_ROOM_LINK_HOURS: int(1, 720).default(DEFAULT_ROOM_LINK_HOURS),
  FENGQIAO_ROOM_JOIN_TOKEN_SECONDS: int(5, 600).default(DEFAULT_ROOM_JOIN_TOKEN_SECONDS),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  demo: boolean;
  /** TOTP is required for the three administrator roles outside demo mode (domain.md §10). */
  adminMfaRequired: boolean;
  demoPassword: string;
  crypto: { suite: 'intl' | 'gm'; keyFile: string; keyringJson: string | undefined };
  session: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  passwordPolicy: { maxAgeDays: number; minLength: number; minClasses: number };
  lockout: { threshold: number; minutes: number };
  loginRateLimit: number;
  importMaxBytes: number;
  /** What the parts of an uploaded workbook may inflate to, together (a 1 MB zip can unpack to gigabytes). */
  importMaxUncompressedBytes: number;
  trustProxy: boolean;
  logLevel: Env['FENGQIAO_LOG_LEVEL'];
  webDist: string | undefined;
  argon2MemoryKib: number;
  disputes: {
    /** Days per complexity; every tier uses the same three numbers (domain.md §2). */
    deadlineDays: { simple: number; general: number; complex: number };
    attachmentMaxBytes: number;
    /** How often `serve` runs the deadline and judicial-confirmation reminders. */
    reminderIntervalSeconds: number;
  };
  /** Where `serve` appends audit-chain anchors, and how often (see platform/audit/audit-anchor.ts). */
  audit: { anchorFile: string; anchorIntervalSeconds: number };
  /** Incidents received within this many Shanghai days of each other, same party or address, are repeats. */
  incidentRepeatWindowDays: number;
  /** How many days back an incident's receipt or a duty entry may be recorded. */
  backdateDays: number;
  /** The night-patrol shift's times of day in Shanghai (`HH:mm`); an end not after the start is the next day. */
  patrolShift: PatrolShiftSettings;
  /** The web origin a checkpoint's QR code links to (`<origin>/c/<token>`); unset: the origin of the print request. */
  publicOrigin: string | undefined;
  /** The media server for live video (architecture.md § Media); no Janus address: live video is not configured. */
  media: MediaSettings;
  /** How often `serve` probes the cameras with a stream source for online/offline. */
  cameraProbeSeconds: number;
  /** Live views: the single-use token's lifetime, and how often open views are checked against the grants. */
  views: { tokenSeconds: number; sweepSeconds: number };
  /** Online mediation rooms: the most people in one room, how long a room may stay open, how often orphans are swept. */
  rooms: RoomSettings;
  /** How many days a village's cadre registration code stays valid after it is issued. */
  cadreCodeDays: number;
  /** How long a party's one-time room link stays good, in hours; never past the room's own expiry. */
  roomLinkHours: number;
  /** How long a participant's single-use join token (issued just before each publish) stays good, in seconds. */
  roomJoinTokenSeconds: number;
}

export interface RoomSettings {
  /** A room's own limit may be lower, never higher. */
  maxParticipants: number;
  /** A room still open this long after opening is closed as expired. */
  maxHours: number;
  /** How often `serve` removes media-server rooms without an open room and closes expired rooms. */
  reconcileSeconds: number;
}

export interface MediaSettings {
  /** The Janus WebSocket API, on localhost or a private network: browsers never reach it. */
  janusUrl: string | undefined;
  apiSecret: string | undefined;
  /** STUN/TURN servers handed to browsers with each offer. */
  iceServers: IceServerSetting[];
  /** `demo` launches a local Janus and test streams when Janus is installed and no address is set. */
  launch: 'auto' | 'off';
  /** Where Janus writes the mediation rooms' recordings (a folder per room); a remote Janus needs it shared. */
  recordingsDir: string;
}

const iceServersSchema = z.array(
  z.strictObject({
    urls: z.union([
      z.string().regex(/^(stun|stuns|turn|turns):/),
      z.array(z.string().regex(/^(stun|stuns|turn|turns):/)).min(1),
    ]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
);
export type IceServerSetting = z.infer<typeof iceServersSchema>[number];

/** The documented default demo password: it meets the password policy. */
export const DEFAULT_DEMO_PASSWORD = 'Fengqiao@2026';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv, options: { demo?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration 配置有误:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demo = options.demo ?? false;
  const dataDir = path.resolve(demo ? path.join(e.FENGQIAO_DATA_DIR, 'demo') : e.FENGQIAO_DATA_DIR);
  const url = e.DATABASE_URL;
  const database: Config['database'] =
    url === undefined
      ? { kind: 'sqlite', file: path.join(dataDir, 'fengqiao.db') }
      : url.startsWith('sqlite:')
        ? { kind: 'sqlite', file: path.resolve(url.slice('sqlite:'.length)) }
        : { kind: 'postgres', url };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    demo,
    adminMfaRequired: !demo,
    demoPassword: e.FENGQIAO_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    crypto: {
      suite: e.FENGQIAO_CRYPTO_SUITE,
      keyFile: path.resolve(e.FENGQIAO_KEY_FILE ?? path.join(dataDir, 'keys', 'keyring.json')),
      keyringJson: e.FENGQIAO_KEYRING,
    },
    session: {
      idleMinutes: e.FENGQIAO_SESSION_IDLE_MINUTES,
      maxHours: e.FENGQIAO_SESSION_MAX_HOURS,
      cookieSecure: e.FENGQIAO_COOKIE_SECURE,
    },
    passwordPolicy: {
      maxAgeDays: e.FENGQIAO_PASSWORD_MAX_AGE_DAYS,
      minLength: e.FENGQIAO_PASSWORD_MIN_LENGTH,
      minClasses: 3,
    },
    lockout: { threshold: e.FENGQIAO_LOCKOUT_THRESHOLD, minutes: e.FENGQIAO_LOCKOUT_MINUTES },
    loginRateLimit: e.FENGQIAO_LOGIN_RATE_LIMIT,
    importMaxBytes: e.FENGQIAO_IMPORT_MAX_BYTES,
    importMaxUncompressedBytes: e.FENGQIAO_IMPORT_MAX_UNCOMPRESSED_BYTES,
    trustProxy: e.FENGQIAO_TRUST_PROXY,
    logLevel: e.FENGQIAO_LOG_LEVEL,
    webDist: e.FENGQIAO_WEB_DIST,
    argon2MemoryKib: e.FENGQIAO_ARGON2_MEMORY_KIB,
    disputes: {
      deadlineDays: {
        simple: e.FENGQIAO_DISPUTE_DEADLINE_SIMPLE_DAYS,
        general: e.FENGQIAO_DISPUTE_DEADLINE_GENERAL_DAYS,
        complex: e.FENGQIAO_DISPUTE_DEADLINE_COMPLEX_DAYS,
      },
      attachmentMaxBytes: e.FENGQIAO_ATTACHMENT_MAX_BYTES,
      reminderIntervalSeconds: e.FENGQIAO_REMINDER_INTERVAL_SECONDS,
    },
    audit: {
      anchorFile: path.resolve(e.FENGQIAO_AUDIT_ANCHOR_FILE ?? path.join(dataDir, 'audit-anchors.jsonl')),
      anchorIntervalSeconds: e.FENGQIAO_AUDIT_ANCHOR_INTERVAL_SECONDS,
    },
    incidentRepeatWindowDays: e.FENGQIAO_INCIDENT_REPEAT_WINDOW_DAYS,
    backdateDays: e.FENGQIAO_INCIDENT_BACKDATE_DAYS,
    patrolShift: patrolShiftOf(e.FENGQIAO_PATROL_SHIFT_START, e.FENGQIAO_PATROL_SHIFT_END),
    publicOrigin: e.FENGQIAO_PUBLIC_ORIGIN?.replace(/\/+$/, ''),
    media: {
      janusUrl: e.FENGQIAO_JANUS_URL,
      apiSecret: e.FENGQIAO_JANUS_API_SECRET,
      iceServers: iceServersOf(e.FENGQIAO_MEDIA_ICE_SERVERS),
      launch: e.FENGQIAO_MEDIA_LAUNCH,
      recordingsDir: path.resolve(e.FENGQIAO_ROOM_RECORDINGS_DIR ?? path.join(dataDir, 'recordings')),
    },
    cameraProbeSeconds: e.FENGQIAO_CAMERA_PROBE_SECONDS,
    views: { tokenSeconds: e.FENGQIAO_VIEW_TOKEN_SECONDS, sweepSeconds: e.FENGQIAO_VIEW_SWEEP_SECONDS },
    rooms: {
      maxParticipants: e.FENGQIAO_ROOM_MAX_PARTICIPANTS,
      maxHours: e.FENGQIAO_ROOM_MAX_HOURS,
      reconcileSeconds: e.FENGQIAO_ROOM_RECONCILE_SECONDS,
    },
    cadreCodeDays: e.FENGQIAO_CADRE_CODE_DAYS,
    roomLinkHours: e.FENGQIAO_ROOM_LINK_HOURS,
    roomJoinTokenSeconds: e.FENGQIAO_ROOM_JOIN_TOKEN_SECONDS,
  };
}

function iceServersOf(json: string | undefined): IceServerSetting[] {
  if (json === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = iceServersSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      'Invalid configuration 配置有误:\n  FENGQIAO_MEDIA_ICE_SERVERS: must be a JSON array of {"urls": "stun:…" | "turn:…", "username"?, "credential"?}',
    );
  }
  return parsed.data;
}

function patrolShiftOf(start: string, end: string): PatrolShiftSettings {
  const settings = { start, end };
  if (!validShiftSettings(settings)) {
    throw new ConfigError('Invalid configuration 配置有误:\n  FENGQIAO_PATROL_SHIFT_START/END: must differ');
  }
  return settings;
}
