import type { zhMedia } from './zh-media';

/** English for zh-media.ts. */
export const enMedia: Record<keyof typeof zhMedia, string> = {
  'media.notConfigured': 'No media server is configured: live video is not available yet',
  'media.notConfiguredHelp': 'Run this command on the server to install the media server and the test video sources:',
  'media.notConfiguredRestart':
    'Then restart Fengqiao. The camera registry, video patrol records and everything else work without it.',
  'media.unreachable': 'The media server cannot be reached',
  'media.unreachableHelp':
    'Fengqiao keeps reconnecting and live video comes back when it answers; if it stays away, call the system administrator.',
  'media.connectFailed': 'The video connection failed: check the network and try again',
  'media.connecting': 'Connecting the video…',
  'media.ended': 'The video has ended',
  'media.retry': 'Reconnect',
};
