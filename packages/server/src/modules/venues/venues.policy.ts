import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may see and keep venues and their sharing agreements. Reading follows `camera.read` (the station, the
 * governance office and the monitoring centre the whole town, a village's auxiliary officer his village); every
 * change (venues, their cameras, agreements, revocations, signed documents) follows `camera.manage` over the venue's
 * village. Which cameras anyone may actually open is not decided here: the registry's visibility rule reads the
 * consents an agreement writes. The presenters ask the same checker for `actions`, so a button shows exactly when
 * its request works.
 */

const READ: Permission = 'camera.read';
const MANAGE: Permission = 'camera.manage';
const UNMASK: Permission = 'person.unmask';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

type VenueLike = { town_id: string; jurisdiction_id: string };

export function scopedVenue(venue: VenueLike): ScopedRecord {
  return { townId: venue.town_id, jurisdictionId: venue.jurisdiction_id };
}

/** The scope of what a caller may list (FORBIDDEN without camera.read anywhere). */
export function venueReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this venue. */
export async function requireVenueRead(
  db: Executor,
  ctx: RequestContext,
  venue: VenueLike | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, READ, venue ? scopedVenue(venue) : null);
}

/** Where the caller may register venues (FORBIDDEN without camera.manage anywhere). */
export function venueManageScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, MANAGE);
}

/**
 * The village a new venue is filed under: VENUE_VILLAGE_NOT_FOUND alike for an unknown id, a place that is not a
 * village or community, and one out of the caller's camera.manage reach.
 */
export function requireVenueVillage(
  scope: Scope,
  village: { id: string; town_id: string | null; level: string } | null | undefined,
): asserts village is { id: string; town_id: string; level: string } {
  if (!village?.town_id || !VILLAGE_LEVELS.includes(village.level)) throw new AppError('VENUE_VILLAGE_NOT_FOUND');
  if (!inScope(scope, { townId: village.town_id, jurisdictionId: village.id })) {
    throw new AppError('VENUE_VILLAGE_NOT_FOUND');
  }
}

/** The `actions` of venues, resolved once per list: edit, attach cameras and add agreements under camera.manage. */
export async function venueActionsChecker(db: Executor, ctx: RequestContext): Promise<(venue: VenueLike) => string[]> {
  const check = await actionsChecker(db, ctx, { edit: MANAGE, cameras: MANAGE, agreement: MANAGE });
  return (venue) => check(scopedVenue(venue));
}

/** The `actions` of agreements (of a venue the caller reads): revoke (while not revoked) and upload the document. */
export async function agreementActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(agreement: VenueLike & { revoked_at: string | null }) => string[]> {
  const check = await actionsChecker(db, ctx, { revoke: MANAGE, document: MANAGE });
  return (agreement) =>
    check(scopedVenue(agreement)).filter((action) => action !== 'revoke' || agreement.revoked_at === null);
}

/** Whether the caller may see a contact's phone in clear (person.unmask over the person), resolved once. */
export async function contactUnmaskChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(person: { town_id: string | null; jurisdiction_id: string }) => boolean> {
  const check = await actionsChecker(db, ctx, { unmask: UNMASK });
  return (person) => check({ townId: person.town_id, jurisdictionId: person.jurisdiction_id }).includes('unmask');
}

/** FORBIDDEN unless the caller may take `action` on a record they already may read. */
export function requireAction(actions: readonly string[], action: string): void {
  if (!actions.includes(action)) throw new AppError('FORBIDDEN');
}
