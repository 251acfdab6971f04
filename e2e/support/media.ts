import fs from 'node:fs';

/**
 * Whether the media e2e can run here: Janus and ffmpeg installed. Missing, the media specs skip, unless
 * FENGQIAO_REQUIRE_MEDIA=1 (CI installs both), which turns a missing Janus into a failure.
 */
export function e2eMediaAvailable(): boolean {
  const present = ['/usr/bin/janus', '/usr/bin/ffmpeg'].every((binary) => {
    try {
      fs.accessSync(binary, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!present && process.env.FENGQIAO_REQUIRE_MEDIA === '1') {
    throw new Error('FENGQIAO_REQUIRE_MEDIA=1 but /usr/bin/janus or /usr/bin/ffmpeg is missing');
  }
  return present;
}
