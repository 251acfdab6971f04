import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecordingFile } from './media-rooms';
import { FFMPEG_BINARY } from './test-streams';

export const JANUS_PP_REC_BINARY = '/usr/bin/janus-pp-rec';
export const FFPROBE_BINARY = '/usr/bin/ffprobe';

/** One step (a janus-pp-rec or an ffmpeg run) may take this long: a 4-hour room's track converts in well under it. */
const STEP_TIMEOUT_MS = 10 * 60_000;
/** What of a tool's stderr goes into the error: enough to see why, not a whole log in the database. */
const STDERR_KEPT = 600;

export class RecordingConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordingConversionError';
  }
}

export interface ConversionOptions {
  /** Per step; the default suits production, tests shorten it. */
  stepTimeoutMs?: number;
  binaries?: { janusPpRec?: string; ffmpeg?: string; ffprobe?: string };
}

/** janus-pp-rec (Debian package janus-tools), ffmpeg and ffprobe are installed here. */
export function recordingToolsAvailable(options: ConversionOptions = {}): boolean {
  const b = binariesOf(options);
  return [b.janusPpRec, b.ffmpeg, b.ffprobe].every((binary) => {
    try {
      fs.accessSync(binary, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Turns one participant's recording of one segment (at most one audio and one video `.mjr`) into one WebM at
 * `outPath`: janus-pp-rec extracts each track (VP8 → .webm, Opus → .opus), ffmpeg puts them together without
 * re-encoding; with one track missing the WebM has the other alone. The tools run with arguments (no shell), each
 * within a time limit; the temporary tracks are removed whatever happens, and a failure leaves no `outPath`.
 */
export async function convertRecording(
  files: RecordingFile[],
  outPath: string,
  options: ConversionOptions = {},
): Promise<{ bytes: number; durationSeconds: number }> {
  const video = files.filter((f) => f.kind === 'video');
  const audio = files.filter((f) => f.kind === 'audio');
  if (video.length > 1 || audio.length > 1 || files.length === 0) {
    throw new RecordingConversionError(
      `a conversion takes one participant's audio and video of one segment, not ${audio.length} audio and ${video.length} video files`,
    );
  }
  if (new Set(files.map((f) => f.participantKey)).size > 1) {
    throw new RecordingConversionError('the files belong to different participants');
  }
  const b = binariesOf(options);
  const timeoutMs = options.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-recording-'));
  try {
    const inputs: string[] = [];
    if (video[0]) {
      const track = path.join(work, 'video.webm');
      await run(b.janusPpRec, ['-o', video[0].path, track], timeoutMs);
      inputs.push(track);
    }
    if (audio[0]) {
      const track = path.join(work, 'audio.opus');
      await run(b.janusPpRec, ['-o', audio[0].path, track], timeoutMs);
      inputs.push(track);
    }
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    const muxed = path.join(work, 'out.webm');
    await run(b.ffmpeg, muxArgs(inputs, muxed), timeoutMs);
    const durationSeconds = await probeDuration(b.ffprobe, muxed, timeoutMs);
    fs.copyFileSync(muxed, outPath);
    return { bytes: fs.statSync(outPath).size, durationSeconds };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** ffmpeg's arguments: every input's streams copied as they are into one WebM. */
export function muxArgs(inputs: string[], out: string): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    ...inputs.flatMap((input) => ['-i', input]),
    ...inputs.flatMap((_, index) => ['-map', `${index}`]),
    '-c',
    'copy',
    '-f',
    'webm',
    '-y',
    out,
  ];
}

async function probeDuration(ffprobe: string, file: string, timeoutMs: number): Promise<number> {
  const stdout = await run(
    ffprobe,
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=noprint_wrappers=1:nokey=1', file],
    timeoutMs,
  );
  const seconds = Number.parseFloat(stdout.trim());
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RecordingConversionError(`ffprobe found no duration in the converted recording (${stdout.trim()})`);
  }
  return Math.round(seconds);
}

/** Runs a tool with arguments; resolves with its stdout when it ends with 0, else a short error. */
function run(binary: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout = (stdout + chunk).slice(-64_000);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    const name = path.basename(binary);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new RecordingConversionError(`${name} did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new RecordingConversionError(`${name} could not run: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new RecordingConversionError(`${name} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

function binariesOf(options: ConversionOptions): { janusPpRec: string; ffmpeg: string; ffprobe: string } {
  return {
    janusPpRec: options.binaries?.janusPpRec ?? JANUS_PP_REC_BINARY,
    ffmpeg: options.binaries?.ffmpeg ?? FFMPEG_BINARY,
    ffprobe: options.binaries?.ffprobe ?? FFPROBE_BINARY,
  };
}

/** Audio and video of one publisher start within this much of each other (Janus opens them one after the other). */
const SAME_START_MS = 2_000;

/**
 * Splits a room's recordings into what convertRecording takes: per participant, the audio and video that started
 * together (one publisher while recording ran). A participant who reconnected, or a recording paused and resumed,
 * gives several sets, oldest first.
 */
export function recordingSets(files: readonly RecordingFile[]): RecordingFile[][] {
  const sets: RecordingFile[][] = [];
  const ordered = [...files].sort(
    (a, b) => a.startedAt.localeCompare(b.startedAt) || a.participantKey.localeCompare(b.participantKey),
  );
  for (const file of ordered) {
    const at = Date.parse(file.startedAt);
    const set = sets.find(
      (s) =>
        s[0]?.participantKey === file.participantKey &&
        !s.some((f) => f.kind === file.kind) &&
        Math.abs(Date.parse(s[0].startedAt) - at) <= SAME_START_MS,
    );
    if (set) set.push(file);
    else sets.push([file]);
  }
  return sets;
}
