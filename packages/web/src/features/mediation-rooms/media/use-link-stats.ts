import { useEffect, useRef, useState } from 'react';
import { ActiveSpeakerTracker } from './active-speaker';
import { type LinkSample, lossBetween, type NetworkQuality, networkQuality, worseQuality } from './network-quality';
import type { PublisherConnection } from './publisher-connection';
import type { SubscriberConnection } from './subscriber-connection';

const QUALITY_EVERY_MS = 2_000;
const LEVELS_EVERY_MS = 150;

export interface LinkStatsSource {
  publisher(): PublisherConnection | null;
  subscriber(): SubscriberConnection | null;
  /** Feed id → participant id, as the room state says now. */
  participantOfFeed(feedId: string): string | undefined;
  me: string | null;
}

async function sample(pc: RTCPeerConnection, previous: Map<RTCPeerConnection, { received: number; lost: number }>) {
  const report = await pc.getStats();
  let rttMs: number | null = null;
  let received = 0;
  let lost = 0;
  let inbound = false;
  report.forEach((entry: Record<string, unknown>) => {
    if (entry.type === 'candidate-pair' && entry.nominated && typeof entry.currentRoundTripTime === 'number') {
      rttMs = entry.currentRoundTripTime * 1000;
    }
    if (entry.type === 'inbound-rtp') {
      inbound = true;
      received += typeof entry.packetsReceived === 'number' ? entry.packetsReceived : 0;
      lost += typeof entry.packetsLost === 'number' ? entry.packetsLost : 0;
    }
    // A publisher receives nothing: the media server's receiver reports tell what it lost of ours.
    if (entry.type === 'remote-inbound-rtp' && typeof entry.fractionLost === 'number') {
      inbound = true;
      received += 100 * (1 - entry.fractionLost);
      lost += 100 * entry.fractionLost;
    }
  });
  const before = previous.get(pc);
  previous.set(pc, { received, lost });
  const result: LinkSample = {
    rttMs,
    packets: inbound ? (before ? lossBetween(before, { received, lost }) : null) : null,
  };
  return networkQuality(result);
}

async function ownLevel(pc: RTCPeerConnection): Promise<number> {
  let level = 0;
  (await pc.getStats()).forEach((entry: Record<string, unknown>) => {
    if (entry.type === 'media-source' && entry.kind === 'audio' && typeof entry.audioLevel === 'number') {
      level = entry.audioLevel;
    }
  });
  return level;
}

/**
 * The network indicator (round trip and loss of both connections, every 2 s) and the active speaker (the audio
 * level of every received voice and of one's own, every 150 ms, through the receivers' synchronisation sources —
 * no WebAudio graph, which phones throttle in the background).
 */
export function useLinkStats(
  source: LinkStatsSource,
  running: boolean,
): { network: NetworkQuality; speaker: string | null } {
  const [network, setNetwork] = useState<NetworkQuality>('unknown');
  const [speaker, setSpeaker] = useState<string | null>(null);
  const latest = useRef(source);
  latest.current = source;

  useEffect(() => {
    if (!running) {
      setNetwork('unknown');
      setSpeaker(null);
      return;
    }
    const previous = new Map<RTCPeerConnection, { received: number; lost: number }>();
    const tracker = new ActiveSpeakerTracker();
    const quality = setInterval(() => {
      const { publisher, subscriber } = latest.current;
      const pcs = [publisher()?.pc, subscriber()?.pc].filter((pc): pc is RTCPeerConnection => pc !== undefined);
      void Promise.all(pcs.map((pc) => sample(pc, previous).catch((): NetworkQuality => 'unknown'))).then((all) =>
        setNetwork(all.reduce<NetworkQuality>(worseQuality, 'unknown')),
      );
    }, QUALITY_EVERY_MS);
    const levels = setInterval(() => {
      const { publisher, subscriber, participantOfFeed, me } = latest.current;
      const heard = new Map<string, number>();
      for (const [feedId, receiver] of subscriber()?.audioReceivers() ?? []) {
        const participant = participantOfFeed(feedId);
        const level = receiver.getSynchronizationSources()[0]?.audioLevel ?? 0;
        if (participant) heard.set(participant, level);
      }
      const own = publisher();
      void (own && me ? ownLevel(own.pc).catch(() => 0) : Promise.resolve(0)).then((level) => {
        if (me) heard.set(me, level);
        setSpeaker(tracker.update(heard, performance.now()));
      });
    }, LEVELS_EVERY_MS);
    return () => {
      clearInterval(quality);
      clearInterval(levels);
    };
  }, [running]);

  return { network, speaker };
}
