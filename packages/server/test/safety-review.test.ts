import { addDays, addMonths, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Issue #10 review: races and leaks of the hazards and anti-fraud modules. */
describe.each(testDialects())('hazards and anti-fraud under review on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  const today = shanghaiDate(new Date());

  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    aux = await loginAs(t.app, 'aux');
  });
  afterAll(async () => t.close());

  it('records two install counts for the same village and day at once: one row, no 500', async () => {
    const base = await send(aux, 'POST', '/api/v1/antifraud/bases', {
      villageId: town.shuangping.id,
      measure: 'households',
      count: 400,
      effectiveFrom: addMonths(today, -3),
    });
    expect(base.statusCode).toBe(201);
    for (const offset of [-1, -2, -3, -4]) {
      const day = addDays(today, offset);
      const answers = await Promise.all(
        [300, 310, 320].map((installs) =>
          send(aux, 'POST', '/api/v1/antifraud/installs', { villageId: town.shuangping.id, day, installs }),
        ),
      );
      for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
      const rows = await t.deps.db
        .selectFrom('antifraud_installs')
        .selectAll()
        .where('jurisdiction_id', '=', town.shuangping.id)
        .where('day', '=', day)
        .execute();
      expect(rows).toHaveLength(1);
    }
  });

  it('sets two bases for the same village and day at once: one row, no 500', async () => {
    for (const offset of [-10, -11, -12]) {
      const effectiveFrom = addMonths(today, offset);
      const answers = await Promise.all(
        [500, 510, 520].map((count) =>
          send(aux, 'POST', '/api/v1/antifraud/bases', {
            villageId: town.shuangping.id,
            measure: 'households',
            count,
            effectiveFrom,
          }),
        ),
      );
      for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
    }
  });
});
