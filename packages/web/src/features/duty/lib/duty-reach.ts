import { ROLE_PERMISSIONS, type Role } from '@fengqiao/domain';
import { type VillageGrant, villageGrants } from '../../../mobile/my-village';

type Grant = { role: Role; jurisdictionId: string; jurisdictionName: string };

/**
 * What the duty screens need to know of the user's grants: the one village their entries default to (a village
 * auxiliary officer's; the server fills it in, so the form need not ask), and whether they read more than one
 * village (then the list offers village and officer filters, and the form asks for the village).
 */
export function dutyReach(roles: readonly Grant[]): { ownVillage: VillageGrant | null; wide: boolean } {
  const logging = roles.filter((grant) => ROLE_PERMISSIONS[grant.role]['duty.log']);
  const villages = villageGrants(logging);
  const villageOnly = new Set(villageGrants(roles).map((grant) => grant.jurisdictionId));
  const wide = roles.some(
    (grant) => ROLE_PERMISSIONS[grant.role]['duty.read'] && !villageOnly.has(grant.jurisdictionId),
  );
  return { ownVillage: villages.length === 1 ? (villages[0] ?? null) : null, wide };
}
