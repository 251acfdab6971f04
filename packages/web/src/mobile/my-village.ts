import { type JurisdictionLevel, ROLE_SCOPE_LEVELS, type Role } from '@fengqiao/domain';

export interface VillageGrant {
  jurisdictionId: string;
  jurisdictionName: string;
}

const VILLAGE_LEVELS: readonly JurisdictionLevel[] = ['village', 'community'];

/**
 * The villages a user looks after (for the 我的村 button). When the jurisdiction list is at hand its level
 * decides; otherwise roles that can only be granted on a village or community (auxiliary, cadre) count.
 */
export function villageGrants(
  roles: ReadonlyArray<{ role: Role; jurisdictionId: string; jurisdictionName: string }>,
  levelOf: (jurisdictionId: string) => JurisdictionLevel | undefined = () => undefined,
): VillageGrant[] {
  const result: VillageGrant[] = [];
  for (const grant of roles) {
    const level = levelOf(grant.jurisdictionId);
    const isVillage =
      level !== undefined
        ? VILLAGE_LEVELS.includes(level)
        : ROLE_SCOPE_LEVELS[grant.role].every((allowed) => VILLAGE_LEVELS.includes(allowed as JurisdictionLevel));
    if (isVillage && !result.some((existing) => existing.jurisdictionId === grant.jurisdictionId)) {
      result.push({ jurisdictionId: grant.jurisdictionId, jurisdictionName: grant.jurisdictionName });
    }
  }
  return result;
}
