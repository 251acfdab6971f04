import crypto from 'node:crypto';
import Janode from 'janode';
import VideoRoomPlugin, { type VideoRoomHandle } from 'janode/plugins/videoroom';
import { messageOf, withTimeout } from './janus-calls';
import type { PublisherSession, RoomSessionEndReason, SubscriberSession } from './media-rooms';
import { type Jsep, MediaUnavailableError } from './media-server';

/**
 * The publisher and subscriber sessions of the videoroom half (janus-rooms.ts): one janode handle each, ended once
 * whoever ends it (the app, the browser hanging up, ICE failing, the room going away), listeners told once.
 */

/** Hangs up and detaches a handle, each step bounded; errors are moot once the handle is gone. */
export async function hangUp(handle: VideoRoomHandle, timeoutMs: number): Promise<void> {
  await withTimeout(handle.hangup(), timeoutMs).catch(() => undefined);
  await withTimeout(handle.detach(), timeoutMs).catch(() => undefined);
}

/** What publishers and subscribers share: one handle, ended once, listeners told once. */
export abstract class RoomHandleSession {
  readonly id = crypto.randomUUID();
  protected ended = false;
  private readonly listeners: ((reason: RoomSessionEndReason) => void)[] = [];

  constructor(
    readonly key: string,
    readonly participantKey: string,
    protected readonly handle: VideoRoomHandle,
    protected readonly timeoutMs: number,
    private readonly forget: (id: string) => void,
  ) {
    handle.once(Janode.EVENT.HANDLE_HANGUP, () => void this.teardown('hangup'));
    handle.once(Janode.EVENT.HANDLE_DETACHED, () => this.end('hangup'));
    handle.once(Janode.EVENT.HANDLE_ICE_FAILED, () => void this.teardown('media_error'));
    handle.once(VideoRoomPlugin.EVENT.VIDEOROOM_DESTROYED, () => void this.teardown('closed'));
  }

  async close(): Promise<void> {
    await this.teardown('closed');
  }

  onEnded(listener: (reason: RoomSessionEndReason) => void): void {
    if (!this.ended) this.listeners.push(listener);
  }

  /** Marks the session ended once and tells the listeners; the handle is left to whoever ended it. */
  end(reason: RoomSessionEndReason): void {
    if (this.ended) return;
    this.ended = true;
    this.forget(this.id);
    for (const listener of this.listeners.splice(0)) listener(reason);
  }

  protected async teardown(reason: RoomSessionEndReason): Promise<void> {
    if (this.ended) return;
    this.end(reason);
    await hangUp(this.handle, this.timeoutMs);
  }
}

export class JanusPublisher extends RoomHandleSession implements PublisherSession {
  constructor(
    key: string,
    participantKey: string,
    readonly feedId: string,
    readonly answer: Jsep,
    handle: VideoRoomHandle,
    timeoutMs: number,
    forget: (id: string) => void,
  ) {
    super(key, participantKey, handle, timeoutMs, forget);
    handle.on(VideoRoomPlugin.EVENT.VIDEOROOM_KICKED, (data: { feed?: number }) => {
      if (String(data.feed) === feedId) void this.teardown('closed');
    });
  }
}

export class JanusSubscriber extends RoomHandleSession implements SubscriberSession {
  /** Janus waits for the browser's answer to the last offer before it takes another update. */
  private awaitingAnswer = true;

  constructor(
    key: string,
    participantKey: string,
    readonly offer: Jsep,
    private feeds: string[],
    handle: VideoRoomHandle,
    timeoutMs: number,
    forget: (id: string) => void,
    private readonly room: { publishing(requested: readonly string[]): Promise<string[]> },
  ) {
    super(key, participantKey, handle, timeoutMs, forget);
  }

  async answer(jsep: Jsep): Promise<void> {
    if (this.ended) throw new MediaUnavailableError('the subscriber has ended');
    if (jsep.type !== 'answer') throw new MediaUnavailableError('the browser must send an answer');
    if (!this.awaitingAnswer) throw new MediaUnavailableError('no offer is waiting for an answer');
    this.awaitingAnswer = false;
    try {
      await withTimeout(this.handle.start({ jsep: { type: 'answer', sdp: jsep.sdp } }), this.timeoutMs);
    } catch (error) {
      await this.teardown('media_error');
      throw new MediaUnavailableError(`the media server refused the answer: ${messageOf(error)}`);
    }
  }

  async update(feedIds: readonly string[]): Promise<Jsep | null> {
    if (this.ended) throw new MediaUnavailableError('the subscriber has ended');
    // Janus would postpone the new offer and push it later as an event, which no request would carry to the browser.
    if (this.awaitingAnswer) throw new MediaUnavailableError('the previous offer has not been answered yet');
    const wanted = await this.room.publishing(feedIds);
    const add = wanted.filter((feed) => !this.feeds.includes(feed));
    const remove = this.feeds.filter((feed) => !wanted.includes(feed));
    if (add.length === 0 && remove.length === 0) return null;
    let reply: { jsep?: { type: 'offer' | 'answer'; sdp: string } };
    try {
      reply = await withTimeout(
        this.handle.update({
          ...(add.length > 0 ? { subscribe: add.map((feed) => ({ feed: Number(feed) })) } : {}),
          ...(remove.length > 0 ? { unsubscribe: remove.map((feed) => ({ feed: Number(feed) })) } : {}),
        }),
        this.timeoutMs,
      );
    } catch (error) {
      throw new MediaUnavailableError(`the media server refused the update: ${messageOf(error)}`);
    }
    this.feeds = wanted;
    if (reply.jsep?.type !== 'offer') return null;
    this.awaitingAnswer = true;
    return { type: 'offer', sdp: reply.jsep.sdp };
  }
}
