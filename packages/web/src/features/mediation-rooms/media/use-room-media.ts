import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import type { NetworkQuality } from './network-quality';
import { PublisherConnection } from './publisher-connection';
import { DISCONNECTED_GRACE_MS, reconnectDelay } from './reconnect-backoff';
import { type FeedSource, feedsKey, remoteFeeds } from './remote-feeds';
import type { RoomMediaApi } from './room-media-api';
import { SubscriberConnection } from './subscriber-connection';
import { useLinkStats } from './use-link-stats';
import { type LocalMedia, useLocalMedia } from './use-local-media';

/**
 * Where the participant's media stands: `connecting` the first time, `reconnecting` after a drop (with backoff),
 * `not_configured` when the app has no media server, `unreachable` while it does not answer (retried),
 * `stopped` once the participant left, was removed or the room closed (the page says which from the state).
 */
export type RoomConnection =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'unreachable'
  | 'not_configured'
  | 'stopped';

export interface RoomMediaState extends FeedSource {
  status: string;
  me: { participantId: string; status: string } | null;
}

export interface RoomMedia {
  local: LocalMedia;
  connection: RoomConnection;
  /** Participant id → what is received of them. */
  remote: ReadonlyMap<string, MediaStream>;
  activeSpeakerId: string | null;
  network: NetworkQuality;
  leave(): Promise<void>;
}

/** Codes after which trying again cannot help: the state poll shows the participant why. */
const FINAL_CODES = new Set(['ROOM_NOT_ADMITTED', 'ROOM_CLOSED', 'ROOM_NOT_FOUND', 'ROOM_GUEST_UNAUTHENTICATED']);

/**
 * The media of one participant in a room: publishes the camera and microphone once admitted, receives every other
 * admitted participant's feed on one connection (asking again whenever the set of feeds changes), and rebuilds both
 * after a drop with backoff for as long as the room is open — through the same API, so no new token is needed.
 */
