import type { Role, ViewPurpose } from '@fengqiao/domain';
import type { UnitOfWork } from '../../platform/unit-of-work';

export interface AgreementConsents {
  agreementId: string;
  cameraIds: readonly string[];
  roles: readonly Role[];
  purposes: readonly ViewPurpose[];
  allowsPlayback: boolean;
  startsOn: string;
  lastDay: string;
}

/** Records one consent per camera for a venue agreement, inside the venue service's unit of work. */
export async function recordAgreementConsents(_uow: UnitOfWork, _input: AgreementConsents): Promise<void> {}

/** Revokes every consent of a venue agreement at once, inside the venue service's unit of work. */
export async function revokeAgreementConsents(_uow: UnitOfWork, _agreementId: string): Promise<void> {}

/** Marks cameras as a venue's (kind venue), inside the venue service's unit of work. */
export async function attachCamerasToVenue(
  _uow: UnitOfWork,
  _venueId: string,
  _cameraIds: readonly string[],
): Promise<void> {}
