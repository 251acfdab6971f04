import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';

/** A session description as the app's API carries it (the media server's offer, the browser's answer). */
export interface Jsep {
  type: 'offer' | 'answer';
  sdp: string;
}

export type WebrtcViewState = 'idle' | 'connecting' | 'playing' | 'failed' | 'ended';

export interface WebrtcViewOptions {
  /** Opens the view through the app's API: the media server's offer and the ICE servers to use. */
  start: () => Promise<{ viewId: string; offer: Jsep; iceServers: RTCIceServer[] }>;
  /** Sends the browser's answer through the app's API: media then starts flowing. */
  answer: (viewId: string, jsep: Jsep) => Promise<void>;
  enabled: boolean;
}

export interface WebrtcView {
  videoRef: RefObject<HTMLVideoElement | null>;
  state: WebrtcViewState;
  error?: string;
  retry(): void;
}

/** Candidates gathered by then go in the answer; the media server's own candidates came with its offer. */
export const GATHERING_LIMIT_MS = 2_000;

/**
 * Plays one live view: the media server's offer in, the browser's answer out, both through the app's API (the
 * browser never talks to the media server). The picture is muted and inline so phones play it without a tap; the
 * connection is closed when the component unmounts, the view is disabled, or it is retried.
 */
export function useWebrtcView({ start, answer, enabled }: WebrtcViewOptions): WebrtcView {
  const { t, lang } = useT();
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<WebrtcViewState>('idle');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  // The latest callbacks, so callers need not memoise them and a new render does not restart the view.
  const calls = useRef({ start, answer });
  calls.current = { start, answer };
  const messages = useRef({
    connectFailed: t('media.connectFailed'),
    describe: (e: unknown) => describeError(e, lang),
  });
  messages.current = { connectFailed: t('media.connectFailed'), describe: (e: unknown) => describeError(e, lang) };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger, read by no code inside
  useEffect(() => {
    if (!enabled) {
      setState('idle');
      setError(undefined);
      return;
    }
    let cancelled = false;
    let playing = false;
    let pc: RTCPeerConnection | undefined;
    let video: HTMLVideoElement | null = null;
    const fail = (message: string) => {
      if (cancelled) return;
      setError(message);
      setState(playing ? 'ended' : 'failed');
      pc?.close();
    };
    const onPlaying = () => {
      if (cancelled) return;
      playing = true;
      setState('playing');
    };
    const onEnded = () => {
      if (!cancelled && playing) setState('ended');
    };
    setState('connecting');
    setError(undefined);

    void (async () => {
      try {
        const { viewId, offer, iceServers } = await calls.current.start();
        if (cancelled) return;
        const peer = new RTCPeerConnection({ iceServers });
        pc = peer;
        peer.ontrack = (event) => {
          // The element as it is now: a tile may render its <video> only once the view starts.
          video = videoRef.current;
          if (!video) return;
          video.muted = true;
          video.playsInline = true;
          video.addEventListener('playing', onPlaying);
          event.track.addEventListener('ended', onEnded);
          video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
          void video.play().catch(() => undefined);
        };
        peer.onconnectionstatechange = () => {
          if (peer.connectionState === 'failed') fail(messages.current.connectFailed);
          if (peer.connectionState === 'closed') onEnded();
        };
        await peer.setRemoteDescription(offer);
        await peer.setLocalDescription(await peer.createAnswer());
        await gatheringComplete(peer, GATHERING_LIMIT_MS);
        if (cancelled) return;
        const sdp = peer.localDescription?.sdp;
        if (!sdp) throw new Error('no local description');
        await calls.current.answer(viewId, { type: 'answer', sdp });
      } catch (caught) {
        fail(caught instanceof DOMException ? messages.current.connectFailed : messages.current.describe(caught));
      }
    })();

    return () => {
      cancelled = true;
      pc?.close();
      if (video) {
        video.removeEventListener('playing', onPlaying);
        video.srcObject = null;
      }
    };
  }, [enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return error === undefined ? { videoRef, state, retry } : { videoRef, state, error, retry };
}

/** Resolves when ICE gathering is complete, or after `limitMs` with what was gathered (never hangs a tile). */
export function gatheringComplete(pc: RTCPeerConnection, limitMs: number): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      resolve();
    };
    const check = () => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, limitMs);
    pc.addEventListener('icegatheringstatechange', check);
  });
}
