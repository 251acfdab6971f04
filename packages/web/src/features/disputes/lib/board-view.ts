import type { Role } from '@fengqiao/domain';

/** Whose board it is: the chief's overview, the 综治办's board, or a district officer's own districts. */
export type BoardKind = 'chief' | 'office' | 'officer';

/**
 * The board a user gets from their roles. A district officer reads the whole town but works only their districts,
 * so their board and list ask the server for `mine` (the cases they may work); the chief and the office see all.
 */
export function boardViewOf(roles: ReadonlyArray<{ role: Role }>): { kind: BoardKind; mine: boolean } {
  const held = new Set(roles.map((grant) => grant.role));
  if (held.has('chief')) return { kind: 'chief', mine: false };
  if (held.has('zongzhiban')) return { kind: 'office', mine: false };
  if (held.has('officer')) return { kind: 'officer', mine: true };
  return { kind: 'office', mine: false };
}
