import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecordingFile } from '../src/platform/media/media-rooms';
import {
  convertRecording,
  muxArgs,
  RecordingConversionError,
  recordingSets,
} from '../src/platform/media/recording-converter';
import {
  feedsOf,
  listRecordingFiles,
  noteFeed,
  readRoomPlan,
  removeRecordingFiles,
  roomFolder,
  writeRoomPlan,
} from '../src/platform/media/room-folders';
import { recordingToolsPresent } from './support/real-janus';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fq-recordings-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const file = (participantKey: string, kind: 'audio' | 'video', startedAt: string): RecordingFile => ({
  participantKey,
  kind,
  path: `/r/${participantKey}-${kind}-${startedAt}.mjr`,
  startedAt,
});

describe('a room folder', () => {
  it('refuses a key that could leave the recordings folder', () => {
    expect(roomFolder('/srv/rec', '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b')).toBe(
      '/srv/rec/0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b',
    );
    for (const key of ['..', '../x', 'a/b', '', 'a b']) expect(() => roomFolder('/srv/rec', key)).toThrow(/room key/);
  });

  it("keeps the plan readable by its owner only, and lists Janus's recordings by participant, oldest first", () => {
    const folder = roomFolder(work, 'room-1');
    writeRoomPlan(folder, { id: 77, secret: 's', pin: 'p', maxPublishers: 4 });
    expect(readRoomPlan(folder)).toEqual({ id: 77, secret: 's', pin: 'p', maxPublishers: 4 });
    expect(fs.statSync(path.join(folder, 'room.json')).mode & 0o077).toBe(0);

    noteFeed(folder, '111', 'party-1');
    noteFeed(folder, '222', 'officer-1');
    expect(feedsOf(folder)).toEqual({ '111': 'party-1', '222': 'officer-1' });
    const media = Buffer.concat([Buffer.from('MJR00002'), Buffer.alloc(40)]);
    const write = (name: string, bytes: Buffer) => fs.writeFileSync(path.join(folder, name), bytes);
    write('videoroom-77-user-222-1764493200000000-video-1.mjr', media);
    write('videoroom-77-user-111-1764493205000000-audio-0.mjr', media);
    write('videoroom-77-user-111-1764493205000100-video-1.mjr', media);
    write('videoroom-77-user-111-1764493299000000-audio-0.mjr', Buffer.from('MJR00002'));
    write('videoroom-77-user-999-1764493205000000-audio-0.mjr', media);
    write('videoroom-77-user-111-1764493205000000-data-2.mjr', media);
    write('videoroom-77-user-111-1764493206000000-audio-0.mjr.tmp', media);

    const files = listRecordingFiles(folder);
    expect(files.map((f) => [f.participantKey, f.kind, f.startedAt])).toEqual([
      ['officer-1', 'video', '2025-11-30T09:00:00.000Z'],
      ['party-1', 'audio', '2025-11-30T09:00:05.000Z'],
      ['party-1', 'video', '2025-11-30T09:00:05.000Z'],
    ]);

    removeRecordingFiles(folder);
    expect(listRecordingFiles(folder)).toEqual([]);
    expect(readRoomPlan(folder)?.id).toBe(77);
  });
});

describe('recording sets', () => {
  it("pairs each publisher's audio and video that started together, per participant and segment", () => {
    const sets = recordingSets([
      file('p1', 'video', '2026-11-30T09:00:00.100Z'),
      file('p2', 'audio', '2026-11-30T09:00:00.000Z'),
      file('p1', 'audio', '2026-11-30T09:00:00.000Z'),
      file('p1', 'audio', '2026-11-30T09:10:00.000Z'),
      file('p1', 'video', '2026-11-30T09:10:00.050Z'),
      file('p1', 'audio', '2026-11-30T09:10:01.000Z'),
    ]);
    expect(sets.map((s) => s.map((f) => `${f.participantKey}:${f.kind}:${f.startedAt.slice(11, 19)}`))).toEqual([
      ['p1:audio:09:00:00', 'p1:video:09:00:00'],
      ['p2:audio:09:00:00'],
      ['p1:audio:09:10:00', 'p1:video:09:10:00'],
      ['p1:audio:09:10:01'],
    ]);
  });
});

describe('converting a recording', () => {
  it('muxes the tracks it has without re-encoding', () => {
    expect(muxArgs(['/t/video.webm', '/t/audio.opus'], '/t/out.webm')).toEqual([
      ...['-hide_banner', '-nostdin', '-loglevel', 'error'],
      ...['-i', '/t/video.webm', '-i', '/t/audio.opus', '-map', '0', '-map', '1'],
      ...['-c', 'copy', '-f', 'webm', '-y', '/t/out.webm'],
    ]);
  });

  it('refuses files of two participants, or two tracks of one kind, before running anything', async () => {
    const out = path.join(work, 'never.webm');
    await expect(
      convertRecording([file('p1', 'audio', '2026-11-30T09:00:00Z'), file('p2', 'video', '2026-11-30T09:00:00Z')], out),
    ).rejects.toThrow(/different participants/);
    await expect(
      convertRecording([file('p1', 'audio', '2026-11-30T09:00:00Z'), file('p1', 'audio', '2026-11-30T09:05:00Z')], out),
    ).rejects.toBeInstanceOf(RecordingConversionError);
    await expect(convertRecording([], out)).rejects.toBeInstanceOf(RecordingConversionError);
    expect(fs.existsSync(out)).toBe(false);
  });

  it.skipIf(!recordingToolsPresent())(
    "fails with the tool's reason on a file that is no recording, leaving no output and no temporary files",
    async () => {
      const bogus = path.join(work, 'bogus.mjr');
      fs.writeFileSync(bogus, 'not a janus recording');
      const out = path.join(work, 'bogus.webm');
      const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('fengqiao-recording-')).length;
      await expect(
        convertRecording([{ ...file('p1', 'video', '2026-11-30T09:00:00Z'), path: bogus }], out),
      ).rejects.toThrow(RecordingConversionError);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('fengqiao-recording-')).length).toBe(before);
    },
  );

  it('stops a tool that runs past the time limit', async () => {
    const slow = path.join(work, 'slow-tool');
    fs.writeFileSync(slow, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const started = Date.now();
    await expect(
      convertRecording([file('p1', 'video', '2026-11-30T09:00:00Z')], path.join(work, 'slow.webm'), {
        stepTimeoutMs: 300,
        binaries: { janusPpRec: slow },
      }),
    ).rejects.toThrow(/did not finish within/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
