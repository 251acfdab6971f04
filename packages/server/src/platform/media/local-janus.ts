import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { tcpAnswers } from './rtsp-probe';

export const JANUS_BINARY = '/usr/bin/janus';

/** Where Debian (and a source build) put Janus's plugins and transports, per architecture. */
const JANUS_LIB_DIRS = [
  `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/janus`,
  '/usr/lib/janus',
  '/usr/local/lib/janus',
  '/opt/janus/lib/janus',
];

/** The plugins the app uses: streaming for live views, videoroom for the online mediation rooms. */
const WANTED_PLUGINS = ['libjanus_streaming.so', 'libjanus_videoroom.so'];

export interface LocalJanus {
  /** `ws://127.0.0.1:<port>`: the app's FENGQIAO_JANUS_URL. */
  url: string;
  apiSecret: string;
  configDir: string;
  /** A recordings folder inside the config folder (tests; `demo` uses FENGQIAO_ROOM_RECORDINGS_DIR). */
  recordingsDir: string;
  stop(): Promise<void>;
}

export interface LocalJanusOptions {
  binary?: string;
  /** Where the config folder goes (a fresh temporary folder by default; removed on stop). */
  dir?: string;
  /** How long to wait for the WebSocket API to answer. */
  startTimeoutMs?: number;
  /** Janus's log goes here (a file in the config folder by default). */
  logFile?: string;
  /** The WebSocket port and API secret (a free port and a random secret by default): a restart keeps them. */
  wsPort?: number;
  apiSecret?: string;
}

export function janusInstalled(binary = JANUS_BINARY): boolean {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return janusLibDir() !== undefined;
  } catch {
    return false;
  }
}

function janusLibDir(): string | undefined {
  return JANUS_LIB_DIRS.find((dir) => fs.existsSync(path.join(dir, 'plugins', 'libjanus_streaming.so')));
}

/** A port free on the loopback interface now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The configuration a single-machine Janus needs: the WebSocket API on 127.0.0.1 only, with an API secret, no HTTP
 * or admin API, only the plugins the app uses. Written as files, so `janus -F` reads nothing from /etc/janus.
 */
export function janusConfigFiles(options: {
  libDir: string;
  configDir: string;
  wsPort: number;
  apiSecret: string;
}): Record<string, string> {
  const { libDir, configDir, wsPort, apiSecret } = options;
  // WebRTC to browsers and RTP in from sources use separate ranges, as docs/operations.md asks of a production Janus.
  const webrtcRange = '20000-40000';
  const sourceRange = '10000-19999';
  const present = (folder: string) =>
    fs.existsSync(path.join(libDir, folder))
      ? fs.readdirSync(path.join(libDir, folder)).filter((f) => f.endsWith('.so'))
      : [];
  const otherPlugins = present('plugins').filter((f) => !WANTED_PLUGINS.includes(f));
  const otherTransports = present('transports').filter((f) => f !== 'libjanus_websockets.so');
  const list = (items: string[]) => JSON.stringify(items.join(','));
  return {
    'janus.jcfg': `general: {
  configs_folder = ${JSON.stringify(configDir)}
  plugins_folder = ${JSON.stringify(path.join(libDir, 'plugins'))}
  transports_folder = ${JSON.stringify(path.join(libDir, 'transports'))}
  events_folder = ${JSON.stringify(path.join(libDir, 'events'))}
  loggers_folder = ${JSON.stringify(path.join(libDir, 'loggers'))}
  debug_level = 3
  api_secret = ${JSON.stringify(apiSecret)}
  session_timeout = 60
  server_name = "Fengqiao"
}
media: {
  rtp_port_range = ${JSON.stringify(webrtcRange)}
}
nat: {
  nice_debug = false
  ice_ignore_list = "vmnet"
}
plugins: {
  disable = ${list(otherPlugins)}
}
transports: {
  disable = ${list(otherTransports)}
}
loggers: {
  disable = ${list(present('loggers'))}
}
events: {
  broadcast = false
  disable = ${list(present('events'))}
}
`,
    'janus.transport.websockets.jcfg': `general: {
  json = "compact"
  ws = true
  ws_port = ${wsPort}
  ws_ip = "127.0.0.1"
  wss = false
}
admin: {
  admin_ws = false
  admin_wss = false
}
`,
    'janus.plugin.streaming.jcfg': `general: {
  rtp_port_range = ${JSON.stringify(sourceRange)}
  events = false
}
`,
    // No static rooms and no admin_key: the app makes each mediation room through the API (on localhost, behind the
    // API secret), with its own secret and pin, and the room's recordings folder as rec_dir (janus-rooms.ts).
    'janus.plugin.videoroom.jcfg': `general: {
  events = false
  string_ids = false
}
`,
  };
}

/**
 * Starts a Janus of the app's own for `demo` and the tests: config folder written, `janus -F <dir> -C <dir>/janus.jcfg`
 * spawned, resolved once its WebSocket API accepts connections; `stop()` ends it (and only it).
 */
export async function startLocalJanus(options: LocalJanusOptions = {}): Promise<LocalJanus> {
  const binary = options.binary ?? JANUS_BINARY;
  const libDir = janusLibDir();
  if (!libDir) throw new Error('Janus plugins not found (apt-get install janus)');
  const configDir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-janus-'));
  fs.mkdirSync(configDir, { recursive: true });
  const wsPort = options.wsPort ?? (await freePort());
  const apiSecret = options.apiSecret ?? crypto.randomBytes(24).toString('base64url');
  for (const [name, text] of Object.entries(janusConfigFiles({ libDir, configDir, wsPort, apiSecret }))) {
    fs.writeFileSync(path.join(configDir, name), text, { mode: 0o600 });
  }
  const logFile = options.logFile ?? path.join(configDir, 'janus.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(binary, ['-F', configDir, '-C', path.join(configDir, 'janus.jcfg'), '--disable-colors'], {
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should this process end without stop() (a crash, process.exit), Janus must not outlive it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const stop = async () => {
    process.removeListener('exit', orphanGuard);
    await stopChild(child, exited);
    if (!options.dir) fs.rmSync(configDir, { recursive: true, force: true });
  };
  try {
    await waitForPort(wsPort, options.startTimeoutMs ?? 15_000, child);
  } catch (error) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail}`);
  }
  const recordingsDir = path.join(configDir, 'recordings');
  fs.mkdirSync(recordingsDir, { recursive: true });
  return { url: `ws://127.0.0.1:${wsPort}`, apiSecret, configDir, recordingsDir, stop };
}

async function waitForPort(port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`janus exited with code ${child.exitCode} while starting`);
    if (await tcpAnswers('127.0.0.1', port, 500)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`janus did not open its WebSocket API on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if the process has not gone within 3 s. */
export async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(killer);
}
