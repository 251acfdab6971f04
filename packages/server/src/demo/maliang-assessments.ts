import { addMonths, shanghaiDate } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { listOfficerRows } from '../modules/assessments/assessments.repository';
import { AssessmentsService } from '../modules/assessments/assessments.service';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';

/**
 * Last month assessed and signed off by the chief (周建国) for every village auxiliary officer of Maliang, through
 * the assessment service itself: each scorecard is computed from whatever evidence the demo holds by now (duty
 * logs, incidents, mediations, follow-up visits) and frozen as signed; 双坪村's carries one adjustment with its
 * reason. Runs last in the seed's transaction.
 */
export async function seedMaliangAssessments(tx: Tx, deps: Deps, now: Date): Promise<number> {
  const chief = await findUserByUsername(tx, 'chief');
  if (!chief) throw new Error('demo: the chief account is missing');
  const grants = (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? [];
  const ctx = demoContext(chief, grants);
  const month = addMonths(`${shanghaiDate(now).slice(0, 7)}-01`, -1).slice(0, 7);
  const townIds = new Set(grants.flatMap((grant) => (grant.townId ? [grant.townId] : [])));
  const officers = await listOfficerRows(tx, { townIds, jurisdictionIds: new Set() });
  const assessments = new AssessmentsService(deps);
  const uow = new UnitOfWork(tx, ctx);
  for (const officer of officers) {
    // One adjustment with its reason, as a chief makes when paper records back up work the platform did not see.
    if (officer.village_name === '双坪村') {
      await assessments.adjust(
        ctx,
        month,
        officer.person_id,
        { item: 'follow_ups', kind: 'delta', points: 2, reason: '另有两次回访登记在村调委会纸质台账，经核实补计' },
        uow,
      );
    }
    await assessments.sign(ctx, month, officer.person_id, uow);
  }
  return officers.length;
}
