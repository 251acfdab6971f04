import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import type { VideoCodec } from '@fengqiao/domain';
import { stopChild } from './local-janus';
import { CODEC_RTP } from './streaming-requests';

export const FFMPEG_BINARY = '/usr/bin/ffmpeg';

export interface TestStreamTarget {
  /** The mountpoint's RTP video port on 127.0.0.1. */
  port: number;
  codec: VideoCodec;
  /** lavfi pattern: `testsrc` by default; `smptebars` gives a second look. */
  pattern?: 'testsrc' | 'smptebars';
}

export interface TestStreams {
  count: number;
  stop(): Promise<void>;
}

export function ffmpegInstalled(binary = FFMPEG_BINARY): boolean {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** ffmpeg's arguments for one moving test picture pushed as RTP (a keyframe a second, so a new viewer waits ≤1 s). */
export function testStreamArgs(target: TestStreamTarget): string[] {
  const rtp = CODEC_RTP[target.codec];
  const encoder =
    target.codec === 'vp8'
      ? ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k']
      : ['-c:v', 'libx264', '-profile:v', 'baseline', '-tune', 'zerolatency', '-preset', 'ultrafast', '-b:v', '400k'];
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-re',
    '-f',
    'lavfi',
    '-i',
    `${target.pattern ?? 'testsrc'}=size=640x360:rate=15`,
    ...encoder,
    '-g',
    '15',
    '-an',
    '-payload_type',
    String(rtp.pt),
    '-f',
    'rtp',
    `rtp://127.0.0.1:${target.port}?pkt_size=1200`,
  ];
}

/** One ffmpeg per target, each restarted if it dies, all killed on stop. */
export function startTestStreams(targets: TestStreamTarget[], binary = FFMPEG_BINARY): TestStreams {
  let stopping = false;
  const children = new Map<number, { child: ChildProcess; exited: Promise<void> }>();
  const launch = (index: number, target: TestStreamTarget) => {
    const child = spawn(binary, testStreamArgs(target), { stdio: ['ignore', 'ignore', 'ignore'] });
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        resolve();
        if (!stopping) setTimeout(() => !stopping && launch(index, target), 1_000).unref();
      }),
    );
    children.set(index, { child, exited });
  };
  for (const [index, target] of targets.entries()) launch(index, target);
  const orphanGuard = () => {
    for (const { child } of children.values()) child.kill('SIGKILL');
  };
  process.once('exit', orphanGuard);
  return {
    count: targets.length,
    async stop() {
      stopping = true;
      process.removeListener('exit', orphanGuard);
      await Promise.all([...children.values()].map(({ child, exited }) => stopChild(child, exited)));
    },
  };
}
