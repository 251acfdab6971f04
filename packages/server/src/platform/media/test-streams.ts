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
  pattern?: TestPattern;
}

export type TestPattern = 'testsrc' | 'smptebars';

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

/**
 * ffmpeg's arguments for one moving test picture pushed as RTP to one or more mountpoint ports: encoded once and
 * sent to each port through the tee muxer, with a keyframe a second so a new viewer waits at most that long. libvpx
 * runs on one thread: with ffmpeg's default (a thread per core) its threads wait on each other every frame, and on a
 * busy machine the encoder fell to 3 frames a second (docs/BENCHMARKS.md § Live video frame rate); one thread
 * encodes this picture in a twentieth of a core.
 */
export function testStreamArgs(group: { codec: VideoCodec; pattern: TestPattern; ports: number[] }): string[] {
  const rtp = CODEC_RTP[group.codec];
  const encoder =
    group.codec === 'vp8'
      ? ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '16', '-b:v', '400k', '-threads', '1']
      : ['-c:v', 'libx264', '-profile:v', 'baseline', '-tune', 'zerolatency', '-preset', 'ultrafast', '-b:v', '400k'];
  const outputs = group.ports.map((port) => `[f=rtp:payload_type=${rtp.pt}]rtp://127.0.0.1:${port}?pkt_size=1200`);
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-re',
    '-f',
    'lavfi',
    '-i',
    `${group.pattern}=size=640x360:rate=15`,
    ...encoder,
    '-g',
    '15',
    '-an',
    '-map',
    '0:v',
    '-f',
    'tee',
    outputs.join('|'),
  ];
}

/** Targets of the same codec and picture share one encoder. */
export function testStreamGroups(targets: TestStreamTarget[]) {
  const groups = new Map<string, { codec: VideoCodec; pattern: TestPattern; ports: number[] }>();
  for (const target of targets) {
    const pattern = target.pattern ?? 'testsrc';
    const key = `${target.codec}/${pattern}`;
    const group = groups.get(key) ?? { codec: target.codec, pattern, ports: [] };
    group.ports.push(target.port);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One ffmpeg per codec and picture, each restarted if it dies, all killed on stop. */
export function startTestStreams(targets: TestStreamTarget[], binary = FFMPEG_BINARY): TestStreams {
  let stopping = false;
  const children = new Map<number, { child: ChildProcess; exited: Promise<void> }>();
  const launch = (index: number, group: ReturnType<typeof testStreamGroups>[number]) => {
    const child = spawn(binary, testStreamArgs(group), { stdio: ['ignore', 'ignore', 'ignore'] });
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        resolve();
        if (!stopping) setTimeout(() => !stopping && launch(index, group), 1_000).unref();
      }),
    );
    children.set(index, { child, exited });
  };
  for (const [index, group] of testStreamGroups(targets).entries()) launch(index, group);
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
