import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface DemoServerOptions {
  /** Live video: the demo launches its local Janus and ffmpeg test streams (see e2eMediaAvailable). */
  media?: boolean;
  /** Extra FENGQIAO_… variables. */
  env?: Record<string, string>;
}

/**
 * Starts `fengqiao demo` on a fresh temp data directory and waits until /api/health answers. `settings` are extra
 * FENGQIAO_… variables for a spec that needs one (the patrol spec sets the shift hours around the hour it runs), or
 * `{ media: true, env? }` for a demo with live video. Without `media`, no Janus is launched: specs that do not
 * watch video do not pay for a media server.
 */
export async function startDemoServer(
  settings: Record<string, string> | DemoServerOptions = {},
): Promise<RunningServer> {
  const options = demoServerOptions(settings);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    FENGQIAO_DATA_DIR: dataDir,
    FENGQIAO_MEDIA_LAUNCH: options.media ? 'auto' : 'off',
  };
  delete env.DATABASE_URL;
  delete env.FENGQIAO_JANUS_URL;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'packages/server/bin/fengqiao.js'), 'demo'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // The demo goes on without live video when its Janus fails to start; a media spec must not.
  if (options.media && !output.includes('local Janus')) {
    child.kill('SIGTERM');
    throw new Error(`the demo did not launch its local Janus:\n${output}`);
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function demoServerOptions(settings: Record<string, string> | DemoServerOptions): DemoServerOptions {
  if (typeof settings.media === 'boolean' || typeof settings.env === 'object') return settings as DemoServerOptions;
  return { env: settings as Record<string, string> };
}
