// Benchmark (issue #12): an online mediation room with 4 participants. For each party, the time from the click on
// its invitation link (page.goto of /join/<token>) to the first frame of another participant on its screen (a tile
// of RoomStage with data-state="playing" whose video has decoded frames). Parties wait to be admitted: once by an
// API call as soon as the room's state shows them (the system's own time, not a mediator's reaction), once by a
// click on the officer's room page as soon as its waiting list shows them. Rooms are opened by the demo officer on
// the demo's 段江村 case that awaits its online session. Then the server's and Janus's CPU and memory while one
// room with 4 participants runs, against the same processes idle.
// Run: npm run build -w @fengqiao/web && npm run bench:room -w @fengqiao/bench
import fs from 'node:fs';
import os from 'node:os';
import type { Page as ApiPage, Dispute, Mediation, RoomState, RoomView } from '@fengqiao/domain';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser';
import { startDemoServer } from '../../e2e/support/server';
import { apiGet, logIn } from '../../e2e/support/session';
import { percentile } from './bench-kit';

const ROUNDS = Number(process.env.ROOM_BENCH_ROUNDS ?? 8);
const PARTIES = 3;
const SAMPLE_SECONDS = Number(process.env.ROOM_BENCH_SAMPLE_SECONDS ?? 30);
const GOAL_MS = 3_000;
const FRAME_TIMEOUT_MS = 30_000;
/** The demo's case waiting for its online session (maliang-disputes.stories.ts). */
const LIVE_CASE_PARTY = '陈秀兰';

interface Invitation {
  id: string;
  token: string;
  link: string;
}

