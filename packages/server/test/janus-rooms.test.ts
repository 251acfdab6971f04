import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Janode from 'janode';
import VideoRoomPlugin from 'janode/plugins/videoroom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJanusMediaServer, type JanusMediaServer } from '../src/platform/media/janus-media-server';
import { freePort, type LocalJanus, startLocalJanus } from '../src/platform/media/local-janus';
import type { RoomSessionEndReason } from '../src/platform/media/media-rooms';
import { MediaUnavailableError } from '../src/platform/media/media-server';
import { convertRecording, FFPROBE_BINARY } from '../src/platform/media/recording-converter';
import { readRoomPlan, roomFolder } from '../src/platform/media/room-folders';
import { type RealJanus, realMediaAvailable, recordingToolsPresent, startRealJanus } from './support/real-janus';
import { newJoinToken } from './support/room-join-token';
import { answerTo, browserLikeOffer, type RemotePublisher, startRemotePublisher } from './support/room-media';

const available = realMediaAvailable();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!available)('mediation rooms on a real Janus (videoroom)', () => {
  let real: RealJanus;
  let media: JanusMediaServer;
  const remotes: RemotePublisher[] = [];

  beforeAll(async () => {
    real = await startRealJanus();
    media = await real.connect();
  }, 30_000);
  afterAll(async () => {
    for (const remote of remotes) await remote.stop();
    await real?.stop();
  });

  it("creates a room idempotently, lists only the app's rooms, and destroys it idempotently", async () => {
    await media.rooms.createRoom('room-a', { maxPublishers: 4 });
    const plan = readRoomPlan(roomFolder(real.janus.recordingsDir, 'room-a'));
    await media.rooms.createRoom('room-a', { maxPublishers: 4 });
    expect(readRoomPlan(roomFolder(real.janus.recordingsDir, 'room-a'))).toEqual(plan);

    // A room someone else made on the same Janus is none of the app's business.
    const connection = await Janode.connect({ address: { url: real.janus.url, apisecret: real.janus.apiSecret } });
    const session = await connection.create();
    const other = await session.attach(VideoRoomPlugin);
    await other.message({ request: 'create', room: 4242, description: 'somebody else', permanent: false });
    try {
      expect(await media.rooms.listRooms()).toEqual(['room-a']);
      await media.rooms.destroyRoom('room-a');
      await media.rooms.destroyRoom('room-a');
      await media.rooms.destroyRoom('never-made');
      expect(await media.rooms.listRooms()).toEqual([]);
      const { list } = await other.list();
      expect(list.map((r) => r.room)).toContain(4242);
      expect(list.map((r) => r.room)).not.toContain(plan?.id);
    } finally {
      await session.destroy();
      await connection.close();
    }
  });

  it('refuses to publish into a room it does not have, and a key that is not a plain id', async () => {
    await expect(media.rooms.publish('no-room', 'p1', browserLikeOffer(), newJoinToken())).rejects.toBeInstanceOf(
      MediaUnavailableError,
    );
    await expect(media.rooms.createRoom('../etc', { maxPublishers: 2 })).rejects.toThrow(/not a room key/);
  });

  it('publishes a browser offer: an answer and a feed id; the room refuses more publishers than its maximum; a kick frees the place', async () => {
    await media.rooms.createRoom('room-b', { maxPublishers: 1 });
    const first = await media.rooms.publish('room-b', 'p-officer', browserLikeOffer(), newJoinToken());
    expect(first.answer.type).toBe('answer');
    expect(first.answer.sdp).toMatch(/a=rtpmap:\d+ VP8\/90000/);
    expect(first.answer.sdp).toMatch(/a=rtpmap:\d+ opus\/48000\/2/);
    expect(first.feedId).toMatch(/^\d+$/);
    const ended: RoomSessionEndReason[] = [];
    first.onEnded((reason) => ended.push(reason));

    await expect(media.rooms.publish('room-b', 'p-party', browserLikeOffer(), newJoinToken())).rejects.toThrow(/full/);
    await media.rooms.kick('room-b', 'p-officer');
    expect(ended).toEqual(['closed']);
    const second = await media.rooms.publish('room-b', 'p-party', browserLikeOffer(), newJoinToken());
    expect(second.feedId).not.toBe(first.feedId);

    // Publishing again (a reconnect) replaces the participant's publisher.
    const again = await media.rooms.publish('room-b', 'p-party', browserLikeOffer(), newJoinToken());
    expect(again.feedId).not.toBe(second.feedId);
    await media.rooms.destroyRoom('room-b');
  });

  it('subscribes to a publishing feed (stream ids are feed ids), updates the subscription, and records to WebM', async () => {
    await media.rooms.createRoom('room-c', { maxPublishers: 4 });
    const remote = await startRemotePublisher(real, 'room-c', 'p-party');
    remotes.push(remote);

    const subscriber = await media.rooms.subscribe('room-c', 'p-officer', [remote.feedId, '999999']);
    expect(subscriber.offer.type).toBe('offer');
    expect(subscriber.offer.sdp).toMatch(/m=video \d+ UDP\/TLS\/RTP\/SAVPF/);
    expect(subscriber.offer.sdp).toContain(`a=msid:${remote.feedId} `);
    await expect(subscriber.update([])).rejects.toThrow(/not been answered/);
    await subscriber.answer(answerTo(subscriber.offer));
    expect(await subscriber.update([remote.feedId])).toBeNull();
    const renegotiated = await subscriber.update([]);
    expect(renegotiated?.type).toBe('offer');

    await media.rooms.setRecording('room-c', true);
    await wait(3_000);
    await media.rooms.setRecording('room-c', false);
    const files = await media.rooms.recordingFiles('room-c');
    expect(files.map((f) => [f.participantKey, f.kind]).sort()).toEqual([
      ['p-party', 'audio'],
      ['p-party', 'video'],
    ]);
    expect(Date.now() - Date.parse(files[0]?.startedAt ?? '')).toBeLessThan(60_000);

    if (recordingToolsPresent()) {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fq-webm-')), 'p-party.webm');
      const result = await convertRecording(files, out);
      expect(result.bytes).toBeGreaterThan(1_000);
      expect(result.durationSeconds).toBeGreaterThanOrEqual(2);
      const codecs = execFileSync(
        FFPROBE_BINARY,
        ['-v', 'error', '-show_entries', 'stream=codec_name', '-of', 'csv=p=0', out],
        {
          encoding: 'utf8',
        },
      );
      expect(codecs.split('\n').filter(Boolean).sort()).toEqual(['opus', 'vp8']);
      // A participant with the camera off still has a recording: the WebM holds the sound alone.
      const audioOnly = await convertRecording(
        files.filter((f) => f.kind === 'audio'),
        `${out}.audio.webm`,
      );
      expect(audioOnly.durationSeconds).toBeGreaterThanOrEqual(2);
    }

    await media.rooms.destroyRoom('room-c');
    expect(await media.rooms.recordingFiles('room-c')).toHaveLength(2);
    await media.rooms.removeRecordings('room-c');
    expect(await media.rooms.recordingFiles('room-c')).toEqual([]);
  }, 40_000);
});

