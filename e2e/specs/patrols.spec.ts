import {
  formatBeijingDateTime,
  type Jurisdiction,
  type Page as ListPage,
  type PatrolCheckIn,
  type PatrolCheckpoint,
  type PatrolCheckpointCode,
  type PatrolShiftDetail,
  type PatrolTeam,
  type PatrolTeamDetail,
  shanghaiTimeOfDay,
  shiftContaining,
} from '@fengqiao/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/browser';
import { useDemoSuite } from '../support/demo-suite';
import { apiSend } from '../support/disputes-api';
import { apiGet, logIn, PHONE } from '../support/session';

const DESKTOP = { width: 1440, height: 900 } as const;

// The shift is a setting (22:00–06:00 by default), and the test runs at any hour: its server starts with a shift from
// an hour ago to three hours ahead, Shanghai time, so "now" is inside tonight's shift whatever the clock says.
const now = Date.now();
const SHIFT = {
  start: shanghaiTimeOfDay(new Date(now - 60 * 60_000)),
  end: shanghaiTimeOfDay(new Date(now + 180 * 60_000)),
};

/** The demo's volunteer of the 双坪 team, and the team's leader (the 双坪村 auxiliary officer). */
const VOLUNTEER = 'patrol01';
const LEADER = 'auxiliary';

interface Plan {
  team: PatrolTeamDetail;
  volunteerName: string;
  checkpoint: PatrolCheckpoint;
  token: string;
  shiftDay: string;
}

/**
 * The volunteer's team and a checkpoint in its area, found as the chief; the team is put on tonight's rota (the demo
 * has it there already, and a night already on it is skipped).
 */
async function planAsChief(page: Page): Promise<Plan> {
  const shiftDay = shiftContaining(new Date(), SHIFT)?.day;
  if (!shiftDay) throw new Error('the test shift does not hold now');
  const teams = await apiGet<ListPage<PatrolTeam>>(page, '/api/v1/patrols/teams?limit=200');
  const places = (await apiGet<{ items: Jurisdiction[] }>(page, '/api/v1/jurisdictions')).items;
  const checkpoints = await apiGet<ListPage<PatrolCheckpoint>>(page, '/api/v1/patrols/checkpoints?limit=200');
  for (const listed of teams.items.filter((team) => team.active)) {
    const team = await apiGet<PatrolTeamDetail>(page, `/api/v1/patrols/teams/${listed.id}`);
    const member = team.members.find((m) => m.username === VOLUNTEER);
    if (!member?.username) continue;
    // The team's area is a district or villages; a checkpoint lies in a village.
    const areaIds = new Set(team.areas.map((area) => area.id));
    const inArea = (villageId: string) =>
      areaIds.has(villageId) || areaIds.has(places.find((p) => p.id === villageId)?.parentId ?? '');
    const checkpoint = checkpoints.items.find((c) => c.active && inArea(c.villageId));
    if (!checkpoint) continue;
    const code = await apiGet<PatrolCheckpointCode>(page, `/api/v1/patrols/checkpoints/${checkpoint.id}/code`);
    expect(code.url.endsWith(`/c/${code.token}`)).toBe(true);
    const rota = await apiSend<unknown>(page, 'POST', '/api/v1/patrols/shifts', { teamId: team.id, days: [shiftDay] });
    expect(rota.status).toBe(201);
    return { team, volunteerName: member.name, checkpoint, token: code.token, shiftDay };
  }
  throw new Error(`no active team with ${VOLUNTEER} and a checkpoint in its area`);
}

