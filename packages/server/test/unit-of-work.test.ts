import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisputesService } from '../src/modules/disputes/disputes.service';
import type { RequestContext } from '../src/platform/context';
import type { NotificationMessage } from '../src/platform/realtime/notification-bus';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import { callerWith, createAccount, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Another module's change that registers a dispute inside its own unit of work (the incidents module turning a
 * referral into a dispute): both commit together or neither does, and notifications leave only after the commit.
 */
describe.each(testDialects())('unit of work on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let disputes: DisputesService;
  let ctx: RequestContext;
  let chiefId: string;
  const pushed: NotificationMessage[] = [];

  const redDispute = (summary: string) => ({
    jurisdictionId: town.shuangping.id,
    category: 'neighbour',
    source: 'referral' as const,
    summary,
    complexity: 'general' as const,
    peopleInvolved: 2,
    riskFlags: { threats: true, weapons: false, domesticViolence: false, severeMentalDisorder: false },
  });
  const rowsAbout = async (summary: string) => {
    const found = await t.deps.db.selectFrom('disputes').select('id').where('summary', '=', summary).execute();
    const ids = found.map((row) => row.id);
    const notifications = ids.length
      ? await t.deps.db.selectFrom('notifications').select('id').where('target_id', 'in', ids).execute()
      : [];
    const audits = ids.length
      ? await t.deps.db.selectFrom('audit_log').select('seq').where('target_id', 'in', ids).execute()
      : [];
    return { disputes: ids.length, notifications: notifications.length, audits: audits.length };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    disputes = new DisputesService(t.deps);
    chiefId = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ctx = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
    t.deps.bus.subscribe(chiefId, (message) => pushed.push(message));
  });
  afterAll(async () => t.close());

  it('rolls a nested registration back, audit and notifications included, when the caller fails after it', async () => {
    pushed.length = 0;
    const summary = '转办后失败的纠纷';
    const failure = new Error('the referral could not be closed');
    const run = inUnitOfWork(t.deps, ctx, async (uow) => {
      const made = await disputes.register(ctx, redDispute(summary), uow);
      expect(made.riskGrade).toBe('red');
      const inside = await uow.tx.selectFrom('disputes').select('id').where('id', '=', made.id).execute();
      expect(inside).toHaveLength(1);
      throw failure;
    });
    await expect(run).rejects.toBe(failure);
    expect(await rowsAbout(summary)).toEqual({ disputes: 0, notifications: 0, audits: 0 });
    expect(pushed).toEqual([]);
  });

  it('commits a nested registration with the caller and pushes its alert only after the commit', async () => {
    pushed.length = 0;
    const summary = '转办成功的纠纷';
    const made = await inUnitOfWork(t.deps, ctx, async (uow) => {
      const dispute = await disputes.register(ctx, redDispute(summary), uow);
      await uow.audit({ action: 'test.referral.close', targetType: 'dispute', targetId: dispute.id });
      expect(pushed).toEqual([]);
      return dispute;
    });
    expect(await rowsAbout(summary)).toEqual({ disputes: 1, notifications: 1, audits: 2 });
    expect(pushed.map((message) => [message.kind, message.targetId])).toEqual([['dispute.risk_red', made.id]]);
  });

  it('is joined only by the caller that opened it', async () => {
    const other = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
    const run = inUnitOfWork(t.deps, ctx, (uow) => disputes.register(other, redDispute('别人的登记'), uow));
    await expect(run).rejects.toThrow('joined only by the caller');
    expect((await rowsAbout('别人的登记')).disputes).toBe(0);
  });
});
