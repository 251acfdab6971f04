import { type StreamSource, streamSourceSchema } from '@fengqiao/domain';
import type { MediaSettings } from '../../config';
import type { Deps } from '../deps';
import { listRtpCameraSources } from './demo-media.repository';
import { janusInstalled, type LocalJanus, startLocalJanus } from './local-janus';
import type { MediaServer } from './media-server';
import { startTestStreams, type TestStreams, type TestStreamTarget } from './test-streams';

/** Whether `demo` starts a Janus of its own: installed, not switched off, and no media server named. */
export function shouldLaunchLocalJanus(settings: MediaSettings, installed = janusInstalled()): boolean {
  return settings.launch !== 'off' && settings.janusUrl === undefined && installed;
}

/**
 * Starts the local Janus for `demo` when it should; undefined (with the reason in `onProblem`) otherwise, and the
 * demo runs on without live video, exactly as on a machine without Janus.
 */
export async function launchDemoJanus(
  settings: MediaSettings,
  onProblem: (message: string) => void,
): Promise<LocalJanus | undefined> {
  if (!shouldLaunchLocalJanus(settings)) return undefined;
  try {
    return await startLocalJanus();
  } catch (error) {
    onProblem(`local Janus did not start 本地流媒体服务器未能启动: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}

/** The cameras that get a test stream: RTP sources without a port (the media server picks one). */
export function testStreamCameras(rows: { id: string; source: StreamSource }[]) {
  return rows.filter(
    (row): row is { id: string; source: Extract<StreamSource, { kind: 'rtp' }> } =>
      row.source.kind === 'rtp' && row.source.videoPort === undefined,
  );
}

/** Makes a mountpoint for each such camera and pushes an ffmpeg test picture into it (alternating two patterns). */
export async function startDemoTestStreams(
  media: MediaServer,
  cameras: { id: string; source: StreamSource }[],
  ffmpeg?: string,
): Promise<TestStreams> {
  const targets: TestStreamTarget[] = [];
  for (const [index, camera] of testStreamCameras(cameras).entries()) {
    const { videoPort } = await media.ensureMountpoint(camera.id, camera.source);
    if (videoPort === undefined) continue;
    targets.push({ port: videoPort, codec: camera.source.codec, pattern: index % 2 === 0 ? 'testsrc' : 'smptebars' });
  }
  return startTestStreams(targets, ffmpeg);
}

/** The demo database's RTP cameras, sources decrypted. */
export async function demoRtpCameras(deps: Deps): Promise<{ id: string; source: StreamSource }[]> {
  const rows = await listRtpCameraSources(deps.db);
  return rows.flatMap((row) => {
    const parsed = streamSourceSchema.safeParse(JSON.parse(deps.cipher.decrypt(row.source_enc)));
    return parsed.success ? [{ id: row.id, source: parsed.data }] : [];
  });
}