export function useRoomMedia(api: RoomMediaApi, state: RoomMediaState, allowShare: boolean): RoomMedia {
  const admitted = state.status === 'open' && state.me?.status === 'admitted';
  const [left, setLeft] = useState(false);
  // Once the server has the participant out of the room, a later rejoin (admitted again) starts media anew.
  useEffect(() => {
    if (!admitted) setLeft(false);
  }, [admitted]);
  const active = admitted && !left;
  const local = useLocalMedia(active, allowShare);
  const [connection, setConnection] = useState<RoomConnection>('idle');
  const [round, setRound] = useState(0);
  const [byFeed, setByFeed] = useState<ReadonlyMap<string, MediaStream>>(new Map());

  const apiRef = useRef(api);
  apiRef.current = api;
  const localRef = useRef(local);
  localRef.current = local;
  const feeds = useMemo(() => remoteFeeds(state), [state]);
  const key = feedsKey(feeds);
  const feedsRef = useRef(feeds);
  feedsRef.current = feeds;
  const publisher = useRef<PublisherConnection | null>(null);
  const subscriber = useRef<SubscriberConnection | null>(null);
  const attempt = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const subscribedKey = useRef('');
  const queue = useRef<Promise<void>>(Promise.resolve());

  const scheduleReconnect = useCallback((unreachable: boolean) => {
    if (retryTimer.current !== undefined) return;
    setConnection(unreachable ? 'unreachable' : 'reconnecting');
    const delay = reconnectDelay(attempt.current, Math.random());
    attempt.current += 1;
    retryTimer.current = setTimeout(() => {
      retryTimer.current = undefined;
      setRound((n) => n + 1);
    }, delay);
  }, []);

  const fail = useCallback(
    (error: unknown) => {
      if (isApiError(error, 'MEDIA_NOT_CONFIGURED')) setConnection('not_configured');
      else if (isApiError(error) && FINAL_CODES.has(error.code)) setConnection('stopped');
      else scheduleReconnect(isApiError(error, 'MEDIA_UNAVAILABLE'));
    },
    [scheduleReconnect],
  );

  /** Brings the subscription to the current feeds; calls run one after another, never overlapping. */
  const syncFeeds = useCallback(() => {
    queue.current = queue.current
      .then(async () => {
        const current = subscriber.current;
        const wanted = feedsRef.current;
        const wantedKey = feedsKey(wanted);
        if (!current || wantedKey === subscribedKey.current) return;
        await current.subscribe(
          apiRef.current,
          wanted.map((f) => f.feedId),
        );
        if (subscriber.current === current) subscribedKey.current = wantedKey;
      })
      .catch(fail);
  }, [fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reconnect trigger, read by no code inside
  useEffect(() => {
    if (!active || !local.ready) {
      setConnection(left ? 'stopped' : 'idle');
      return;
    }
    let cancelled = false;
    const dropped = () => {
      if (!cancelled) scheduleReconnect(false);
    };
    setConnection(attempt.current > 0 ? 'reconnecting' : 'connecting');
    let pub: PublisherConnection | null = null;
    void (async () => {
      try {
        // The token comes with the STUN/TURN servers, so both connections use TURN from the first attempt (a
        // village behind carrier NAT).
        const ticket = await apiRef.current.joinToken();
        if (cancelled) return;
        const connection = new PublisherConnection(
          ticket.iceServers,
          { audio: localRef.current.audio, video: localRef.current.video },
          { onDropped: dropped },
          DISCONNECTED_GRACE_MS,
        );
        pub = connection;
        publisher.current = connection;
        connection.pc.addEventListener('iceconnectionstatechange', () => {
          if (cancelled || connection.pc.iceConnectionState !== 'connected') return;
          attempt.current = 0;
          setConnection('connected');
        });
        await connection.publish(apiRef.current, ticket.joinToken);
        if (cancelled) return;
        subscriber.current = new SubscriberConnection(
          ticket.iceServers,
          {
            onFeedStream: (feedId, stream) => {
              if (!cancelled) setByFeed((previous) => new Map(previous).set(feedId, stream));
            },
            onDropped: dropped,
          },
          DISCONNECTED_GRACE_MS,
        );
        subscribedKey.current = '';
        syncFeeds();
      } catch (error) {
        if (!cancelled) fail(error);
      }
    })();
    return () => {
      cancelled = true;
      pub?.close();
      subscriber.current?.close();
      subscriber.current = null;
      publisher.current = null;
      setByFeed(new Map());
    };
  }, [active, local.ready, round, left, fail, scheduleReconnect, syncFeeds]);

  // `key` is the trigger; the feeds themselves are read from the ref when the queued call runs.
  useEffect(() => {
    if (key !== '' || subscribedKey.current !== '') syncFeeds();
  }, [key, syncFeeds]);

  useEffect(() => {
    void publisher.current?.replace('audio', local.audio).catch(() => undefined);
  }, [local.audio]);
  useEffect(() => {
    void publisher.current?.replace('video', local.video).catch(() => undefined);
  }, [local.video]);

  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const remote = useMemo(() => {
    const byParticipant = new Map<string, MediaStream>();
    for (const feed of feeds) {
      const stream = byFeed.get(feed.feedId);
      if (stream) byParticipant.set(feed.participantId, stream);
    }
    return byParticipant;
  }, [feeds, byFeed]);

  const me = state.me?.participantId ?? null;
  const stats = useLinkStats(
    {
      publisher: () => publisher.current,
      subscriber: () => subscriber.current,
      participantOfFeed: (feedId) => feedsRef.current.find((f) => f.feedId === feedId)?.participantId,
      me,
    },
    connection === 'connected',
  );

  const leave = useCallback(async () => {
    clearTimeout(retryTimer.current);
    retryTimer.current = undefined;
    setLeft(true);
    await apiRef.current.leave();
  }, []);

  return { local, connection, remote, activeSpeakerId: stats.speaker, network: stats.network, leave };
}
