/**
 * Who may watch a camera (domain.md §9): the camera is in the viewer's video.view scope; one of the camera's groups
 * is granted to the viewer in person or to one of the roles through which the viewer reaches the camera; and, for
 * household and venue cameras, a live consent names one of those roles and the purpose. Public cameras need no
 * consent. Anything else answers as if the camera did not exist. The server's SQL (modules/cameras/
 * camera-visibility.ts) applies the same rule to many cameras at once; this is its statement and its test.
 */
import type { Role } from '../accounts/roles';
import { type ConsentFacts, consentAllows, type ViewPurpose } from './consent';

export const CAMERA_KINDS = ['public', 'household', 'venue'] as const;
export type CameraKind = (typeof CAMERA_KINDS)[number];

/** Kinds whose video belongs to someone who must consent before anyone watches. */
export function cameraNeedsConsent(kind: CameraKind): boolean {
  return kind !== 'public';
}

export interface CameraGrantFacts {
  role: Role | null;
  accountId: string | null;
}

export interface CameraVisibilityInput {
  camera: { kind: CameraKind; active: boolean };
  viewer: {
    accountId: string;
    /** The viewer's roles whose video.view scope reaches the camera's village (empty: out of scope). */
    rolesReaching: readonly Role[];
  };
  /** The grants of every group the camera belongs to. */
  grants: readonly CameraGrantFacts[];
  consents: readonly ConsentFacts[];
  purpose: ViewPurpose;
  at: string;
}

/** Whether the grant covers the viewer: to them in person, or to a role they reach the camera with. */
export function grantCovers(grant: CameraGrantFacts, viewer: CameraVisibilityInput['viewer']): boolean {
  if (grant.accountId !== null) return grant.accountId === viewer.accountId;
  return grant.role !== null && viewer.rolesReaching.includes(grant.role);
}

export function cameraVisible(input: CameraVisibilityInput): boolean {
  const { camera, viewer } = input;
  if (!camera.active || viewer.rolesReaching.length === 0) return false;
  if (!input.grants.some((grant) => grantCovers(grant, viewer))) return false;
  if (!cameraNeedsConsent(camera.kind)) return true;
  return input.consents.some((consent) =>
    consentAllows(consent, { roles: viewer.rolesReaching, purpose: input.purpose, at: input.at }),
  );
}
