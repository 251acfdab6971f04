import {
  boardPeriods,
  DISPUTE_STATES,
  DISPUTE_TIERS,
  type DisputeBoard,
  type DisputeListItem,
  isDueSoon,
  RISK_GRADES,
  urgencyRank,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('dispute board and urgency order on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  const district1Ids: string[] = [];
  const allIds: string[] = [];
  let oldClosedId = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const act = (s: Session, id: string, action: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1/disputes/${id}/actions/${action}`, headers: s.headers(), payload });

  /** Every item of a list, page by page (small pages so the keyset is exercised). */
  const listAll = async (s: Session, params: string, limit = 4): Promise<DisputeListItem[]> => {
    const out: DisputeListItem[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/disputes?${params}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(s, url);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: DisputeListItem[]; nextCursor: string | null };
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  const board = async (s: Session, params = '') => {
    const res = await get(s, `/api/v1/disputes/board?${params}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DisputeBoard;
  };

  const register = async (jurisdictionId: string, extra: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: chief.headers(),
      payload: {
        jurisdictionId,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里纠纷',
        parties: [{ role: 'applicant', name: '张三' }],
        ...extra,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    allIds.push(id);
    return id;
  };

  const setDeadline = (id: string, at: string) =>
    t.deps.db.updateTable('disputes').set({ deadline_at: at }).where('id', '=', id).execute();

  const closeCase = async (id: string) => {
    for (const [action, payload] of [
      ['start_village_handling', {}],
      ['resolve', { reason: '双方和解' }],
      ['start_follow_up', {}],
      ['close', {}],
    ] as const) {
      const res = await act(chief, id, action, payload);
      expect(res.statusCode, res.body).toBe(200);
    }
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer1', 'officer', town.district1.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer1');
    const hour = 3_600_000;
    const places = [town.shuangping.id, town.nanya.id, town.duanjiang.id];
    for (const [i, place] of places.entries()) {
      const inDistrict1 = place !== town.duanjiang.id;
      const ids = [
        await register(place),
        await register(place, { riskFlags: { threats: true } }),
        await register(place, { complexity: 'complex' }),
        await register(place),
        await register(place),
        await register(place, { peopleInvolved: 12 }),
      ];
      await setDeadline(ids[2] ?? '', new Date(Date.now() - (i + 1) * hour).toISOString());
      await setDeadline(ids[3] ?? '', new Date(Date.now() + (i + 2) * hour).toISOString());
      await closeCase(ids[4] ?? '');
      if (inDistrict1) district1Ids.push(...ids);
    }
    // One case closed last year (Shanghai): outside this year's figure, inside a range that reaches back.
    oldClosedId = allIds[4] ?? '';
    await t.deps.db
      .updateTable('dispute_timeline')
      .set({ at: '2025-06-30T16:30:00.000Z' })
      .where('dispute_id', '=', oldClosedId)
      .where('to_state', '=', 'CLOSED')
      .execute();
  });
  afterAll(async () => t.close());

  it('gives figures equal to what the list returns filtered the same way', async () => {
    const { today, monthStart, yearStart } = boardPeriods(new Date());
    const figures = await board(chief, 'closedFrom=2025-07-01&closedTo=2025-07-01');
    const count = async (params: string) => (await listAll(chief, params)).length;

    expect(figures.open.total).toBe(await count('open=true'));
    expect(figures.open.total).toBe(15);
    expect(figures.open.overdue).toBe(await count('open=true&overdue=true'));
    expect(figures.open.overdue).toBe(3);
    expect(figures.open.dueSoon).toBe(await count('open=true&dueSoon=true'));
    expect(figures.open.dueSoon).toBe(3);
    for (const tier of DISPUTE_TIERS) expect(figures.open.byTier[tier]).toBe(await count(`open=true&tier=${tier}`));
    for (const state of DISPUTE_STATES) {
      expect(figures.open.byState[state]).toBe(await count(`open=true&state=${state}`));
    }
    for (const risk of RISK_GRADES) expect(figures.open.byRisk[risk]).toBe(await count(`open=true&risk=${risk}`));
    expect(figures.open.byRisk.red).toBeGreaterThanOrEqual(3);

    expect(figures.closed.thisMonth).toBe(await count(`closedFrom=${monthStart}&closedTo=${today}`));
    expect(figures.closed.thisYear).toBe(await count(`closedFrom=${yearStart}&closedTo=${today}`));
    expect(figures.closed.thisYear).toBe(2);
    // 16:30 UTC on 30 June is 1 July in Shanghai.
    expect(figures.closed.range).toEqual({ from: '2025-07-01', to: '2025-07-01', count: 1 });
    expect((await listAll(chief, 'closedFrom=2025-07-01&closedTo=2025-07-01')).map((item) => item.id)).toEqual([
      oldClosedId,
    ]);
    expect(await count('closedTo=2025-06-30')).toBe(0);

    const village = await board(chief, `villageId=${town.duanjiang.id}`);
    expect(village.open.total).toBe(await count(`open=true&villageId=${town.duanjiang.id}`));
    expect(village.open.total).toBe(5);
  });

  it('scopes the board and the list to the districts a district officer works, on request', async () => {
    const open = new Set(
      (await t.deps.db.selectFrom('disputes').select(['id', 'state']).execute())
        .filter((row) => row.state !== 'CLOSED')
        .map((row) => row.id),
    );
    const mine = await listAll(officer, 'mine=true');
    expect(new Set(mine.map((item) => item.id))).toEqual(new Set(district1Ids));
    const figures = await board(officer, 'mine=true');
    expect(figures.open.total).toBe(district1Ids.filter((id) => open.has(id)).length);
    expect(figures.open.total).toBe(10);
    expect(figures.open.overdue).toBe(2);
    // Two of its cases were closed, one of them last year.
    expect(figures.closed.thisYear).toBe(1);
    for (const tier of DISPUTE_TIERS) {
      expect(figures.open.byTier[tier]).toBe((await listAll(officer, `mine=true&open=true&tier=${tier}`)).length);
    }
    // Without `mine` an officer reads the whole town, as before.
    expect((await board(officer)).open.total).toBe(15);
    expect((await listAll(officer, 'open=true')).length).toBe(15);
  });

  it('orders by urgency over all matching rows, page after page, and keeps newest-first by default', async () => {
    const asOf = new Date().toISOString();
    const urgent = await listAll(chief, 'order=urgency', 3);
    expect(urgent.map((item) => item.id).sort()).toEqual([...allIds].sort());
    const ranks = urgent.map((item) =>
      urgencyRank({ ...item, dueSoon: isDueSoon(item.state, item.deadlineAt, item.overdue, asOf) }),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.slice(0, 3)).toEqual([0, 0, 0]);
    expect(ranks).toContain(1);
    expect(ranks).toContain(2);
    for (let i = 1; i < urgent.length; i++) {
      if (ranks[i] === ranks[i - 1]) expect((urgent[i]?.id ?? '') < (urgent[i - 1]?.id ?? '')).toBe(true);
    }

    const newest = await listAll(chief, 'open=true', 5);
    expect(newest.map((item) => item.id)).toEqual(
      newest
        .map((item) => item.id)
        .sort()
        .reverse(),
    );

    const firstUrgent = (await get(chief, '/api/v1/disputes?order=urgency&limit=2')).json() as {
      nextCursor: string;
    };
    const mixed = await get(chief, `/api/v1/disputes?limit=2&cursor=${firstUrgent.nextCursor}`);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.code).toBe('VALIDATION_FAILED');
    for (const forged of [
      ['not a time', 1, 'x'],
      [new Date().toISOString(), 1.5, 'x'],
    ]) {
      const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url');
      const res = await get(chief, `/api/v1/disputes?order=urgency&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses a closed range that is not a date', async () => {
    const res = await get(chief, '/api/v1/disputes/board?closedFrom=2026-13-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
