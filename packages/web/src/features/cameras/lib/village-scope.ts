import { type Jurisdiction, type Permission, ROLE_PERMISSIONS, type Role } from '@fengqiao/domain';

const VILLAGE_LEVELS = new Set(['village', 'community']);

function isWithin(place: Jurisdiction, rootId: string, byId: ReadonlyMap<string, Jurisdiction>): boolean {
  for (let node: Jurisdiction | undefined = place; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    if (node.id === rootId) return true;
  }
  return false;
}

/**
 * The villages and communities a permission of the caller reaches, by the same reach rules the server's access
 * module applies to role grants (a town reach covers the grant's whole town, an assigned one its subtree), so a
 * picker never offers a village the server would refuse.
 */
export function villagesInScope(
  jurisdictions: readonly Jurisdiction[],
  grants: ReadonlyArray<{ role: Role; jurisdictionId: string }>,
  permission: Permission,
): Jurisdiction[] {
  const byId = new Map(jurisdictions.map((place) => [place.id, place]));
  const villages = jurisdictions.filter((place) => VILLAGE_LEVELS.has(place.level));
  const reached = new Set<string>();
  for (const grant of grants) {
    const reach = ROLE_PERMISSIONS[grant.role][permission];
    const root = byId.get(grant.jurisdictionId);
    if (!reach || !root) continue;
    const townId = root.level === 'town' ? root.id : root.townId;
    const townWide = root.level !== 'county' && reach !== 'assigned' && townId !== null;
    for (const village of villages) {
      const inside = townWide ? village.townId === townId : isWithin(village, root.id, byId);
      if (inside) reached.add(village.id);
    }
  }
  return villages.filter((village) => reached.has(village.id));
}
