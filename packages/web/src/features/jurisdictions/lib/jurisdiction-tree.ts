import { JURISDICTION_LEVELS, type Jurisdiction, type JurisdictionLevel } from '@fengqiao/domain';

export interface JurisdictionNode extends Jurisdiction {
  children?: JurisdictionNode[];
}

export type LevelCounts = Record<JurisdictionLevel, number>;

const LEVEL_RANK = new Map<JurisdictionLevel, number>(JURISDICTION_LEVELS.map((level, index) => [level, index]));
// Villages and communities are siblings of equal standing; their codes decide the order.
LEVEL_RANK.set('community', LEVEL_RANK.get('village') ?? 0);

function compareSiblings(a: Jurisdiction, b: Jurisdiction): number {
  const byLevel = (LEVEL_RANK.get(a.level) ?? 0) - (LEVEL_RANK.get(b.level) ?? 0);
  if (byLevel !== 0) return byLevel;
  // Communities (001–199) sort before villages (200–399) by code, which is how the statistics office lists them.
  if (a.code && b.code && a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.code && !b.code) return -1;
  if (!a.code && b.code) return 1;
  // numeric: 第2片区 before 第10片区.
  return a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true });
}

function childrenByParent(items: readonly Jurisdiction[]): Map<string, Jurisdiction[]> {
  const map = new Map<string, Jurisdiction[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    const siblings = map.get(item.parentId);
    if (siblings) siblings.push(item);
    else map.set(item.parentId, [item]);
  }
  for (const siblings of map.values()) siblings.sort(compareSiblings);
  return map;
}

/**
 * Nests the flat list the API returns. The caller's scope may start below the county, so any item whose parent
 * is not in the list is a root. With `rootId`, only that item and what lies under it.
 */
export function buildJurisdictionTree(items: readonly Jurisdiction[], rootId?: string): JurisdictionNode[] {
  const byParent = childrenByParent(items);
  const ids = new Set(items.map((item) => item.id));
  const build = (item: Jurisdiction, seen: Set<string>): JurisdictionNode => {
    // Guards against a cycle in bad data, which would otherwise hang the page.
    if (seen.has(item.id)) return { ...item };
    seen.add(item.id);
    const children = (byParent.get(item.id) ?? []).map((child) => build(child, seen));
    return children.length > 0 ? { ...item, children } : { ...item };
  };
  const roots =
    rootId === undefined
      ? items.filter((item) => item.parentId === null || !ids.has(item.parentId)).sort(compareSiblings)
      : items.filter((item) => item.id === rootId);
  return roots.map((root) => build(root, new Set()));
}

/** Every item under `rootId` (not the root itself), or every item when no root is given. */
export function descendantsOf(items: readonly Jurisdiction[], rootId?: string): Jurisdiction[] {
  if (rootId === undefined) return [...items];
  const byParent = childrenByParent(items);
  const result: Jurisdiction[] = [];
  const seen = new Set<string>([rootId]);
  const queue = [...(byParent.get(rootId) ?? [])];
  while (queue.length > 0) {
    const item = queue.shift()!;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    result.push(item);
    queue.push(...(byParent.get(item.id) ?? []));
  }
  return result;
}

export function countLevels(items: readonly Jurisdiction[]): LevelCounts {
  const counts: LevelCounts = { county: 0, town: 0, district: 0, village: 0, community: 0, group: 0 };
  for (const item of items) counts[item.level] += 1;
  return counts;
}

/** Adds up a figure over villages and communities only, so group figures (part of a village) are not counted twice. */
export function sumOverVillages(items: readonly Jurisdiction[], field: 'population' | 'households'): number {
  return items
    .filter((item) => item.level === 'village' || item.level === 'community')
    .reduce((total, item) => total + (item[field] ?? 0), 0);
}

/** Keys to open by default: everything above village level, so villages are visible but their groups are not. */
export function defaultExpandedKeys(nodes: readonly JurisdictionNode[]): string[] {
  const keys: string[] = [];
  const walk = (node: JurisdictionNode) => {
    if (!node.children || node.level === 'village' || node.level === 'community') return;
    keys.push(node.id);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return keys;
}

/** Finds an item's chain of ancestors, root first, for a breadcrumb. */
export function ancestorsOf(items: readonly Jurisdiction[], id: string): Jurisdiction[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const chain: Jurisdiction[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current !== null && !chain.some((item) => item.id === current)) {
    const parent = byId.get(current);
    if (!parent) break;
    chain.unshift(parent);
    current = parent.parentId;
  }
  return chain;
}

/** Every node below the given ones, depth first. */
export function flattenNodes(nodes: readonly JurisdictionNode[]): JurisdictionNode[] {
  const result: JurisdictionNode[] = [];
  const walk = (node: JurisdictionNode) => {
    result.push(node);
    node.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return result;
}
