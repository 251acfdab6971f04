import { consentWindow, type Role, type ViewPurpose } from '@fengqiao/domain';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { insertConsents, listCameraRowsByIds, revokeConsentRows, setCamerasVenue } from './cameras.repository';

/**
 * What the venues module asks of the registry, inside its own unit of work (its transaction and audit): the consents
 * of a sharing agreement, their revocation, and marking cameras as a venue's.
 */

export interface AgreementConsents {
  agreementId: string;
  cameraIds: readonly string[];
  roles: readonly Role[];
  purposes: readonly ViewPurpose[];
  allowsPlayback: boolean;
  startsOn: string;
  lastDay: string;
}

/** One consent per camera for the agreement's period; CONSENT_WINDOW_INVALID when it ends before it starts. */
export async function recordAgreementConsents(uow: UnitOfWork, input: AgreementConsents): Promise<void> {
  const window = consentWindow(input.startsOn, input.lastDay);
  if (!window.ok) throw new AppError(window.code);
  const cameraIds = [...new Set(input.cameraIds)];
  if ((await listCameraRowsByIds(uow.tx, cameraIds)).length !== cameraIds.length) {
    throw new AppError('CAMERA_NOT_FOUND');
  }
  const createdAt = nowIso();
  await insertConsents(
    uow.tx,
    cameraIds.map((cameraId) => ({
      row: {
        id: newId(),
        camera_id: cameraId,
        agreement_id: input.agreementId,
        allows_playback: input.allowsPlayback ? 1 : 0,
        purposes: [...new Set(input.purposes)],
        starts_at: window.window.startsAt,
        expires_at: window.window.expiresAt,
        revoked_at: null,
        revoked_by: null,
        created_by: uow.ctx.actor?.userId ?? null,
        created_at: createdAt,
      },
      roles: [...new Set(input.roles)],
    })),
  );
  await uow.audit({
    action: 'camera.consent.add',
    targetType: 'venue_agreement',
    targetId: input.agreementId,
    detail: { cameras: cameraIds.length, startsOn: input.startsOn, lastDay: input.lastDay },
  });
}

/** Revokes every standing consent of the agreement at once; gives the cameras affected (to close open views). */
export async function revokeAgreementConsents(uow: UnitOfWork, agreementId: string): Promise<string[]> {
  const cameraIds = await revokeConsentRows(uow.tx, { agreementId }, nowIso(), uow.ctx.actor?.userId ?? null);
  await uow.audit({
    action: 'camera.consent.revoke',
    targetType: 'venue_agreement',
    targetId: agreementId,
    detail: { cameras: cameraIds.length },
  });
  return cameraIds;
}

/** Marks the cameras as the venue's (kind venue): their consents then come from the venue's agreements. */
export async function attachCamerasToVenue(
  uow: UnitOfWork,
  venueId: string,
  cameraIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(cameraIds)];
  if ((await listCameraRowsByIds(uow.tx, ids)).length !== ids.length) throw new AppError('CAMERA_NOT_FOUND');
  await setCamerasVenue(uow.tx, ids, venueId, nowIso());
  await uow.audit({ action: 'camera.venue', targetType: 'venue', targetId: venueId, detail: { cameras: ids.length } });
}
