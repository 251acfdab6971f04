import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/browser';
import { useDemoSuite } from '../support/demo-suite';

/** The media status as a demo account sees it, through the API (a session cookie, no page needed). */
async function mediaStatusAs(url: string, username: string): Promise<unknown> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const res = await fetch(`${url}/api/v1/video/media-status`, { headers: { cookie } });
  return res.json();
}

describe('the demo with live video: npm start on a machine with Janus and ffmpeg', () => {
  const demo = useDemoSuite({ media: true });

  it('launches its own Janus, so the duty staff see the media server ready', async () => {
    expect(await mediaStatusAs(demo.server.url, 'chief')).toEqual({ state: 'ready' });
  });
});

describe('the demo without live video (FENGQIAO_MEDIA_LAUNCH=off, as on a machine without Janus)', () => {
  const demo = useDemoSuite();

  it('says the media server is not configured and gives the install command', async () => {
    expect(await mediaStatusAs(demo.server.url, 'officer')).toEqual({
      state: 'not_configured',
      fixCommand: 'sudo apt-get install -y janus ffmpeg',
    });
  });
});
