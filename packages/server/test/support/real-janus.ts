import type { MediaSettings } from '../../src/config';
import { createJanusMediaServer, type JanusMediaServer } from '../../src/platform/media/janus-media-server';
import { JANUS_BINARY, janusInstalled, type LocalJanus, startLocalJanus } from '../../src/platform/media/local-janus';
import { recordingToolsAvailable } from '../../src/platform/media/recording-converter';
import { ffmpegInstalled } from '../../src/platform/media/test-streams';

/**
 * Whether tests that need a real Janus and ffmpeg run here. Missing binaries skip them, unless
 * FENGQIAO_REQUIRE_MEDIA=1 (CI), which turns a missing Janus into a failure.
 */
export function realMediaAvailable(): boolean {
  const present = janusInstalled() && ffmpegInstalled();
  if (!present && process.env.FENGQIAO_REQUIRE_MEDIA === '1') {
    throw new Error(`FENGQIAO_REQUIRE_MEDIA=1 but ${JANUS_BINARY} or /usr/bin/ffmpeg is missing`);
  }
  return present;
}

/**
 * Whether the recording tools (janus-pp-rec from janus-tools, ffmpeg, ffprobe) are here; with FENGQIAO_REQUIRE_MEDIA=1
 * a missing one fails the test instead of skipping it.
 */
export function recordingToolsPresent(): boolean {
  const present = recordingToolsAvailable();
  if (!present && process.env.FENGQIAO_REQUIRE_MEDIA === '1') {
    throw new Error('FENGQIAO_REQUIRE_MEDIA=1 but janus-pp-rec (janus-tools), ffmpeg or ffprobe is missing');
  }
  return present;
}

export interface RealJanus {
  janus: LocalJanus;
  /** The app settings' env for createTestApp: then the app uses the real adapter. */
  env: { FENGQIAO_JANUS_URL: string; FENGQIAO_JANUS_API_SECRET: string; FENGQIAO_ROOM_RECORDINGS_DIR: string };
  /** The media settings of an adapter for it. */
  settings: MediaSettings;
  /** A media adapter connected to it, ready. */
  connect(): Promise<JanusMediaServer>;
  stop(): Promise<void>;
}

/** Starts a Janus of the test file's own (free port, temporary config folder); stop it in afterAll. */
export async function startRealJanus(): Promise<RealJanus> {
  const janus = await startLocalJanus();
  const opened: JanusMediaServer[] = [];
  const settings: MediaSettings = {
    janusUrl: janus.url,
    apiSecret: janus.apiSecret,
    iceServers: [],
    launch: 'off',
    recordingsDir: janus.recordingsDir,
  };
  return {
    janus,
    env: {
      FENGQIAO_JANUS_URL: janus.url,
      FENGQIAO_JANUS_API_SECRET: janus.apiSecret,
      FENGQIAO_ROOM_RECORDINGS_DIR: janus.recordingsDir,
    },
    settings,
    async connect() {
      const media = createJanusMediaServer(settings);
      opened.push(media);
      await media.whenReady(10_000);
      return media;
    },
    async stop() {
      for (const media of opened) await media.close();
      await janus.stop();
    },
  };
}
