import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle, DialectKind } from './database';
import { foundationMigration } from './migrations/20261128-0001-foundation';
import { disputesMigration } from './migrations/20261128-0002-disputes';
import { agreementStatusMigration } from './migrations/20261128-0003-agreement-status';
import { disputeTownOrderMigration } from './migrations/20261128-0004-dispute-town-order';
import { jobLeasesMigration } from './migrations/20261129-0001-job-leases';
import { personIdPerHomeMigration } from './migrations/20261129-0002-person-id-per-home';
import { disputeChildrenScopeMigration } from './migrations/20261129-0005-dispute-children-scope';
import { auditChainKeyMigration } from './migrations/20261129-0006-audit-chain-key';
import { agreementTownOrderMigration } from './migrations/20261129-0007-agreement-town-order';
import { incidentsMigration } from './migrations/20261129-0008-incidents';
import { dutyLogsMigration } from './migrations/20261129-0009-duty-logs';
import { rotationMigration } from './migrations/20261129-0010-rotation';
import { assessmentsMigration } from './migrations/20261129-0011-assessments';
import { incidentIndexesMigration } from './migrations/20261129-0013-incident-indexes';
import { statsIndexesMigration } from './migrations/20261130-0001-stats-indexes';
import { meetingsMigration } from './migrations/20261130-0002-meetings';
import { analysesMigration } from './migrations/20261130-0003-analyses';
import { coverageMigration } from './migrations/20261201-0001-coverage';
import { patrolsMigration } from './migrations/20261201-0002-patrols';
import { hazardsMigration } from './migrations/20261201-0003-hazards';
import { keyPersonsMigration } from './migrations/20261201-0004-key-persons';
import { antifraudMigration } from './migrations/20261201-0005-antifraud';
import { camerasMigration } from './migrations/20261202-0001-cameras';
import { venuesMigration } from './migrations/20261202-0002-venues';
import { videoViewsMigration } from './migrations/20261202-0003-video-views';
import { videoPatrolsMigration } from './migrations/20261202-0004-video-patrols';
import { mediationRoomsMigration } from './migrations/20261203-0001-mediation-rooms';
import { roomInvitationsMigration } from './migrations/20261203-0002-room-invitations';
import { roomRecordingsMigration } from './migrations/20261203-0003-room-recordings';
import { cadreRegistrationsMigration } from './migrations/20261203-0004-cadre-registrations';
import { roomJoinTokensMigration } from './migrations/20261203-0005-room-join-tokens';

/** Migrations in order. Once merged, a migration is never edited: add a new one. */
function migrations(kind: DialectKind): Record<string, Migration> {
  return {
    '20261128-0001-foundation': foundationMigration(kind),
    '20261128-0002-disputes': disputesMigration(kind),
    '20261128-0003-agreement-status': agreementStatusMigration(),
    '20261128-0004-dispute-town-order': disputeTownOrderMigration(),
    '20261129-0001-job-leases': jobLeasesMigration(),
    '20261129-0002-person-id-per-home': personIdPerHomeMigration(),
    '20261129-0005-dispute-children-scope': disputeChildrenScopeMigration(kind),
    '20261129-0006-audit-chain-key': auditChainKeyMigration(kind),
    '20261129-0007-agreement-town-order': agreementTownOrderMigration(),
    '20261129-0008-incidents': incidentsMigration(),
    '20261129-0009-duty-logs': dutyLogsMigration(),
    '20261129-0010-rotation': rotationMigration(),
    '20261129-0011-assessments': assessmentsMigration(),
    '20261129-0013-incident-indexes': incidentIndexesMigration(),
    '20261130-0001-stats-indexes': statsIndexesMigration(),
    '20261130-0002-meetings': meetingsMigration(),
    '20261130-0003-analyses': analysesMigration(),
    '20261201-0001-coverage': coverageMigration(),
    '20261201-0002-patrols': patrolsMigration(),
    '20261201-0003-hazards': hazardsMigration(),
    '20261201-0005-antifraud': antifraudMigration(),
    '20261201-0004-key-persons': keyPersonsMigration(),
    '20261202-0001-cameras': camerasMigration(),
    '20261202-0002-venues': venuesMigration(),
    '20261202-0003-video-views': videoViewsMigration(),
    '20261202-0004-video-patrols': videoPatrolsMigration(),
    '20261203-0001-mediation-rooms': mediationRoomsMigration(),
    '20261203-0002-room-invitations': roomInvitationsMigration(),
    '20261203-0003-room-recordings': roomRecordingsMigration(),
    '20261203-0004-cadre-registrations': cadreRegistrationsMigration(),
    '20261203-0005-room-join-tokens': roomJoinTokensMigration(),
  };
}

export function migratorOf(handle: DatabaseHandle): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrations(handle.kind) };
  return new Migrator({ db: handle.db, provider });
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const { error, results } = await migratorOf(handle).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
