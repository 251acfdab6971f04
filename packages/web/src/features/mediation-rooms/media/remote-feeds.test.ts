import { describe, expect, it } from 'vitest';
import { feedsKey, remoteFeeds, trackFeed } from './remote-feeds';

const state = {
  me: { participantId: 'me' },
  participants: [
    { id: 'me', status: 'admitted', feedId: '900' },
    { id: 'p2', status: 'admitted', feedId: '300' },
    { id: 'p1', status: 'admitted', feedId: '100' },
    { id: 'waiting', status: 'waiting', feedId: null },
    { id: 'silent', status: 'admitted', feedId: null },
    { id: 'gone', status: 'removed', feedId: '500' },
  ],
};

describe('remote feeds', () => {
  it('are the other admitted participants who publish, in feed order', () => {
    expect(remoteFeeds(state)).toEqual([
      { participantId: 'p1', feedId: '100' },
      { participantId: 'p2', feedId: '300' },
    ]);
  });

  it('have a key that ignores the order of the poll but not a new feed', () => {
    const reordered = { ...state, participants: [...state.participants].reverse() };
    expect(feedsKey(remoteFeeds(reordered))).toBe(feedsKey(remoteFeeds(state)));
    const republished = {
      ...state,
      participants: state.participants.map((p) => (p.id === 'p1' ? { ...p, feedId: '101' } : p)),
    };
    expect(feedsKey(remoteFeeds(republished))).not.toBe(feedsKey(remoteFeeds(state)));
  });

  it('attribute a track to the feed its stream is named after', () => {
    expect(trackFeed('300', 'video', ['100', '300'], new Map())).toBe('300');
  });

  it('otherwise attribute tracks in the order the feeds were asked for', () => {
    const kinds = new Map([['100', new Set(['audio', 'video'])]]);
    expect(trackFeed('janus', 'audio', ['100', '300'], kinds)).toBe('300');
    expect(trackFeed('janus', 'audio', ['100', '300'], new Map())).toBe('100');
    const full = new Map([
      ['100', new Set(['audio'])],
      ['300', new Set(['audio'])],
    ]);
    expect(trackFeed(undefined, 'audio', ['100', '300'], full)).toBeNull();
  });
});
