/**
 * Where a camera's video comes from, as the media adapter needs it (architecture.md § Media). The media server
 * pulls RTSP itself, receives RTP that a camera, encoder or gateway pushes, or (a GB/T 28181 deployment) asks the
 * gateway for the device's channel; `none` is a camera registered before its stream is wired.
 */
import { z } from 'zod';

export const STREAM_SOURCE_KINDS = ['rtsp', 'rtp', 'gb28181', 'none'] as const;
export type StreamSourceKind = (typeof STREAM_SOURCE_KINDS)[number];

export const VIDEO_CODECS = ['vp8', 'h264'] as const;
export type VideoCodec = (typeof VIDEO_CODECS)[number];

export const streamSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rtsp'),
    url: z
      .string()
      .max(500)
      .regex(/^rtsps?:\/\/[^\s]+$/),
  }),
  // No port: the media server opens one when the mountpoint is made (the demo's test streams push there).
  z.object({
    kind: z.literal('rtp'),
    videoPort: z.number().int().min(1024).max(65535).optional(),
    codec: z.enum(VIDEO_CODECS),
  }),
  z.object({ kind: z.literal('gb28181') }),
  z.object({ kind: z.literal('none') }),
]);
export type StreamSource = z.infer<typeof streamSourceSchema>;
