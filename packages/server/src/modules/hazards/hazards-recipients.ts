import type { HazardAssigneeKind, HazardVerifierSide } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { listDepartmentUsers } from '../disputes/disputes.repository';
import { listHazardRoleUsers } from './hazards.repository';

/**
 * The accounts on a hazard's rectifying side: the village's auxiliary officer and cadres, or the assigned
 * department's active staff; nobody before it is assigned.
 */
export async function rectifierUsers(
  db: Executor,
  hazard: {
    town_id: string;
    jurisdiction_id: string;
    assignee_kind: HazardAssigneeKind | null;
    assignee_organization_id: string | null;
  },
): Promise<string[]> {
  if (hazard.assignee_kind === 'department') {
    return hazard.assignee_organization_id ? listDepartmentUsers(db, [hazard.assignee_organization_id]) : [];
  }
  if (hazard.assignee_kind !== 'village') return [];
  return listHazardRoleUsers(db, { townId: hazard.town_id, jurisdictionId: hazard.jurisdiction_id }, [
    'auxiliary',
    'village_cadre',
  ]);
}

/**
 * The accounts on a hazard's verifying side: its heads — the station chiefs for the police, the 综治办 for the
 * governance office — and, for the police, the responsible officer when the record names one.
 */
export async function verifierUsers(
  db: Executor,
  hazard: { town_id: string; verifier_side: HazardVerifierSide; responsible_user_id: string | null },
): Promise<string[]> {
  const heads = await listHazardRoleUsers(
    db,
    { townId: hazard.town_id },
    hazard.verifier_side === 'police' ? ['chief'] : ['zongzhiban'],
  );
  const responsible =
    hazard.verifier_side === 'police' && hazard.responsible_user_id ? [hazard.responsible_user_id] : [];
  return [...new Set([...heads, ...responsible])];
}
