import {
  type Camera,
  type CameraConsent,
  type CameraSourceView,
  type ConsentState,
  consentState,
  maskName,
  type StreamSource,
  shanghaiDate,
  streamSourceSchema,
} from '@fengqiao/domain';
import type { PiiCipher } from '../../platform/crypto/pii-cipher';
import type { CameraView, ConsentWithRoles } from './cameras.repository';

/** The stored source, decrypted and checked against the contract. */
export function decryptSource(cipher: PiiCipher, stored: string): StreamSource {
  return streamSourceSchema.parse(JSON.parse(cipher.decrypt(stored)));
}

export function encryptSource(cipher: PiiCipher, source: StreamSource): string {
  return cipher.encrypt(JSON.stringify(source));
}

const RTSP_PASSWORD = /^(rtsps?:\/\/[^:@/\s]*:)[^@/\s]*@/;

/** An RTSP url with its password replaced by *** (the user name stays: it tells which account the camera uses). */
export function maskRtspUrl(url: string): string {
  return url.replace(RTSP_PASSWORD, '$1***@');
}

/** The source as a manager sees it. */
export function sourceView(source: StreamSource): CameraSourceView {
  return {
    kind: source.kind,
    url: source.kind === 'rtsp' ? maskRtspUrl(source.url) : null,
    videoPort: source.kind === 'rtp' ? (source.videoPort ?? null) : null,
    codec: source.kind === 'rtp' ? source.codec : null,
  };
}

/**
 * A manager editing a camera sends back the url as shown, password masked: keep the stored url then, so a form
 * saved without retyping the password does not overwrite it with stars.
 */
export function mergeSource(stored: StreamSource, incoming: StreamSource): StreamSource {
  if (stored.kind === 'rtsp' && incoming.kind === 'rtsp' && incoming.url === maskRtspUrl(stored.url)) return stored;
  return incoming;
}

/** The consent a camera's line shows: the standing one ending last, else the latest recorded. */
export function consentSummary(consents: readonly ConsentWithRoles[], at: string): Camera['consent'] {
  const standing = consents
    .filter((c) => consentState(facts(c), at) === 'active')
    .sort((a, b) => b.expires_at.localeCompare(a.expires_at));
  const chosen = standing[0] ?? consents[0];
  if (!chosen) return null;
  return {
    state: consentState(facts(chosen), at),
    expiresAt: chosen.expires_at,
    lastDay: lastDayOf(chosen.expires_at),
  };
}

function facts(c: ConsentWithRoles) {
  return { startsAt: c.starts_at, expiresAt: c.expires_at, revokedAt: c.revoked_at };
}

/** The last Shanghai day a consent covers: the day before the Shanghai midnight it expires at. */
function lastDayOf(expiresAt: string): string {
  return shanghaiDate(new Date(new Date(expiresAt).getTime() - 1));
}

export function presentConsent(c: ConsentWithRoles, at: string, actions: string[]): CameraConsent {
  const state: ConsentState = consentState(facts(c), at);
  return {
    id: c.id,
    cameraId: c.camera_id,
    agreementId: c.agreement_id,
    roles: c.roles,
    purposes: c.purposes,
    allowsPlayback: c.allows_playback === 1,
    startsAt: c.starts_at,
    expiresAt: c.expires_at,
    startsOn: shanghaiDate(c.starts_at),
    lastDay: lastDayOf(c.expires_at),
    state,
    revokedAt: c.revoked_at,
    revokedByName: c.revoked_by_name,
    createdByName: c.created_by_name,
    createdAt: c.created_at,
    actions: state === 'revoked' ? [] : actions,
  };
}

export function presentCamera(
  row: CameraView,
  extras: { source: CameraSourceView | null; consent: Camera['consent']; actions: string[] },
): Camera {
  return {
    id: row.id,
    townId: row.town_id,
    villageId: row.village_id,
    villageName: row.village_name,
    deviceId: row.device_id,
    name: row.name,
    kind: row.kind,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    owner:
      row.owner_person_id && row.owner_name
        ? {
            personId: row.owner_person_id,
            // The name is personal data too (domain.md §10): clear only to who may unmask the owner.
            name: extras.actions.includes('unmaskOwner') ? row.owner_name : (maskName(row.owner_name) ?? ''),
            phone: row.owner_phone_masked,
            address: row.owner_address_masked,
            masked: true,
          }
        : null,
    venueId: row.venue_id,
    source: extras.source,
    status: row.status,
    lastSeenAt: row.last_seen_at,
    statusCheckedAt: row.status_checked_at,
    active: row.active === 1,
    consent: row.kind === 'public' ? null : extras.consent,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions: extras.actions,
  };
}
