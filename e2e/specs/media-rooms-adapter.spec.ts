/// <reference path="../../packages/server/src/platform/media/janode.d.ts" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJanusMediaServer,
  type JanusMediaServer,
} from '../../packages/server/src/platform/media/janus-media-server';
import { type LocalJanus, startLocalJanus } from '../../packages/server/src/platform/media/local-janus';
import type { RoomSessionEndReason } from '../../packages/server/src/platform/media/media-rooms';
import type { Jsep } from '../../packages/server/src/platform/media/media-server';
import {
  convertRecording,
  FFPROBE_BINARY,
  recordingSets,
  recordingToolsAvailable,
} from '../../packages/server/src/platform/media/recording-converter';
import { launchBrowser } from '../support/browser';
import { e2eMediaAvailable } from '../support/media';

interface RoomWindow {
  pub: RTCPeerConnection;
  sub: RTCPeerConnection | undefined;
}

/** The browser's publishing half: fake camera and microphone, a sendonly offer with its candidates. */
function offerFrom(page: Page): Promise<Jsep> {
  return page.evaluate(async () => {
    const w = window as unknown as RoomWindow;
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
    const pc = new RTCPeerConnection({ iceServers: [] });
    for (const track of stream.getTracks()) pc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
    await pc.setLocalDescription(await pc.createOffer());
    // The adapter relays whole descriptions, candidates inside (no trickle): gathering ends, or 2 s pass.
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      setTimeout(resolve, 2_000);
    });
    w.pub = pc;
    return { type: 'offer' as const, sdp: pc.localDescription?.sdp ?? '' };
  });
}

function takeAnswer(page: Page, answer: Jsep): Promise<void> {
  return page.evaluate(async (remote) => {
    await (window as unknown as RoomWindow).pub.setRemoteDescription(remote);
  }, answer);
}

/**
 * The browser's receiving half: one peer connection for every remote feed; each video track plays in a <video>
 * whose id is `feed-<stream id>`, the stream id being the publisher's feed id (use_msid). Also answers a
 * renegotiation on the same connection.
 */
function answerIn(page: Page, offer: Jsep): Promise<Jsep> {
  return page.evaluate(async (remote) => {
    const w = window as unknown as RoomWindow;
    const fresh = !w.sub;
    const pc = w.sub ?? new RTCPeerConnection({ iceServers: [] });
    if (fresh) {
      w.sub = pc;
      pc.ontrack = (event) => {
        if (event.track.kind !== 'video') return;
        const id = `feed-${event.streams[0]?.id ?? 'none'}`;
        const video = (document.getElementById(id) as HTMLVideoElement | null) ?? document.createElement('video');
        video.id = id;
        video.muted = true;
        video.playsInline = true;
        video.srcObject = new MediaStream([event.track]);
        document.body.append(video);
        void video.play();
      };
    }
    await pc.setRemoteDescription(remote);
    await pc.setLocalDescription(await pc.createAnswer());
    if (fresh) {
      await new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
        setTimeout(resolve, 2_000);
      });
    }
    return { type: 'answer' as const, sdp: pc.localDescription?.sdp ?? '' };
  }, offer);
}

/** Frames the feed's video element presents within `ms`. */
function framesOf(page: Page, feedId: string, ms: number): Promise<number> {
  return page.evaluate(
    ({ id, limit }) =>
      new Promise<number>((resolve) => {
        const video = document.getElementById(id) as HTMLVideoElement | null;
        if (!video) return resolve(0);
        let frames = 0;
        const tick = () => {
          frames += 1;
          video.requestVideoFrameCallback(tick);
        };
        video.requestVideoFrameCallback(tick);
        setTimeout(() => resolve(frames), limit);
      }),
    { id: `feed-${feedId}`, limit: ms },
  );
}

async function firstFrame(page: Page, feedId: string): Promise<void> {
  await page.waitForFunction(
    (id) => ((document.getElementById(id) as HTMLVideoElement | null)?.videoWidth ?? 0) > 0,
    `feed-${feedId}`,
    { timeout: 10_000 },
  );
}