describe('night patrol check-in in Chromium, on the Maliang demo', () => {
  const demo = useDemoSuite({ FENGQIAO_PATROL_SHIFT_START: SHIFT.start, FENGQIAO_PATROL_SHIFT_END: SHIFT.end });
  let plan: Plan | undefined;
  let checkIn: PatrolCheckIn | undefined;

  it('a patrol member opens a checkpoint link on a phone, logs in once, and checks in with one tap', async () => {
    const chief = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    plan = await planAsChief(chief.page);
    await chief.context.close();

    // A phone that has never logged in, scanning the code: the QR link, with the position allowed.
    const context = await demo.browser.newContext({
      baseURL: demo.server.url,
      locale: 'zh-CN',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      geolocation: { latitude: 31.6, longitude: 111.7, accuracy: 15 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    const link = `/c/${encodeURIComponent(plan.token)}`;
    await page.goto(link);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-username').fill(VOLUNTEER);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    // The login page returns to the checkpoint with its token.
    await page.waitForURL((url) => url.pathname === link);

    await page.getByTestId('check-in-page').waitFor();
    expect(await page.getByTestId('check-in-checkpoint').textContent()).toContain(plan.checkpoint.name);
    expect(await page.getByTestId('check-in-team').textContent()).toContain(plan.team.name);
    const button = page.getByTestId('check-in-submit');
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
    await button.click();

    await page.getByTestId('check-in-done').waitFor();
    const listed = await apiGet<ListPage<PatrolCheckIn>>(
      page,
      `/api/v1/patrols/check-ins?teamId=${plan.team.id}&from=${plan.shiftDay}&to=${plan.shiftDay}&limit=50`,
    );
    checkIn = listed.items.find((c) => c.checkpointId === plan?.checkpoint.id && c.personName === plan.volunteerName);
    if (!checkIn) throw new Error('the check-in is not listed');
    expect(checkIn.shiftDay).toBe(plan.shiftDay);
    expect(checkIn.position).toMatchObject({ lat: 31.6, lng: 111.7 });
    expect(await page.getByTestId('check-in-time').textContent()).toContain(formatBeijingDateTime(checkIn.at));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'e2e/results/patrol-check-in-phone.png' }).catch(() => undefined);

    // Scanning the same code again on this shift: the page says so in plain words and offers no second check-in.
    await page.goto(link);
    await page.getByTestId('check-in-page').waitFor();
    expect(await page.getByTestId('check-in-submit').count()).toBe(0);
    expect(await page.textContent('body')).toContain('已经签过到了');
    await context.close();
  });

  it('the chief sees the check-in in the patrol log, at its checkpoint and Beijing time', async () => {
    if (!plan || !checkIn) throw new Error('the check-in of the first test is missing');
    const { context, page } = await logIn(demo.browser, demo.server.url, 'chief', DESKTOP);
    await page.getByTestId('nav-patrols').click();
    await page.getByTestId('patrol-night-table').waitFor();
    await page.goto(`/patrols?teamId=${plan.team.id}&from=${plan.shiftDay}&to=${plan.shiftDay}`);
    const night = page.getByTestId('patrol-night-row').first();
    await night.waitFor();
    expect(await night.textContent()).toContain(plan.team.name);
    await night.click();
    const row = page.getByTestId('patrol-checkin-row').filter({ hasText: plan.volunteerName }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(plan.checkpoint.name);
    expect(text).toContain(formatBeijingDateTime(checkIn.at));
    const detail = await apiGet<PatrolShiftDetail>(page, `/api/v1/patrols/shifts/${checkIn.shiftId}`);
    expect(detail.checkIns.map((c) => c.id)).toContain(checkIn.id);
    await page.screenshot({ path: 'e2e/results/patrol-log-chief.png' }).catch(() => undefined);
    await context.close();
  });

  it('the team leader writes tonight’s log on a phone in three taps from the patrol log', async () => {
    if (!plan || !checkIn) throw new Error('the check-in of the first test is missing');
    const { context, page } = await logIn(demo.browser, demo.server.url, LEADER, PHONE);
    await page.getByTestId('home-patrols').click();
    await page.waitForURL((url) => url.pathname === '/patrols');
    await page.getByTestId('patrol-night-cards').waitFor();
    // The three taps: 填写日志 on tonight's card (only the leader's own night has it), the finding, 保存日志.
    await page.getByTestId('patrol-write-log').first().click();
    await page.getByTestId('patrol-finding-nothing').click();
    await page.getByTestId('patrol-log-save').click();
    await page.getByTestId('patrol-log-save').waitFor({ state: 'detached' });
    const detail = await apiGet<PatrolShiftDetail>(page, `/api/v1/patrols/shifts/${checkIn.shiftId}`);
    expect(detail.log?.findings.map((f) => f.kind)).toEqual(['nothing']);
    expect(await page.getByTestId('patrol-write-log').count()).toBe(0);
    await context.close();
  });
});
