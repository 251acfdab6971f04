import type { JurisdictionLevel } from '@fengqiao/domain';
import { inScope, type Scope } from '../../platform/access/access';
import type { JurisdictionRow } from './jurisdictions.repository';
import { scopedJurisdiction } from './record-access';

/** People are registered where they live: a village, a community or a group of one. */
export const PERSON_HOME_LEVELS: readonly JurisdictionLevel[] = ['village', 'community', 'group'];

export type PersonHome = JurisdictionRow & { town_id: string };

/**
 * Whether a jurisdiction can hold a new or moved person for this caller: it exists, is a village,
 * community or group, and lies inside the caller's person.manage scope. Anything else is
 * JURISDICTION_UNKNOWN, so ids outside one's area reveal nothing.
 */
export function isPersonHome(row: JurisdictionRow | null | undefined, manageScope: Scope): row is PersonHome {
  return (
    !!row &&
    row.town_id !== null &&
    PERSON_HOME_LEVELS.some((level) => level === row.level) &&
    inScope(manageScope, scopedJurisdiction(row))
  );
}
