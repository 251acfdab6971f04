/**
 * Whether live video can be played at all (architecture.md § Media): the media server is configured and answers,
 * is configured but unreachable, or is not configured (then the page shows the one command that fixes it).
 */
import { z } from 'zod';

export const MEDIA_STATES = ['ready', 'not_configured', 'unreachable'] as const;
export type MediaStateCode = (typeof MEDIA_STATES)[number];

/** The Debian packages a single-machine installation needs for live video. */
export const MEDIA_FIX_COMMAND = 'sudo apt-get install -y janus ffmpeg';

export const mediaStatusSchema = z.object({
  state: z.enum(MEDIA_STATES),
  fixCommand: z.string().optional(),
});
export type MediaStatusView = z.infer<typeof mediaStatusSchema>;
