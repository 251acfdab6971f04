import type { Db, Tx } from '../db/database';
import { type AuditEvent, audit } from './audit/audit';
import type { RequestContext } from './context';
import type { NotificationBus, NotificationMessage } from './realtime/notification-bus';
import { type NewNotification, writeNotifications } from './realtime/notifications.service';

/**
 * One caller's change: its writes, its audit rows and its notification rows in one transaction, and the
 * notifications pushed only once that transaction has committed (pushing earlier could announce a change that then
 * rolls back). A service method takes an optional open unit of work so that another module's service can call it
 * inside its own change: the incidents module registering a dispute from a referral commits or rolls back both.
 */
export class UnitOfWork {
  private readonly pending: NotificationMessage[] = [];

  constructor(
    readonly tx: Tx,
    readonly ctx: RequestContext,
  ) {}

  audit(event: AuditEvent): Promise<void> {
    return audit(this.tx, this.ctx, event);
  }

  /** Writes the notification rows now; they reach the users' sockets after the commit. */
  async notify(input: NewNotification): Promise<void> {
    this.pending.push(...(await writeNotifications(this.tx, input)));
  }

  /** The messages to push once the outermost transaction commits. */
  published(): readonly NotificationMessage[] {
    return this.pending;
  }
}

export interface UnitOfWorkDeps {
  db: Db;
  bus: NotificationBus;
}

/**
 * Runs `work` in a new unit of work, or inside `joined` when the caller already has one open (its transaction,
 * audit chain and notifications then carry this work too, and the caller's commit publishes them).
 */
export async function inUnitOfWork<T>(
  deps: UnitOfWorkDeps,
  ctx: RequestContext,
  work: (uow: UnitOfWork) => Promise<T>,
  joined?: UnitOfWork,
): Promise<T> {
  if (joined) {
    // A joined call acts for the same caller: audit rows must not name someone else inside one change.
    if (joined.ctx !== ctx) throw new Error('a unit of work is joined only by the caller that opened it');
    return work(joined);
  }
  let uow: UnitOfWork | undefined;
  const result = await deps.db.transaction().execute((tx) => {
    uow = new UnitOfWork(tx, ctx);
    return work(uow);
  });
  if (uow) deps.bus.publish(uow.published());
  return result;
}
