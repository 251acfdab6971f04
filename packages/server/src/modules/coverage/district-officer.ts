import type { Executor } from '../../db/database';
import { listDistrictOfficerRows, listVillageAuxiliaryRows } from './district-officer.repository';

/** Who answers for a village's new records: its district's officer, or his stand-in while he is away. */
export interface ResponsibleOfficer {
  personId: string;
  userId: string | null;
  name: string;
  standIn: boolean;
}

/**
 * The district officer (duty `district_officer` on the village's district) responsible for a village on a Shanghai
 * day `YYYY-MM-DD`; while he is on leave that day and a stand-in covers him, the stand-in with `standIn: true`. With
 * several officers on the district, the first by name who is not away answers. Null when the district has no officer
 * (or the village has no district). "New records in a village default to its district's officer": hazards and key
 * persons call this when a new record names no responsible officer.
 */
export async function responsibleOfficerFor(
  exec: Executor,
  villageId: string,
  day: string,
): Promise<ResponsibleOfficer | null> {
  const rows = await listDistrictOfficerRows(exec, villageId, day);
  const present = rows.find((row) => row.leave_id === null);
  const covered = rows.find((row) => row.stand_in_person_id !== null);
  if (!present && covered?.stand_in_person_id) {
    return {
      personId: covered.stand_in_person_id,
      userId: covered.stand_in_user_id,
      name: covered.stand_in_name ?? '',
      standIn: true,
    };
  }
  // An officer away with nobody covering him still answers for the district: the coverage view shows that gap.
  const officer = present ?? rows[0];
  return officer ? { personId: officer.person_id, userId: officer.user_id, name: officer.name, standIn: false } : null;
}

/** The village's auxiliary officer (duty `village_auxiliary`), the first by name when there are several. */
export async function villageAuxiliaryFor(
  exec: Executor,
  villageId: string,
): Promise<{ personId: string; userId: string | null; name: string } | null> {
  const [first] = await listVillageAuxiliaryRows(exec, villageId);
  return first ? { personId: first.person_id, userId: first.user_id, name: first.name } : null;
}
