/** How good the link is, as the network indicator shows it: 良好 / 一般 / 较差. */
export type NetworkQuality = 'good' | 'fair' | 'poor' | 'unknown';

/** Packet counters of one moment, summed over a connection's RTP streams (getStats `inbound-rtp`). */
export interface PacketCounts {
  received: number;
  lost: number;
}

export interface LinkSample {
  /** Round-trip time of the selected candidate pair, in milliseconds; null before it is known. */
  rttMs: number | null;
  /** Received and lost packets since the previous sample; null when nothing is received (a publisher alone). */
  packets: PacketCounts | null;
}

/** The share of packets lost between two readings of cumulative counters (0 when nothing flowed). */
export function lossBetween(before: PacketCounts, after: PacketCounts): PacketCounts {
  return {
    received: Math.max(0, after.received - before.received),
    lost: Math.max(0, after.lost - before.lost),
  };
}

/**
 * Thresholds of the usual video-call indicators: under 150 ms and 2 % loss a conversation flows; past 400 ms or 8 %
 * people talk over each other and pictures freeze. The worse of the two decides.
 */
export function networkQuality(sample: LinkSample): NetworkQuality {
  const { rttMs, packets } = sample;
  const total = packets ? packets.received + packets.lost : 0;
  const loss = packets && total > 0 ? packets.lost / total : null;
  if (rttMs === null && loss === null) return 'unknown';
  if ((rttMs ?? 0) > 400 || (loss ?? 0) > 0.08) return 'poor';
  if ((rttMs ?? 0) > 150 || (loss ?? 0) > 0.02) return 'fair';
  return 'good';
}

/** The worse of two qualities (the publishing and the receiving connection each have one). */
export function worseQuality(a: NetworkQuality, b: NetworkQuality): NetworkQuality {
  const order: NetworkQuality[] = ['poor', 'fair', 'good', 'unknown'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'unknown';
}
