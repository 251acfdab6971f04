import { addDays, type Role, shanghaiDate } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import type { Deps } from '../../src/platform/deps';
import { newId, nowIso } from '../../src/platform/ids';
import type { Session } from './fixtures';
import { multipart } from './multipart';

let serial = 500;

/**
 * A venue camera as the registry stores it (kind `venue`, a valid device id of 马良镇's division 42062604), written
 * directly so the venues tests do not depend on the registry's forms. `venueId` attaches it at once.
 */
export async function insertVenueCamera(
  deps: Deps,
  village: JurisdictionRow,
  options: { venueId?: string; kind?: 'venue' | 'public'; division?: string } = {},
): Promise<string> {
  const id = newId();
  const now = nowIso();
  serial += 1;
  await deps.db
    .insertInto('cameras')
    .values({
      id,
      town_id: village.town_id ?? '',
      village_id: village.id,
      device_id: `${options.division ?? '42062604'}20131800${String(serial).padStart(4, '0')}`,
      name: `场所摄像机${serial}`,
      kind: options.kind ?? 'venue',
      address: null,
      lat: null,
      lng: null,
      owner_person_id: null,
      venue_id: options.venueId ?? null,
      source_kind: 'none',
      source_enc: deps.cipher.encrypt(JSON.stringify({ kind: 'none' })),
      status: 'online',
      last_seen_at: now,
      status_checked_at: now,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export interface VenueFixture {
  venueId: string;
  cameraId: string;
  /** Per role: an agreement of its own to revoke. */
  agreementOf: Map<Role, string>;
  agreementId: string;
  documentId: string;
}

/** A venue of 双坪村 with a camera, one agreement per role (to revoke) and one with its signed document. */
export async function seedVenues(
  deps: Deps,
  app: FastifyInstance,
  village: JurisdictionRow,
  roles: readonly Role[],
  chief: Session,
): Promise<VenueFixture> {
  const post = async (url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, headers: chief.headers(), payload })).json();
  const venueId = (await post('/api/v1/venues', { villageId: village.id, name: '双坪信用社', kind: 'bank' }))
    .id as string;
  const cameraId = await insertVenueCamera(deps, village, { venueId });
  const today = shanghaiDate(new Date());
  const agreement = async () =>
    (
      await post(`/api/v1/venues/${venueId}/agreements`, {
        cameraIds: [cameraId],
        roles: ['chief'],
        purposes: ['patrol'],
        allowsPlayback: false,
        firstDay: today,
        lastDay: addDays(today, 30),
      })
    ).id as string;
  const agreementOf = new Map<Role, string>();
  for (const role of roles) agreementOf.set(role, await agreement());
  const agreementId = await agreement();
  const file = multipart(Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'), { filename: 'agreement.pdf' });
  const documentId = (
    await app.inject({
      method: 'POST',
      url: `/api/v1/venues/agreements/${agreementId}/document`,
      headers: chief.headers(file.headers),
      payload: file.payload,
    })
  ).json().id as string;
  return { venueId, cameraId, agreementOf, agreementId, documentId };
}