describe.skipIf(!available)('mediation rooms across restarts', () => {
  let janus: LocalJanus | undefined;
  const opened: JanusMediaServer[] = [];
  const recordingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fq-room-restart-'));
  afterAll(async () => {
    for (const media of opened) await media.close();
    await janus?.stop();
    fs.rmSync(recordingsDir, { recursive: true, force: true });
  });

  const connect = async (j: LocalJanus) => {
    const media = createJanusMediaServer({
      janusUrl: j.url,
      apiSecret: j.apiSecret,
      iceServers: [],
      launch: 'off',
      recordingsDir,
    });
    opened.push(media);
    await media.whenReady(10_000);
    return media;
  };

  it('a restarted app finds the rooms it made, adopts one, and can remove them (the reconciler)', async () => {
    janus = await startLocalJanus();
    const before = await connect(janus);
    await before.rooms.createRoom('room-kept', { maxPublishers: 2 });
    await before.rooms.createRoom('room-orphan', { maxPublishers: 2 });
    const plan = readRoomPlan(roomFolder(recordingsDir, 'room-kept'));
    await before.close();

    const after = await connect(janus);
    expect((await after.rooms.listRooms()).sort()).toEqual(['room-kept', 'room-orphan']);
    await after.rooms.destroyRoom('room-orphan');
    await after.rooms.createRoom('room-kept', { maxPublishers: 2 });
    expect(readRoomPlan(roomFolder(recordingsDir, 'room-kept'))).toEqual(plan);
    expect(await after.rooms.listRooms()).toEqual(['room-kept']);
    const publisher = await after.rooms.publish('room-kept', 'p1', browserLikeOffer(), newJoinToken());
    expect(publisher.answer.type).toBe('answer');
    await after.rooms.destroyRoom('room-kept');
    expect(await after.rooms.listRooms()).toEqual([]);
    await janus.stop();
    janus = undefined;
  }, 30_000);

  it("a restarted Janus drops every session (media error) and gets the app's rooms back", async () => {
    const wsPort = await freePort();
    const apiSecret = 'room-restart-secret';
    janus = await startLocalJanus({ wsPort, apiSecret });
    const media = await connect(janus);
    await media.rooms.createRoom('room-r', { maxPublishers: 2 });
    const publisher = await media.rooms.publish('room-r', 'p1', browserLikeOffer(), newJoinToken());
    const ended: RoomSessionEndReason[] = [];
    publisher.onEnded((reason) => ended.push(reason));

    await janus.stop();
    janus = await startLocalJanus({ wsPort, apiSecret });
    const until = Date.now() + 15_000;
    while (media.status().state !== 'ready' && Date.now() < until) await wait(200);
    expect(ended).toEqual(['media_error']);
    expect(await media.rooms.listRooms()).toEqual(['room-r']);
    const again = await media.rooms.publish('room-r', 'p1', browserLikeOffer(), newJoinToken());
    expect(again.feedId).toMatch(/^\d+$/);
  }, 60_000);
});