/** The officer's API, in Node with the officer's cookies (the browser context's), so pages' threads stay free. */
class StaffApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly csrf: string,
  ) {}

  static async of(context: BrowserContext, baseURL: string): Promise<StaffApi> {
    const me = await (await context.request.get(`${baseURL}/api/v1/auth/me`)).json();
    return new StaffApi(context.request, me.csrfToken as string);
  }

  async get<T>(url: string): Promise<T> {
    const res = await this.request.get(url);
    if (!res.ok()) throw new Error(`GET ${url}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async post<T>(url: string, data: unknown = {}, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
    const res = await this.request.fetch(url, { method, data, headers: { 'X-CSRF-Token': this.csrf } });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

type AdmitMode = 'api' | 'page';

/**
 * Admits every participant who waits, until stopped: `api` by an admit call as soon as the room's state shows
 * them (the system's own time), `page` by clicking 准入 on the officer's room page as soon as the button shows (the
 * page's waiting list, refreshed by its poll). `admitted` gets each participant's id and when the admission was done.
 */
function autoAdmit(
  mode: AdmitMode,
  api: StaffApi,
  officerPage: Page,
  base: string,
  roomId: string,
  admitted: Map<string, number>,
): () => Promise<void> {
  let running = true;
  const viaApi = async () => {
    const state = await api.get<RoomState>(`${base}/api/v1/mediation-rooms/${roomId}/state`);
    for (const p of state.participants) {
      if (p.status !== 'waiting' || admitted.has(p.id)) continue;
      admitted.set(p.id, Number.NaN);
      await api.post(`${base}/api/v1/mediation-rooms/${roomId}/participants/${p.id}/admit`);
      admitted.set(p.id, Date.now());
    }
  };
  const viaPage = async () => {
    const button = officerPage.locator('[data-testid^="room-admit-"]').first();
    const testId = await button.getAttribute('data-testid', { timeout: 200 }).catch(() => null);
    const id = testId?.slice('room-admit-'.length);
    if (!id || admitted.has(id)) return;
    admitted.set(id, Number.NaN);
    await button.click();
    admitted.set(id, Date.now());
  };
  let failure: unknown = null;
  const loop = (async () => {
    while (running) {
      await (mode === 'api' ? viaApi() : viaPage());
      await new Promise((r) => setTimeout(r, 50));
    }
  })().catch((error: unknown) => {
    // Kept for stop(): thrown here, it would surface only as an unhandled rejection after the browser closed.
    failure = error;
  });
  return async () => {
    running = false;
    await loop;
    if (failure) throw failure;
  };
}

/**
 * Waits until the page shows a tile of one of `others` (the participants admitted before this party clicked)
 * playing: `data-state="playing"` and frames decoded in its video. Resolves with Date.now() at that moment.
 */
async function firstRemoteFrame(page: Page, others: ReadonlySet<string>): Promise<number> {
  const deadline = Date.now() + FRAME_TIMEOUT_MS;
  for (;;) {
    const playing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-participant-id][data-state="playing"]')].map((tile) => {
        const video = tile.querySelector('video');
        return {
          id: tile.dataset.participantId ?? '',
          frames: video?.getVideoPlaybackQuality().totalVideoFrames ?? 0,
        };
      }),
    );
    const remote = playing.find((tile) => others.has(tile.id) && tile.frames > 0);
    if (remote) return Date.now();
    if (Date.now() > deadline) {
      throw new Error(
        `no remote frame within ${FRAME_TIMEOUT_MS} ms on ${page.url()}: tiles ${JSON.stringify(playing)}, expected one of ${[...others].join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Join {
  /** Link click → first remote frame. */
  ms: number;
  /** Link click → the guest session (landing page loaded, 进入 tapped, POST /room-guest/enter answered). */
  enterMs: number;
  /** → admitted (the party's wait in the waiting room until the admission was done). */
  waitMs: number;
  /** Admitted → first remote frame (the page learns of the admission, publishes, subscribes, ICE, first frame). */
  mediaMs: number;
}

/**
 * The party's part: open the link, tap 进入 on the landing page, wait in the waiting room, get the first remote
 * frame. `others` are the participants already in the room; the party's own participant is the one admitted since.
 */
async function joinAsParty(
  browser: Browser,
  base: string,
  invitation: Invitation,
  others: ReadonlySet<string>,
  admitted: ReadonlyMap<string, number>,
): Promise<{ context: BrowserContext; join: Join }> {
  const context = await browser.newContext({ baseURL: base, locale: 'zh-CN' });
  await context.grantPermissions(['camera', 'microphone']);
  const page = await context.newPage();
  const entered = page
    .waitForResponse((res) => res.url().endsWith('/api/v1/room-guest/enter'), { timeout: FRAME_TIMEOUT_MS })
    .then(() => Date.now());
  const clicked = Date.now();
  await page.goto(invitation.link);
  await page.getByTestId('guest-enter').click();
  const frame = await firstRemoteFrame(page, others);
  const enteredAt = await entered;
  const own = [...admitted.keys()].find((id) => !others.has(id));
  const admittedAt = own === undefined ? Number.NaN : (admitted.get(own) ?? Number.NaN);
  return {
    context,
    join: {
      ms: frame - clicked,
      enterMs: enteredAt - clicked,
      waitMs: admittedAt - enteredAt,
      mediaMs: frame - admittedAt,
    },
  };
}

/** utime + stime of a process in seconds, and its resident memory in MB. */
function processUsage(pid: number): { cpu: number; rssMb: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpu: ticks / CLOCK_TICKS, rssMb: rssKb / 1024 };
}

// Linux's USER_HZ: 100 on every architecture Debian ships.
const CLOCK_TICKS = 100;

/** The pid of the process listening for the demo server and of the Janus it launched (its child). */
function serverAndJanus(port: number): { server: number; janus: number } {
  const pids = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  const read = (pid: string, file: string) => {
    try {
      return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return '';
    }
  };
  const server = pids.find((pid) => {
    const environ = read(pid, 'environ').split('\0');
    return read(pid, 'cmdline').includes('fengqiao.js') && environ.includes(`PORT=${port}`);
  });
  if (!server) throw new Error('demo server process not found');
  const janus = pids.find(
    (pid) => read(pid, 'comm').trim() === 'janus' && read(pid, 'stat').split(') ')[1]?.split(' ')[1] === server,
  );
  if (!janus) throw new Error('the demo server launched no Janus');
  return { server: Number(server), janus: Number(janus) };
}

/** CPU % of one core and mean RSS of each process over `seconds`. */
async function sample(pids: { server: number; janus: number }, seconds: number) {
  const before = { server: processUsage(pids.server), janus: processUsage(pids.janus) };
  const rss = { server: [] as number[], janus: [] as number[] };
  const t0 = performance.now();
  for (let s = 0; s < seconds; s++) {
    await new Promise((r) => setTimeout(r, 1_000));
    rss.server.push(processUsage(pids.server).rssMb);
    rss.janus.push(processUsage(pids.janus).rssMb);
  }
  const wall = (performance.now() - t0) / 1_000;
  const after = { server: processUsage(pids.server), janus: processUsage(pids.janus) };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    serverCpu: ((after.server.cpu - before.server.cpu) / wall) * 100,
    janusCpu: ((after.janus.cpu - before.janus.cpu) / wall) * 100,
    serverMb: mean(rss.server),
    janusMb: mean(rss.janus),
  };
}

/** Opens a room and joins it as its host; returns the room and the host's participant id. */
async function openRoom(api: StaffApi, base: string, mediationId: string): Promise<{ id: string; host: string }> {
  const room = await api.post<RoomView>(`${base}/api/v1/mediations/${mediationId}/rooms`, {});
  await api.post(`${base}/api/v1/mediation-rooms/${room.id}/join`);
  const state = await api.get<RoomState>(`${base}/api/v1/mediation-rooms/${room.id}/state`);
  return { id: room.id, host: state.me.participantId };
}

/**
 * The three people invited by link: the case's two parties (by their party record) and the village committee's
 * cadre without an account (a guest by name), so the room has 4 participants with the officer.
 */
type Invitee = { partyId: string } | { displayName: string; kind: 'cadre' };

async function invite(api: StaffApi, base: string, roomId: string, invitee: Invitee): Promise<Invitation> {
  return api.post<Invitation>(`${base}/api/v1/mediation-rooms/${roomId}/invitations`, invitee);
}

async function closeRoom(api: StaffApi, base: string, roomId: string): Promise<void> {
  await api.post(`${base}/api/v1/mediation-rooms/${roomId}/close`, { outcome: 'adjourned', record: '基准测试' });
}

const server = await startDemoServer({ media: true });
const browser = await launchBrowser();
const base = server.url;
try {
  const officer = await logIn(browser, base, 'officer', { width: 1440, height: 900 });
  await officer.context.grantPermissions(['camera', 'microphone']);
  const api = await StaffApi.of(officer.context, base);
  const found = await apiGet<ApiPage<{ id: string }>>(
    officer.page,
    `/api/v1/disputes?q=${encodeURIComponent(LIVE_CASE_PARTY)}&limit=5`,
  );
  const disputeId = found.items[0]?.id;
  const dispute = await api.get<Dispute>(`${base}/api/v1/disputes/${disputeId}`);
  const invitees: Invitee[] = [
    ...dispute.parties.map((p) => ({ partyId: p.id })),
    { displayName: '段江村村委会干部', kind: 'cadre' as const },
  ].slice(0, PARTIES);
  const mediations = await api.get<Mediation[]>(`${base}/api/v1/disputes/${disputeId}/mediations`);
  const mediation = mediations.find((m) => m.status === 'open');
  if (!mediation) throw new Error(`the demo case of ${LIVE_CASE_PARTY} has no open mediation`);

  const results: Record<AdmitMode, Joins> = { api: newJoins(), page: newJoins() };
  const plan: AdmitMode[] = ['api', ...Array.from({ length: ROUNDS }, (): AdmitMode => 'api')];
  for (let i = 0; i < ROUNDS; i++) plan.push('page');
  let usage: { load: number; busy: Usage; idle: Usage } | null = null;
  for (const [round, mode] of plan.entries()) {
    const room = await openRoom(api, base, mediation.id);
    await officer.page.goto(`/mediation-rooms/${room.id}`);
    const admitted = new Map<string, number>();
    const stopAdmitting = autoAdmit(mode, api, officer.page, base, room.id, admitted);
    const parties: BrowserContext[] = [];
    for (let n = 1; n <= PARTIES; n++) {
      const invitation = await invite(api, base, room.id, invitees[n - 1] as Invitee);
      // Remote for this party: the host and the parties admitted before its click, never its own tile.
      const others = new Set([room.host, ...admitted.keys()]);
      const party = await joinAsParty(browser, base, invitation, others, admitted);
      parties.push(party.context);
      // Round 0 warms Janus, the server's code paths and Chromium: not counted.
      if (round > 0) {
        results[mode].all.push(party.join);
        results[mode].byPosition[n - 1]?.push(party.join.ms);
      }
    }
    await stopAdmitting();
    if (round === ROUNDS) {
      // The last API-admitted room stays up with its 4 participants for the resource sample.
      const load = os.loadavg()[0] ?? 0;
      const pids = serverAndJanus(Number(new URL(base).port));
      const busy = await sample(pids, SAMPLE_SECONDS);
      for (const party of parties) await party.close();
      await closeRoom(api, base, room.id);
      await officer.page.goto('about:blank');
      await new Promise((r) => setTimeout(r, 5_000));
      usage = { load, busy, idle: await sample(pids, SAMPLE_SECONDS) };
    } else {
      for (const party of parties) await party.close();
      await closeRoom(api, base, room.id);
    }
  }
  report(results, usage);
  await officer.context.close();
} finally {
  await browser.close();
  await server.stop();
}

interface Joins {
  all: Join[];
  byPosition: number[][];
}

function newJoins(): Joins {
  return { all: [], byPosition: Array.from({ length: PARTIES }, () => []) };
}

type Usage = Awaited<ReturnType<typeof sample>>;

function report(results: Record<AdmitMode, Joins>, usage: { load: number; busy: Usage; idle: Usage } | null): void {
  const line = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`;
  };
  console.log(
    `party link click → first remote frame, ${ROUNDS} rooms × ${PARTIES} parties per admission mode (4 participants at the end), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const mode of ['api', 'page'] as const) {
    const { all, byPosition } = results[mode];
    const totals = all.map((j) => j.ms);
    const p95 = percentile(
      [...totals].sort((a, b) => a - b),
      95,
    );
    const how =
      mode === 'api' ? 'admitted by an API call as soon as waiting' : 'admitted by a click on the officer’s page';
    console.log(`  ${how}: ${line(totals)} (goal p95 < ${GOAL_MS} ms: ${p95 < GOAL_MS ? 'met' : 'missed'})`);
    console.log(`    click → guest session: ${line(all.map((j) => j.enterMs))}`);
    console.log(`    guest session → admitted: ${line(all.map((j) => j.waitMs))}`);
    console.log(`    admitted → first remote frame: ${line(all.map((j) => j.mediaMs))}`);
    for (const [i, values] of byPosition.entries()) {
      console.log(`    party ${i + 1} (${i + 1} already in the room): ${line(values)}`);
    }
  }
  if (!usage) return;
  const { load, busy, idle } = usage;
  console.log(
    `one room with 4 participants for ${SAMPLE_SECONDS} s (load average ${load.toFixed(1)}), against the same processes idle afterwards:`,
  );
  console.log(
    `  server: ${busy.serverCpu.toFixed(1)} % of a core (idle ${idle.serverCpu.toFixed(1)} %), RSS ${busy.serverMb.toFixed(0)} MB (idle ${idle.serverMb.toFixed(0)} MB)`,
  );
  console.log(
    `  Janus:  ${busy.janusCpu.toFixed(1)} % of a core (idle ${idle.janusCpu.toFixed(1)} %), RSS ${busy.janusMb.toFixed(0)} MB (idle ${idle.janusMb.toFixed(0)} MB)`,
  );
  console.log(
    `  per room: server +${(busy.serverCpu - idle.serverCpu).toFixed(1)} % of a core, +${(busy.serverMb - idle.serverMb).toFixed(0)} MB; Janus +${(busy.janusCpu - idle.janusCpu).toFixed(1)} % of a core, +${(busy.janusMb - idle.janusMb).toFixed(0)} MB`,
  );
}
