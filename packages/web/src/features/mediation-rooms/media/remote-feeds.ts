/** Who publishes what in a room, as much of the polled room state as the media hook needs. */
export interface FeedSource {
  participants: readonly { id: string; status: string; feedId: string | null }[];
  me: { participantId: string } | null;
}

export interface RemoteFeed {
  participantId: string;
  feedId: string;
}

/**
 * The feeds to subscribe to: every other admitted participant who publishes, in a stable order (by feed id) so
 * the list only "changes" when someone starts or stops publishing, not when the poll returns them reordered.
 */
export function remoteFeeds(state: FeedSource): RemoteFeed[] {
  const me = state.me?.participantId;
  return state.participants
    .filter((p) => p.id !== me && p.status === 'admitted' && p.feedId)
    .map((p) => ({ participantId: p.id, feedId: p.feedId as string }))
    .sort((a, b) => (a.feedId < b.feedId ? -1 : a.feedId > b.feedId ? 1 : 0));
}

/** A key that changes exactly when the set of feeds does (React effect dependency, resubscribe trigger). */
export function feedsKey(feeds: readonly RemoteFeed[]): string {
  return feeds.map((f) => `${f.participantId}:${f.feedId}`).join(',');
}

/**
 * Which feed a received track belongs to. The media server names each subscribed stream after its publisher's
 * feed (videoroom `use_msid`), so the stream id normally says it; without that, tracks arrive in the order the
 * feeds were asked for, and the track goes to the first feed that has no track of its kind yet.
 */
export function trackFeed(
  streamId: string | undefined,
  kind: string,
  requested: readonly string[],
  kindsByFeed: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  if (streamId && requested.includes(streamId)) return streamId;
  const withoutIt = requested.find((feedId) => !kindsByFeed.get(feedId)?.has(kind));
  return withoutIt ?? null;
}
