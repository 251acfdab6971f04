/**
 * The part of janode 1.8 (Meetecho's Node adapter for Janus; plain JavaScript) the media adapter uses. Only what
 * janus-media-server.ts and janus-rooms.ts call is declared: a wider janode surface would be typed by guesswork.
 */
declare module 'janode' {
  import type { EventEmitter } from 'node:events';

  export interface JanodeJsep {
    type: 'offer' | 'answer';
    sdp: string;
  }

  /** Janus's raw reply to a plugin message (`plugindata.data` is the plugin's own answer). */
  export interface JanusPluginReply {
    janus: string;
    plugindata?: { plugin: string; data: Record<string, unknown> };
    jsep?: JanodeJsep;
  }

  export interface JanodeHandle extends EventEmitter {
    readonly id: number;
    message(body: Record<string, unknown>, jsep?: JanodeJsep): Promise<JanusPluginReply>;
    hangup(): Promise<unknown>;
    detach(): Promise<unknown>;
  }

  export interface JanodeSession extends EventEmitter {
    readonly id: number;
    attach<H extends JanodeHandle>(plugin: JanodePlugin<H>): Promise<H>;
    destroy(): Promise<unknown>;
  }

  export interface JanodeConnection extends EventEmitter {
    create(keepaliveSeconds?: number): Promise<JanodeSession>;
    close(): Promise<unknown>;
    getInfo(): Promise<Record<string, unknown>>;
  }

  export interface JanodePlugin<H extends JanodeHandle> {
    id: string;
    Handle: new (...args: never[]) => H;
    EVENT: Record<string, string>;
  }

  export interface JanodeServer {
    url: string;
    apisecret?: string;
  }

  const Janode: {
    connect(config: {
      address: JanodeServer | JanodeServer[];
      retry_time_secs?: number;
      max_retries?: number;
    }): Promise<JanodeConnection>;
    Logger: { setLevel(level: 'none' | 'error' | 'warning' | 'info' | 'verbose' | 'debug'): string };
    EVENT: {
      CONNECTION_CLOSED: string;
      CONNECTION_ERROR: string;
      SESSION_DESTROYED: string;
      HANDLE_DETACHED: string;
      HANDLE_HANGUP: string;
      HANDLE_ICE_FAILED: string;
      HANDLE_WEBRTCUP: string;
    };
  };
  // biome-ignore lint/style/noDefaultExport: janode's own module shape (a default export), declared as it is
  export default Janode;
}

declare module 'janode/plugins/streaming' {
  import type { JanodeHandle, JanodeJsep, JanodePlugin } from 'janode';

  export interface StreamingStatus {
    status: string;
    jsep?: JanodeJsep;
  }

  export interface StreamingHandle extends JanodeHandle {
    watch(params: {
      id: number;
      pin?: string;
      video?: boolean;
      audio?: boolean;
      data?: boolean;
    }): Promise<StreamingStatus>;
    start(params: { jsep: JanodeJsep }): Promise<StreamingStatus>;
  }

  const StreamingPlugin: JanodePlugin<StreamingHandle> & {
    EVENT: { STREAMING_STATUS: string; STREAMING_ERROR: string };
  };
  // biome-ignore lint/style/noDefaultExport: janode's own module shape (a default export), declared as it is
  export default StreamingPlugin;
}

declare module 'janode/plugins/videoroom' {
  import type { JanodeHandle, JanodeJsep, JanodePlugin } from 'janode';

  export interface VideoRoomParticipant {
    feed: number;
    display?: string;
    /** Whether it publishes now (WebRTC up). */
    publisher: boolean;
  }

  export interface VideoRoomHandle extends JanodeHandle {
    create(params: {
      room: number;
      description: string;
      max_publishers: number;
      permanent: boolean;
      is_private: boolean;
      secret: string;
      pin: string;
      audiocodec: string;
      videocodec: string;
      talking_events: boolean;
      notify_joining: boolean;
      record: boolean;
      rec_dir: string;
    }): Promise<{ room: number }>;
    destroy(params: { room: number; secret: string; permanent: boolean }): Promise<unknown>;
    exists(params: { room: number }): Promise<{ exists: boolean }>;
    list(): Promise<{ list: { room: number; description?: string }[] }>;
    listParticipants(params: { room: number }): Promise<{ participants: VideoRoomParticipant[] }>;
    kick(params: { room: number; feed: number; secret: string }): Promise<unknown>;
    enable_recording(params: { room: number; secret: string; record: boolean }): Promise<{ record: boolean }>;
    allow(params: {
      room: number;
      action: 'enable' | 'disable' | 'add' | 'remove';
      list?: string[];
      secret: string;
    }): Promise<{ list: string[] }>;
    joinConfigurePublisher(params: {
      room: number;
      pin: string;
      display: string;
      token?: string;
      jsep: JanodeJsep;
    }): Promise<{ feed: number; jsep?: JanodeJsep }>;
    joinSubscriber(params: {
      room: number;
      pin: string;
      streams: { feed: number }[];
      autoupdate: boolean;
      use_msid: boolean;
    }): Promise<{ jsep?: JanodeJsep; streams?: { feed_id?: number }[] }>;
    start(params: { jsep: JanodeJsep }): Promise<unknown>;
    update(params: { subscribe?: { feed: number }[]; unsubscribe?: { feed: number }[] }): Promise<{
      jsep?: JanodeJsep;
    }>;
  }

  const VideoRoomPlugin: JanodePlugin<VideoRoomHandle> & {
    EVENT: { VIDEOROOM_DESTROYED: string; VIDEOROOM_KICKED: string; VIDEOROOM_ERROR: string };
  };
  // biome-ignore lint/style/noDefaultExport: janode's own module shape (a default export), declared as it is
  export default VideoRoomPlugin;
}
