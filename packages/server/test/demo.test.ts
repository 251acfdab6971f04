import { addDays, DUTY_TYPES, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMaliang } from '../src/demo/maliang';
import { testDialects } from './support/databases';
import { loginAs } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'Fengqiao@2026';
// The demo ends "today"; new cases are numbered in the current year, so the test seeds at the real time.
const NOW = new Date();

interface ListItem {
  id: string;
  number: string;
  summary: string;
  state: string;
  riskGrade: string;
}

describe.each(testDialects())('the Maliang demo on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedMaliang(t.deps, PASSWORD, NOW);
  }, 120_000);
  afterAll(async () => t.close());

  it('holds about 18 months of disputes across the villages with a mix of outcomes', async () => {
    const rows = await t.deps.db.selectFrom('disputes').select(['state', 'tier', 'created_at']).execute();
    expect(rows.length).toBeGreaterThan(300);
    const states = new Set(rows.map((r) => r.state));
    for (const state of ['CLOSED', 'DIVERTED', 'ESCALATED_COUNTY']) expect(states).toContain(state);
    expect(rows.some((r) => r.state !== 'CLOSED' && r.state !== 'DIVERTED' && r.state !== 'ESCALATED_COUNTY')).toBe(
      true,
    );
    const oldest = rows.map((r) => r.created_at).sort()[0] ?? '';
    const months = (NOW.getTime() - Date.parse(oldest)) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(15);
    expect(months).toBeLessThan(19);
    expect(rows.every((r) => r.created_at <= NOW.toISOString())).toBe(true);
  });

  it('includes the story cases: 段江村 online mediation and the 鸡冠河村 task force', async () => {
    const chief = await loginAs(t.app, 'chief', PASSWORD);
    const search = async (q: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/disputes?q=${encodeURIComponent(q)}&limit=50`,
          headers: chief.headers(),
        })
      ).json().items as ListItem[];
    const jiguan = (await search('孟永福'))[0];
    expect(jiguan).toBeDefined();
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/disputes/${jiguan?.id}`, headers: chief.headers() })
    ).json();
    expect(detail.timeline.map((e: { toState: string | null }) => e.toState)).toContain('TASKFORCE');
    expect(detail.grievanceYears).toBeGreaterThanOrEqual(6);
    const duanjiang = (await search('李春林'))[0];
    expect(duanjiang).toBeDefined();
    const mediations = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/disputes/${duanjiang?.id}/mediations`,
        headers: chief.headers(),
      })
    ).json();
    const sessions = mediations.flatMap((m: { sessions: { mode: string }[] }) => m.sessions);
    expect(sessions.some((s: { mode: string }) => s.mode === 'online')).toBe(true);
  });

  it('continues numbering after the demo cases', async () => {
    const last = await t.deps.db
      .selectFrom('disputes')
      .select('number')
      .where('number', 'like', `%-${NOW.getFullYear()}-%`)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    const chief = await loginAs(t.app, 'chief', PASSWORD);
    const village = await t.deps.db
      .selectFrom('jurisdictions')
      .select('id')
      .where('name', '=', '双坪村')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: chief.headers(),
      payload: {
        jurisdictionId: village.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里排水纠纷',
        peopleInvolved: 2,
      },
    });
    expect(res.statusCode).toBe(201);
    const seq = (n: string) => Number(n.split('-').at(-1));
    expect(seq(res.json().number)).toBe(seq(last.number) + 1);
  });

  it('holds a year of duty logs for every village auxiliary officer, more on working days, ending yesterday', async () => {
    const logs = await t.deps.db
      .selectFrom('duty_logs')
      .select(['jurisdiction_id', 'officer_user_id', 'type', 'occurred_on'])
      .execute();
    const villages = await t.deps.db
      .selectFrom('jurisdictions')
      .select('id')
      .where('level', 'in', ['village', 'community'])
      .execute();
    expect(new Set(logs.map((l) => l.jurisdiction_id)).size).toBe(villages.length);
    expect(new Set(logs.map((l) => l.officer_user_id)).size).toBe(villages.length);
    expect(new Set(logs.map((l) => l.type)).size).toBe(DUTY_TYPES.length);
    const days = logs.map((l) => l.occurred_on).sort();
    const today = shanghaiDate(NOW);
    expect(days.at(-1)).toBe(addDays(today, -1));
    expect(days[0]).toBe(addDays(today, -365));
    const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    const onWeekends = logs.filter((l) => weekend(l.occurred_on)).length;
    // Two weekend days against five working days: per day, working days carry well over twice as many entries.
    expect((logs.length - onWeekends) / 5).toBeGreaterThan((onWeekends / 2) * 2);

    const aux = await loginAs(t.app, 'auxiliary', PASSWORD);
    const calendar = await t.app.inject({
      method: 'GET',
      url: `/api/v1/duty-logs/calendar?month=${addDays(today, -31).slice(0, 7)}`,
      headers: aux.headers(),
    });
    expect(calendar.statusCode).toBe(200);
    expect(calendar.json().days.length).toBeGreaterThan(10);
    const linked = await t.deps.db.selectFrom('duty_log_links').select('kind').execute();
    expect(linked.length).toBeGreaterThan(100);
  });
});