describe.skipIf(!e2eMediaAvailable())('a mediation room through the media adapter: Chromium ⇄ Janus videoroom', () => {
  let janus: LocalJanus;
  let media: JanusMediaServer;
  let browser: Browser;
  let officer: Page;
  let party: Page;
  let site: http.Server;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fq-room-e2e-'));

  beforeAll(async () => {
    janus = await startLocalJanus();
    media = createJanusMediaServer({
      janusUrl: janus.url,
      apiSecret: janus.apiSecret,
      iceServers: [],
      launch: 'off',
      recordingsDir: janus.recordingsDir,
    });
    await media.whenReady(10_000);
    // getUserMedia needs a secure context: a blank page served from 127.0.0.1 is one (about:blank is not).
    site = http.createServer((_req, res) => res.end('<!doctype html><title>room</title>'));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
    officer = await browser.newPage();
    party = await browser.newPage();
    await officer.goto(origin);
    await party.goto(origin);
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    await media?.close();
    await janus?.stop();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('two pages publish and see each other, recording gives each a WebM, a removed party stops sending', async () => {
    await media.rooms.createRoom('room-e2e', { maxPublishers: 4 });
    // The adapter lists each join's token on the room's allowed list for that join only (issue #12 join tokens).
    const officerPub = await media.rooms.publish('room-e2e', 'p-officer', await offerFrom(officer), 'token-officer');
    await takeAnswer(officer, officerPub.answer);
    const partyPub = await media.rooms.publish('room-e2e', 'p-party', await offerFrom(party), 'token-party');
    await takeAnswer(party, partyPub.answer);

    // Each subscribes to the other's feed (the adapter waits for a feed whose WebRTC is still coming up).
    const partySees = await media.rooms.subscribe('room-e2e', 'p-party', [officerPub.feedId]);
    await partySees.answer(await answerIn(party, partySees.offer));
    const officerSees = await media.rooms.subscribe('room-e2e', 'p-officer', [partyPub.feedId]);
    await officerSees.answer(await answerIn(officer, officerSees.offer));
    await firstFrame(party, officerPub.feedId);
    await firstFrame(officer, partyPub.feedId);
    expect(await framesOf(party, officerPub.feedId, 2_000)).toBeGreaterThanOrEqual(10);
    expect(await framesOf(officer, partyPub.feedId, 2_000)).toBeGreaterThanOrEqual(10);

    await media.rooms.setRecording('room-e2e', true);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await media.rooms.setRecording('room-e2e', false);
    const sets = recordingSets(await media.rooms.recordingFiles('room-e2e'));
    expect(sets.map((set) => set.map((f) => `${f.participantKey}:${f.kind}`).sort()).sort()).toEqual([
      ['p-officer:audio', 'p-officer:video'],
      ['p-party:audio', 'p-party:video'],
    ]);
    if (recordingToolsAvailable() || process.env.FENGQIAO_REQUIRE_MEDIA === '1') {
      for (const set of sets) {
        const file = path.join(out, `${set[0]?.participantKey}.webm`);
        const converted = await convertRecording(set, file);
        expect(converted.durationSeconds).toBeGreaterThanOrEqual(2);
        const codecs = execFileSync(
          FFPROBE_BINARY,
          ['-v', 'error', '-show_entries', 'stream=codec_name', '-of', 'csv=p=0', file],
          { encoding: 'utf8' },
        );
        expect(codecs.split('\n').filter(Boolean).sort()).toEqual(['opus', 'vp8']);
      }
    }

    const partyEnded: RoomSessionEndReason[] = [];
    partyPub.onEnded((reason) => partyEnded.push(reason));
    await media.rooms.kick('room-e2e', 'p-party');
    expect(partyEnded).toEqual(['closed']);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await framesOf(officer, partyPub.feedId, 1_500)).toBeLessThanOrEqual(2);
    // The officer's subscription drops the party's feed by renegotiating on the same connection.
    const renegotiated = await officerSees.update([]);
    expect(renegotiated?.type).toBe('offer');
    if (renegotiated) await officerSees.answer(await answerIn(officer, renegotiated));

    await media.rooms.destroyRoom('room-e2e');
    expect(await media.rooms.listRooms()).toEqual([]);
  });
});
