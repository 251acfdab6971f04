import fs from 'node:fs';
import path from 'node:path';
import type { RecordingFile } from './media-rooms';
import { MediaUnavailableError } from './media-server';

/**
 * A mediation room's folder under FENGQIAO_ROOM_RECORDINGS_DIR (`<dir>/<key>`): Janus writes the room's recordings
 * there, and the adapter keeps two small files beside them, so that what it knows survives a restart of the app:
 * `room.json` (Janus's room id, secret and pin, while the room exists: a restarted app can still remove a room it
 * made) and `feeds.json` (which participant published each feed: Janus names a recording by feed, not by person).
 */
export interface RoomPlan {
  id: number;
  secret: string;
  pin: string;
  maxPublishers: number;
}

const PLAN_FILE = 'room.json';
const FEEDS_FILE = 'feeds.json';
/** `videoroom-<room>-user-<feed>-<microseconds>-<audio|video|data>-<mindex>.mjr` (janus_videoroom.c, Janus 1.x). */
const RECORDING_NAME = /^videoroom-\d+-user-(\d+)-(\d+)-(audio|video)-\d+\.mjr$/;
/** The `.mjr` magic alone: Janus writes the header with the first packet, so such a file holds no media. */
const EMPTY_RECORDING_BYTES = 8;

/** The room's folder; a key that is not a plain id (path tricks) is refused. */
export function roomFolder(recordingsDir: string, key: string): string {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(key)) throw new MediaUnavailableError(`not a room key: ${JSON.stringify(key)}`);
  return path.join(recordingsDir, key);
}

export function writeRoomPlan(folder: string, plan: RoomPlan): void {
  fs.mkdirSync(folder, { recursive: true });
  // The secret opens the room at Janus: readable by the app's user only.
  fs.writeFileSync(path.join(folder, PLAN_FILE), JSON.stringify(plan), { mode: 0o600 });
}

export function readRoomPlan(folder: string): RoomPlan | undefined {
  const text = readText(path.join(folder, PLAN_FILE));
  if (text === undefined) return undefined;
  const value = JSON.parse(text) as Partial<RoomPlan>;
  if (typeof value.id !== 'number' || typeof value.secret !== 'string' || typeof value.pin !== 'string') {
    return undefined;
  }
  return { id: value.id, secret: value.secret, pin: value.pin, maxPublishers: value.maxPublishers ?? 1 };
}

export function removeRoomPlan(folder: string): void {
  fs.rmSync(path.join(folder, PLAN_FILE), { force: true });
}

/** Notes that the participant publishes this feed (kept after the room ends: its recordings name the feed). */
export function noteFeed(folder: string, feedId: string, participantKey: string): void {
  const feeds = feedsOf(folder);
  if (feeds[feedId] === participantKey) return;
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, FEEDS_FILE), JSON.stringify({ ...feeds, [feedId]: participantKey }));
}

export function feedsOf(folder: string): Record<string, string> {
  const text = readText(path.join(folder, FEEDS_FILE));
  return text === undefined ? {} : (JSON.parse(text) as Record<string, string>);
}

/**
 * The recordings Janus wrote in the folder, each with its participant (through feeds.json), kind and start time
 * (the name's microseconds), oldest first. Files without media and feeds of no known participant are left out;
 * a file Janus has not finished (`.mjr.<tempext>`) does not match the name.
 */
export function listRecordingFiles(folder: string): RecordingFile[] {
  if (!fs.existsSync(folder)) return [];
  const feeds = feedsOf(folder);
  const files: RecordingFile[] = [];
  for (const name of fs.readdirSync(folder)) {
    const match = RECORDING_NAME.exec(name);
    if (!match) continue;
    const [, feed, micros, kind] = match as unknown as [string, string, string, 'audio' | 'video'];
    const participantKey = feeds[feed];
    const file = path.join(folder, name);
    if (participantKey === undefined || fs.statSync(file).size <= EMPTY_RECORDING_BYTES) continue;
    files.push({
      participantKey,
      kind,
      path: file,
      startedAt: new Date(Math.floor(Number(micros) / 1000)).toISOString(),
    });
  }
  return files.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.path.localeCompare(b.path));
}

/** Removes the recordings and the feed list; the plan stays while the room does. */
export function removeRecordingFiles(folder: string): void {
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    if (name !== PLAN_FILE) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  }
  if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
