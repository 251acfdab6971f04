import fs from 'node:fs';
import path from 'node:path';
import {
  type CompiledQuery,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import type { Database } from '../src/db/schema';
import * as demoDisputes from '../src/demo/maliang-disputes.repository';
import * as demoIncidents from '../src/demo/maliang-incidents.repository';
import * as demoKeyPersons from '../src/demo/maliang-key-persons.repository';
import * as analysesRepo from '../src/modules/analyses/analyses.repository';
import * as disputesSource from '../src/modules/analyses/sources/disputes-source.repository';
import * as tasksSource from '../src/modules/analyses/sources/tasks-source.repository';
import * as antifraudRepo from '../src/modules/antifraud/antifraud.repository';
import * as antifraudStats from '../src/modules/antifraud/antifraud-stats.repository';
import * as assessments from '../src/modules/assessments/assessments.repository';
import * as cadreRegistrations from '../src/modules/cadre-registrations/cadre-registrations.repository';
import * as camerasRepo from '../src/modules/cameras/cameras.repository';
import * as coverage from '../src/modules/coverage/coverage.repository';
import * as districtOfficer from '../src/modules/coverage/district-officer.repository';
import * as assignments from '../src/modules/directory/assignments.repository';
import * as jurisdictions from '../src/modules/directory/jurisdictions.repository';
import * as organizations from '../src/modules/directory/organizations.repository';
import * as people from '../src/modules/directory/people.repository';
import * as agreements from '../src/modules/disputes/agreements.repository';
import * as attachments from '../src/modules/disputes/attachments.repository';
import * as disputes from '../src/modules/disputes/disputes.repository';
import * as disputesStats from '../src/modules/disputes/disputes-stats.repository';
import * as followUps from '../src/modules/disputes/follow-ups.repository';
import * as mediations from '../src/modules/disputes/mediations.repository';
import * as parties from '../src/modules/disputes/parties.repository';
import * as dutyLogs from '../src/modules/duty/duty-logs.repository';
import * as dutyStats from '../src/modules/duty/duty-stats.repository';
import * as hazardsRepo from '../src/modules/hazards/hazards.repository';
import * as hazardsStats from '../src/modules/hazards/hazards-stats.repository';
import * as incidentClasses from '../src/modules/incidents/incident-classes.repository';
import * as incidentRepeats from '../src/modules/incidents/incident-repeats.repository';
import * as incidents from '../src/modules/incidents/incidents.repository';
import * as incidentsStats from '../src/modules/incidents/incidents-stats.repository';
import * as keyPersons from '../src/modules/key-persons/key-persons.repository';
import * as roomGuests from '../src/modules/mediation-rooms/room-guests.repository';
import * as roomInvitations from '../src/modules/mediation-rooms/room-invitations.repository';
import * as roomJoinTokens from '../src/modules/mediation-rooms/room-join-tokens.repository';
import * as roomRecording from '../src/modules/mediation-rooms/room-recording.repository';
import * as mediationRooms from '../src/modules/mediation-rooms/rooms.repository';
import * as meetings from '../src/modules/meetings/meetings.repository';
import * as tasks from '../src/modules/meetings/tasks.repository';
import * as patrols from '../src/modules/patrols/patrols.repository';
import * as patrolsStats from '../src/modules/patrols/patrols-stats.repository';
import * as rotation from '../src/modules/rotation/rotation.repository';
import * as trainings from '../src/modules/rotation/trainings.repository';
import * as users from '../src/modules/users/users.repository';
import * as venues from '../src/modules/venues/venues.repository';
import * as videoPatrols from '../src/modules/video-patrols/video-patrols.repository';
import * as videoPatrolsStats from '../src/modules/video-patrols/video-patrols-stats.repository';
import * as videoViews from '../src/modules/video-views/video-views.repository';
import * as piiRotation from '../src/ops/pii-rotation.repository';
import * as access from '../src/platform/access/access.repository';
import * as auditLog from '../src/platform/audit/audit.repository';
import { AuditChainKeys, bindAuditChainKeys } from '../src/platform/audit/audit-chain';
import * as accounts from '../src/platform/auth/accounts.repository';
import * as sessions from '../src/platform/auth/sessions.repository';
import { Keyring } from '../src/platform/crypto/keyring';
import * as health from '../src/platform/http/health.repository';
import * as idempotency from '../src/platform/http/idempotency.repository';
import * as jobs from '../src/platform/jobs/jobs.repository';
import * as demoMedia from '../src/platform/media/demo-media.repository';
import * as notifications from '../src/platform/realtime/notifications.repository';
import { createTestDatabase, type TestDatabase } from './support/databases';

/**
 * SQL snapshots (docs/architecture.md): every repository function is run with fixed arguments against Kysely with
 * each dialect's compiler and a driver that executes nothing, and the SQL it sends is compared with the committed
 * `src/db/queries/<repository>.<dialect>.sql`, so a changed query shows up in review.
 */
const QUERIES_DIR = path.resolve(import.meta.dirname, '../src/db/queries');
const UPDATE = process.env.UPDATE_SQL_SNAPSHOTS === '1';
const HOW_TO_UPDATE = 'if the change is intended, run `npm run sql:snapshots` and commit src/db/queries';

type Call = (db: Db) => Promise<unknown>;
/** One call, or several labelled calls when the function builds different SQL for different arguments. */
type Calls = Call | Record<string, Call>;
/** Every exported function of a repository must say what to call, or `null` when it sends no SQL. */
type CallsOf<M> = { [K in keyof M as M[K] extends (...args: never[]) => unknown ? K : never]: Calls | null };

interface Repository {
  file: string;
  module: object;
  calls: Record<string, Calls | null>;
}

function repository<M extends object>(file: string, module: M, calls: CallsOf<M>): Repository {
  return { file, module, calls };
}

const SCOPE = { townIds: new Set(['town-1']), jurisdictionIds: new Set(['village-1', 'village-2']) };
/** Department staff: cases of their town assigned to their department. */
const ASSIGNED_SCOPE = {
  townIds: new Set<string>(),
  jurisdictionIds: new Set<string>(),
  assigned: { townIds: new Set(['town-1']), organizationIds: new Set(['org-1']) },
};
const EMPTY_SCOPE = { townIds: new Set<string>(), jurisdictionIds: new Set<string>() };

/**
 * A row of every column of a table, read from the migrated schema: the SQL depends only on which columns are
 * written, and taking them from the schema keeps this test free of per-table fixtures. Typed `never` because it
 * stands for whatever row type the function takes.
 */
let columnsByTable = new Map<string, string[]>();
function row(table: keyof Database): never {
  const columns = columnsByTable.get(table);
  if (!columns) throw new Error(`no table ${table}`);
  return Object.fromEntries(columns.map((column) => [column, 'x'])) as never;
}

const DISPUTE_FILTER: disputes.DisputePageFilter = {
  now: '2026-11-29T00:00:00.000Z',
  dueSoonUntil: '2026-12-02T00:00:00.000Z',
  after: null,
  order: 'newest',
  limit: 21,
};

const CIPHER_VALUES = { id_number_enc: 'x', id_number_bidx: 'x', phone_enc: 'x', phone_bidx: 'x', address_enc: 'x' };
const MONTH_BOUNDS = { townId: 'town-1', from: '2026-09-30T16:00:00.000Z', until: '2026-10-31T16:00:00.000Z' };

/** One town's day, as the analysis sources count it. */
const SOURCE_INPUT = {
  scope: { townIds: new Set(['town-1']), jurisdictionIds: new Set<string>() },
  from: '2026-11-28T16:00:00.000Z',
  to: '2026-11-29T16:00:00.000Z',
  asOf: '2026-11-29T16:00:00.000Z',
};

const REPOSITORIES: Repository[] = [
  repository('modules/disputes/disputes.repository.ts', disputes, {
    findDisputeView: (db) => disputes.findDisputeView(db, 'd1'),
    findDisputeRow: (db) => disputes.findDisputeRow(db, 'd1'),
    matching: null,
    listDisputeViews: {
      'no filter': (db) => disputes.listDisputeViews(db, SCOPE, DISPUTE_FILTER),
      'every filter, short text': (db) =>
        disputes.listDisputeViews(db, SCOPE, {
          ...DISPUTE_FILTER,
          tier: 'village',
          state: 'DISCOVERED',
          category: 'neighbour',
          risk: 'red',
          underPaths: ['/c/t/'],
          overdue: true,
          grievanceOnOrBefore: '2026-01-01',
          departmentId: 'org-1',
          q: '张',
          after: { rank: null, id: 'd9' },
        }),
      'case number': (db) =>
        disputes.listDisputeViews(db, SCOPE, { ...DISPUTE_FILTER, number: '420626104-2026-00012' }),
      'not overdue, long text': (db) =>
        disputes.listDisputeViews(db, EMPTY_SCOPE, { ...DISPUTE_FILTER, overdue: false, q: '宅基地纠纷' }),
      'department staff': (db) => disputes.listDisputeViews(db, ASSIGNED_SCOPE, DISPUTE_FILTER),
      'urgency order, board filters': (db) =>
        disputes.listDisputeViews(db, SCOPE, {
          ...DISPUTE_FILTER,
          order: 'urgency',
          after: { rank: 2, id: 'd9' },
          open: false,
          dueSoon: true,
          closed: { fromAt: '2026-01-01T00:00:00.000Z', beforeAt: '2026-12-01T00:00:00.000Z' },
        }),
      'statistics drill filters': (db) =>
        disputes.listDisputeViews(db, SCOPE, {
          ...DISPUTE_FILTER,
          registered: { fromAt: '2026-10-31T16:00:00.000Z', beforeAt: '2026-11-30T16:00:00.000Z' },
          resolved: { fromAt: null, beforeAt: '2026-11-30T16:00:00.000Z' },
          online: false,
          onlineIn: { fromAt: '2026-10-31T16:00:00.000Z', beforeAt: null },
        }),
    },
    listDisputeViewsByIds: (db) => disputes.listDisputeViewsByIds(db, ['d1', 'd2']),
    countDisputeBoard: {
      'no range': (db) =>
        disputes.countDisputeBoard(db, SCOPE, DISPUTE_FILTER, {
          monthFromAt: '2026-10-31T16:00:00.000Z',
          yearFromAt: '2025-12-31T16:00:00.000Z',
          range: null,
        }),
      range: (db) =>
        disputes.countDisputeBoard(db, SCOPE, DISPUTE_FILTER, {
          monthFromAt: '2026-10-31T16:00:00.000Z',
          yearFromAt: '2025-12-31T16:00:00.000Z',
          range: { fromAt: '2026-01-01T00:00:00.000Z', beforeAt: '2026-07-01T00:00:00.000Z' },
        }),
    },
    disputeScopeColumns: null,
    disputeChildScopeColumns: null,
    insertDisputeRow: (db) => disputes.insertDisputeRow(db, row('disputes')),
    updateDisputeRow: (db) => disputes.updateDisputeRow(db, 'd1', { state: 'CLOSED', updated_at: 'x' }),
    nextSequence: (db) => disputes.nextSequence(db, 'town-1', 2026, 'dispute'),
    insertTimelineRow: (db) => disputes.insertTimelineRow(db, row('dispute_timeline')),
    listTimelineRows: (db) => disputes.listTimelineRows(db, 'd1'),
    insertRiskHistoryRow: (db) => disputes.insertRiskHistoryRow(db, row('dispute_risk_history')),
    listRiskHistoryRows: (db) => disputes.listRiskHistoryRows(db, 'd1'),
    listDepartmentIds: (db) => disputes.listDepartmentIds(db, ['d1', 'd2']),
    insertDepartments: (db) => disputes.insertDepartments(db, 'd1', ['org-1', 'org-2'], 'x'),
    insertTaskforceMembers: (db) =>
      disputes.insertTaskforceMembers(db, 'd1', [{ personId: 'p1', departmentId: 'org-1' }], 'x'),
    listTaskforceMembers: (db) => disputes.listTaskforceMembers(db, 'd1'),
    listOrganizations: (db) => disputes.listOrganizations(db, ['org-1']),
    listPersonOrganizations: (db) => disputes.listPersonOrganizations(db, ['p1']),
    listDisputesDueBy: (db) => disputes.listDisputesDueBy(db, 'x'),
    claimReminder: (db) => disputes.claimReminder(db, 'key', 'd1', 'x'),
    listUsersWithRoleOver: (db) => disputes.listUsersWithRoleOver(db, '/c/t/v/', ['chief', 'zongzhiban']),
    listDepartmentUsers: (db) => disputes.listDepartmentUsers(db, ['org-1']),
    listUserIdsOfPeople: (db) => disputes.listUserIdsOfPeople(db, ['p1']),
  }),
  repository('modules/disputes/parties.repository.ts', parties, {
    insertPartyRows: (db) => parties.insertPartyRows(db, [row('dispute_parties')]),
    listPartyRows: (db) => parties.listPartyRows(db, ['d1']),
    listPartyNames: (db) => parties.listPartyNames(db, ['d1', 'd2']),
    findPartyRow: (db) => parties.findPartyRow(db, 'd1', 'party-1'),
    updatePartyRow: (db) => parties.updatePartyRow(db, 'd1', 'party-1', { name: 'n' }),
    countPersonsInTown: (db) => parties.countPersonsInTown(db, 'town-1', ['p1', 'p2']),
  }),
  repository('modules/disputes/mediations.repository.ts', mediations, {
    insertMediationRow: (db) => mediations.insertMediationRow(db, row('mediations')),
    findMediationRow: (db) => mediations.findMediationRow(db, 'm1'),
    listMediationRowsByIds: (db) => mediations.listMediationRowsByIds(db, ['m1', 'm2']),
    listMediationRows: (db) => mediations.listMediationRows(db, 'd1'),
    updateMediationRow: (db) => mediations.updateMediationRow(db, 'm1', { status: 'terminated' }),
    insertSessionRow: (db) => mediations.insertSessionRow(db, row('mediation_sessions')),
    listSessionRows: (db) => mediations.listSessionRows(db, ['m1']),
    countSessions: (db) => mediations.countSessions(db, 'm1'),
    listTownPeople: (db) => mediations.listTownPeople(db, 'town-1', ['p1']),
    listPersonRoles: (db) => mediations.listPersonRoles(db, 'p1'),
  }),
  repository('modules/disputes/agreements.repository.ts', agreements, {
    insertAgreementRow: (db) => agreements.insertAgreementRow(db, row('agreements')),
    findAgreementRow: (db) => agreements.findAgreementRow(db, 'a1'),
    updateAgreementRow: (db) => agreements.updateAgreementRow(db, 'a1', { performance_status: 'performed' }),
    listAgreementRows: {
      'every filter': (db) =>
        agreements.listAgreementRows(db, ASSIGNED_SCOPE, { kind: 'written', before: 'a9', limit: 50 }),
      'no filter': (db) => agreements.listAgreementRows(db, SCOPE, { before: null, limit: 50 }),
    },
    listAgreementRowsOfDispute: (db) => agreements.listAgreementRowsOfDispute(db, 'd1'),
    listAgreementsEffectiveSince: (db) => agreements.listAgreementsEffectiveSince(db, '2026-10-30'),
    findTownOrganizationName: (db) => agreements.findTownOrganizationName(db, 'town-1', 'mediation_committee'),
  }),
  repository('modules/disputes/follow-ups.repository.ts', followUps, {
    insertFollowUpRow: (db) => followUps.insertFollowUpRow(db, row('follow_ups')),
    listFollowUpRows: (db) => followUps.listFollowUpRows(db, 'd1'),
  }),
  repository('modules/disputes/attachments.repository.ts', attachments, {
    insertAttachmentRow: (db) => attachments.insertAttachmentRow(db, row('dispute_attachments')),
    findAttachmentRow: (db) => attachments.findAttachmentRow(db, 't1'),
    listAttachmentRows: (db) => attachments.listAttachmentRows(db, 'd1'),
  }),
  repository('modules/incidents/incidents.repository.ts', incidents, {
    incidentClassFor: (db) => incidents.incidentClassFor(db, 'town-1', '020201'),
    findIncidentView: (db) => incidents.findIncidentView(db, 'i1'),
    incidentFilterSql: null,
    listIncidentViews: {
      'every filter': (db) =>
        incidents.listIncidentViews(db, SCOPE, {
          classCode: '020201',
          category: 'public_order',
          state: 'HANDLING',
          underPaths: ['/c/t/v/'],
          late: true,
          dispute: true,
          open: true,
          receivedFromAt: '2026-10-31T16:00:00.000Z',
          receivedBeforeAt: '2026-11-30T16:00:00.000Z',
          number: '（2026）马警字第15号',
          partyIndex: 'bidx',
          q: 'zhang',
          hour: 9,
          referred: true,
          now: '2026-11-29T00:00:00.000Z',
          after: { receivedAt: '2026-11-28T00:00:00.000Z', id: 'i9' },
          limit: 51,
        }),
      'not late, closed, Chinese text': (db) =>
        incidents.listIncidentViews(db, SCOPE, {
          late: false,
          dispute: false,
          open: false,
          referred: false,
          q: '张三',
          now: '2026-11-29T00:00:00.000Z',
          after: null,
          limit: 51,
        }),
      'no filter': (db) =>
        incidents.listIncidentViews(db, SCOPE, { now: '2026-11-29T00:00:00.000Z', after: null, limit: 51 }),
    },
    insertIncidentRow: (db) => incidents.insertIncidentRow(db, row('incidents')),
    updateIncidentRow: (db) => incidents.updateIncidentRow(db, 'i1', { state: 'DISPATCHED', updated_at: 'x' }),
    lockIncidentRow: (db) => incidents.lockIncidentRow(db, 'i1'),
    insertIncidentPartyRows: (db) => incidents.insertIncidentPartyRows(db, [row('incident_parties')]),
    listIncidentPartyRows: (db) => incidents.listIncidentPartyRows(db, ['i1', 'i2']),
    listIncidentPartyNames: (db) => incidents.listIncidentPartyNames(db, ['i1', 'i2']),
    listTownPolice: (db) => incidents.listTownPolice(db, 'town-1'),
    insertIncidentTimelineRow: (db) => incidents.insertIncidentTimelineRow(db, row('incident_timeline')),
    listIncidentTimelineRows: (db) => incidents.listIncidentTimelineRows(db, 'i1'),
    findIntakePlace: (db) => incidents.findIntakePlace(db, 'j1'),
    insertIncidentTimelineRows: (db) =>
      incidents.insertIncidentTimelineRows(db, [row('incident_timeline'), row('incident_timeline')]),
    listIncidentRepeats: (db) => incidents.listIncidentRepeats(db, ['i1', 'i2']),
    countIncidentTodos: (db) => incidents.countIncidentTodos(db, SCOPE, '2026-11-29T00:00:00.000Z'),
  }),
  repository('modules/assessments/assessments.repository.ts', assessments, {
    listOfficerRows: (db) => assessments.listOfficerRows(db, SCOPE),
    listOfficerRowsInDistricts: (db) => assessments.listOfficerRowsInDistricts(db, ['d1', 'd2']),
    findOfficerRow: (db) => assessments.findOfficerRow(db, 'p1'),
    lockOfficer: (db) => assessments.lockOfficer(db, 'p1'),
    findUserPersonId: (db) => assessments.findUserPersonId(db, 'u1'),
    findAssessmentSettingsRow: (db) => assessments.findAssessmentSettingsRow(db, 'town-1'),
    listAssessmentSettingsRows: (db) => assessments.listAssessmentSettingsRows(db, ['town-1']),
    saveAssessmentSettingsRow: (db) => assessments.saveAssessmentSettingsRow(db, row('assessment_settings')),
    insertAdjustmentRow: (db) => assessments.insertAdjustmentRow(db, row('assessment_adjustments')),
    listAdjustmentRows: (db) => assessments.listAdjustmentRows(db, 'town-1', '2026-10', ['p1', 'p2']),
    insertSignoffRow: (db) => assessments.insertSignoffRow(db, row('assessment_signoffs')),
    findSignoffRow: (db) => assessments.findSignoffRow(db, 'p1', '2026-10'),
    listSignoffTotals: (db) => assessments.listSignoffTotals(db, '2026-10', ['p1', 'p2']),
    listSignoffRows: (db) => assessments.listSignoffRows(db, '2026-10', ['p1', 'p2']),
    listDutyEvidenceRows: (db) => assessments.listDutyEvidenceRows(db, MONTH_BOUNDS, ['p1', 'p2']),
    listMediationEvidenceRows: (db) => assessments.listMediationEvidenceRows(db, MONTH_BOUNDS),
    listFollowUpEvidenceRows: (db) => assessments.listFollowUpEvidenceRows(db, MONTH_BOUNDS, ['p1', 'p2']),
    listIncidentAckEvidenceRows: (db) => assessments.listIncidentAckEvidenceRows(db, MONTH_BOUNDS, ['p1', 'p2']),
  }),
  repository('modules/directory/jurisdictions.repository.ts', jurisdictions, {
    buildJurisdictionRow: null,
    createJurisdictionRow: (db) =>
      jurisdictions.createJurisdictionRow(db, { parent: null, level: 'county', code: 'c', name: 'n' }),
    insertJurisdictionRows: (db) => jurisdictions.insertJurisdictionRows(db, [row('jurisdictions')]),
    findJurisdiction: (db) => jurisdictions.findJurisdiction(db, 'j1'),
    findJurisdictionByCode: (db) => jurisdictions.findJurisdictionByCode(db, '420626'),
    listJurisdictionsByIds: (db) => jurisdictions.listJurisdictionsByIds(db, ['j1', 'j2']),
    listTakenJurisdictionCodes: (db) => jurisdictions.listTakenJurisdictionCodes(db, ['c1', 'c2']),
    listJurisdictionRows: (db) => jurisdictions.listJurisdictionRows(db, SCOPE, { level: 'village' }),
    listJurisdictionViews: (db) => jurisdictions.listJurisdictionViews(db, SCOPE, { parentId: 'j1' }),
    updateJurisdictionRow: (db) => jurisdictions.updateJurisdictionRow(db, 'j1', { name: 'n' }),
  }),
  repository('modules/directory/organizations.repository.ts', organizations, {
    createOrganizationRow: (db) =>
      organizations.createOrganizationRow(db, { townId: 't', jurisdictionId: 'j', kind: 'department', name: 'n' }),
    findOrganization: (db) => organizations.findOrganization(db, 'o1'),
    listOrganizationRows: (db) => organizations.listOrganizationRows(db, SCOPE, { kind: 'department' }),
  }),
  repository('modules/directory/people.repository.ts', people, {
    findPersonView: (db) => people.findPersonView(db, 'p1'),
    findPersonRow: (db) => people.findPersonRow(db, 'p1'),
    findPersonIdByIdNumberIndex: (db) => people.findPersonIdByIdNumberIndex(db, 'bidx', SCOPE, 'p1'),
    listTakenIdNumberIndexes: (db) => people.listTakenIdNumberIndexes(db, ['b1', 'b2'], SCOPE),
    listPersonRows: {
      'name, place and kind': (db) =>
        people.listPersonRows(db, SCOPE, {
          match: { name: '张', pinyin: 'zhang' },
          underPath: '/c/t/',
          kind: 'resident',
          after: ['zhang', 'p1'],
          limit: 21,
        }),
      'blind index': (db) =>
        people.listPersonRows(db, SCOPE, { match: { column: 'phone_bidx', index: 'bidx' }, limit: 21 }),
      "one organisation's staff": (db) =>
        people.listPersonRows(db, SCOPE, { kind: 'staff', organizationId: 'org-1', limit: 201 }),
    },
    insertPersonRow: (db) => people.insertPersonRow(db, row('persons')),
    insertPersonRows: (db) => people.insertPersonRows(db, [row('persons'), row('persons')]),
    updatePersonRow: (db) => people.updatePersonRow(db, 'p1', { name: 'n', updated_at: 'x' }),
  }),
  repository('modules/directory/assignments.repository.ts', assignments, {
    createAssignmentRow: (db) =>
      assignments.createAssignmentRow(db, {
        townId: 't',
        personId: 'p',
        jurisdictionId: 'j',
        duty: 'district_officer',
      }),
    findAssignment: (db) => assignments.findAssignment(db, 'a1'),
    findAssignmentByKey: (db) =>
      assignments.findAssignmentByKey(db, { personId: 'p', jurisdictionId: 'j', duty: 'district_officer' }),
    listAssignmentRows: (db) =>
      assignments.listAssignmentRows(db, SCOPE, { underPath: '/c/t/', duty: 'district_officer' }),
    deleteAssignmentRow: (db) => assignments.deleteAssignmentRow(db, 'a1'),
  }),
  repository('modules/users/users.repository.ts', users, {
    findUserUnder: (db) => users.findUserUnder(db, 'u1', ['/c/t/']),
    createUserRow: (db) => users.createUserRow(db, row('users')),
    listUserRows: (db) => users.listUserRows(db, { q: 'li', after: 'a', limit: 21, underPaths: ['/c/t/'] }),
    replaceGrants: (db) => users.replaceGrants(db, 'u1', [{ role: 'chief', jurisdictionId: 'town-1' }]),
  }),
  repository('platform/auth/accounts.repository.ts', accounts, {
    findUserById: (db) => accounts.findUserById(db, 'u1'),
    findUserByUsername: (db) => accounts.findUserByUsername(db, 'chief'),
    updateUserRow: (db) => accounts.updateUserRow(db, 'u1', { failed_logins: 0 }),
    listGrantsOf: (db) => accounts.listGrantsOf(db, ['u1']),
    replaceRecoveryCodes: (db) => accounts.replaceRecoveryCodes(db, 'u1', ['h1', 'h2']),
    consumeRecoveryCode: (db) => accounts.consumeRecoveryCode(db, 'u1', 'h1'),
    countFailedLogin: (db) => accounts.countFailedLogin(db, 'u1', { now: 'x', threshold: 5, lockUntil: 'y' }),
    clearFailedLogins: (db) => accounts.clearFailedLogins(db, 'u1', { last_login_at: 'x' }),
  }),
  repository('platform/auth/sessions.repository.ts', sessions, {
    createSessionRow: (db) => sessions.createSessionRow(db, row('sessions')),
    findSessionWithUser: (db) => sessions.findSessionWithUser(db, 's1'),
    touchSession: (db) => sessions.touchSession(db, 's1', 'x'),
    deleteSession: (db) => sessions.deleteSession(db, 's1'),
    deleteSessionsOfUser: (db) => sessions.deleteSessionsOfUser(db, 'u1'),
    deleteOtherSessionsOfUser: (db) => sessions.deleteOtherSessionsOfUser(db, 'u1', 's1'),
  }),
  repository('platform/access/access.repository.ts', access, {
    listSubtreeIds: (db) => access.listSubtreeIds(db, '/c/t/'),
    listTownIdsUnder: (db) => access.listTownIdsUnder(db, '/c/'),
    findUserOrganizationId: (db) => access.findUserOrganizationId(db, 'u1'),
  }),
  repository('platform/audit/audit.repository.ts', auditLog, {
    appendAuditRow: (db) =>
      auditLog.appendAuditRow(db, {
        at: 'x',
        user_id: null,
        username: null,
        action: 'a',
        target_type: null,
        target_id: null,
        outcome: 'success',
        ip: null,
        request_id: null,
        detail: null,
      }),
    listAuditRows: (db) =>
      auditLog.listAuditRows(
        db,
        {
          userId: 'u1',
          username: 'chief',
          action: 'a',
          targetType: 't',
          targetId: 'i',
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-30T00:00:00Z',
          limit: 50,
        },
        100,
      ),
    listAuditBatch: (db) => auditLog.listAuditBatch(db, 0, 1000),
    findAuditRow: (db) => auditLog.findAuditRow(db, 1),
    listAuditActors: (db) => auditLog.listAuditActors(db, ['u1'], ['chief']),
  }),
  repository('platform/http/idempotency.repository.ts', idempotency, {
    findIdempotencyRow: (db) => idempotency.findIdempotencyRow(db, 'u1', 'key'),
    claimIdempotencyKey: (db) => idempotency.claimIdempotencyKey(db, row('idempotency_keys')),
    completeIdempotencyRow: (db) =>
      idempotency.completeIdempotencyRow(db, 'u1', 'key', { status_code: 201, response_body: '{}' }),
    releaseIdempotencyKey: (db) => idempotency.releaseIdempotencyKey(db, 'u1', 'key'),
    releaseAbandonedIdempotencyKey: (db) => idempotency.releaseAbandonedIdempotencyKey(db, 'u1', 'key', 'x'),
  }),
  repository('platform/jobs/jobs.repository.ts', jobs, {
    ensureJobRow: (db) => jobs.ensureJobRow(db, 'deadline-reminders'),
    claimJobLease: (db) => jobs.claimJobLease(db, 'deadline-reminders', 'h1', 'x', 'y'),
    finishJobLease: (db) => jobs.finishJobLease(db, 'deadline-reminders', 'h1', 'y', 'x'),
  }),
  repository('platform/http/health.repository.ts', health, {
    databaseAnswers: (db) => health.databaseAnswers(db),
  }),
  repository('platform/realtime/notifications.repository.ts', notifications, {
    insertNotificationRows: (db) => notifications.insertNotificationRows(db, [row('notifications')]),
    listNotificationRows: (db) =>
      notifications.listNotificationRows(db, 'u1', { unreadOnly: true, before: 'n9', limit: 21 }),
    countUnread: (db) => notifications.countUnread(db, 'u1'),
    markRead: {
      some: (db) => notifications.markRead(db, 'u1', ['n1', 'n2']),
      all: (db) => notifications.markRead(db, 'u1', null),
    },
  }),
  repository('ops/pii-rotation.repository.ts', piiRotation, {
    listEncryptedPersonPii: {
      persons: (db) => piiRotation.listEncryptedPersonPii(db, 'persons'),
      dispute_parties: (db) => piiRotation.listEncryptedPersonPii(db, 'dispute_parties'),
      incident_parties: (db) => piiRotation.listEncryptedPersonPii(db, 'incident_parties'),
    },
    updatePersonPiiCipher: {
      persons: (db) => piiRotation.updatePersonPiiCipher(db, 'persons', 'p1', CIPHER_VALUES),
      dispute_parties: (db) => piiRotation.updatePersonPiiCipher(db, 'dispute_parties', 'p1', CIPHER_VALUES),
      incident_parties: (db) => piiRotation.updatePersonPiiCipher(db, 'incident_parties', 'p1', CIPHER_VALUES),
    },
    listUsersWithMfaSecrets: (db) => piiRotation.listUsersWithMfaSecrets(db),
    updateUserMfaCipher: (db) =>
      piiRotation.updateUserMfaCipher(db, 'u1', { mfa_secret_enc: 'x', mfa_pending_secret_enc: null }),
    listEncryptedIncidentAddresses: (db) => piiRotation.listEncryptedIncidentAddresses(db),
    updateIncidentAddressCipher: (db) =>
      piiRotation.updateIncidentAddressCipher(db, 'i1', { address_enc: 'x', address_bidx: 'x' }),
    listEncryptedDisputeAddresses: (db) => piiRotation.listEncryptedDisputeAddresses(db),
    updateDisputeAddressCipher: (db) => piiRotation.updateDisputeAddressCipher(db, 'd1', 'x'),
    listEncryptedHazardPhones: (db) => piiRotation.listEncryptedHazardPhones(db),
    listEncryptedCameraSources: (db) => piiRotation.listEncryptedCameraSources(db),
    updateCameraSourceCipher: (db) => piiRotation.updateCameraSourceCipher(db, 'c1', 'x'),
    updateHazardPhoneCipher: (db) => piiRotation.updateHazardPhoneCipher(db, 'h1', { phone_enc: 'x', phone_bidx: 'x' }),
    listEncryptedKeyPersons: (db) => piiRotation.listEncryptedKeyPersons(db),
    updateKeyPersonCipher: (db) =>
      piiRotation.updateKeyPersonCipher(db, 'k1', { person_enc: 'x', person_bidx: 'x', basis_enc: null }),
  }),
  repository('modules/duty/duty-logs.repository.ts', dutyLogs, {
    insertDutyLogRows: (db) => dutyLogs.insertDutyLogRows(db, [row('duty_logs'), row('duty_logs')]),
    insertDutyLinkRows: (db) => dutyLogs.insertDutyLinkRows(db, [row('duty_log_links')]),
    findDutyLogView: (db) => dutyLogs.findDutyLogView(db, 'l1'),
    listDutyLogViews: {
      'no filter': (db) => dutyLogs.listDutyLogViews(db, SCOPE, { limit: 51 }),
      'villages only': (db) =>
        dutyLogs.listDutyLogViews(db, { townIds: new Set(), jurisdictionIds: new Set(['village-1']) }, { limit: 31 }),
      'every filter': (db) =>
        dutyLogs.listDutyLogViews(db, SCOPE, {
          villageId: 'village-1',
          officerUserId: 'u1',
          type: 'patrol',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          after: { occurredAt: '2026-11-20T02:00:00.000Z', id: 'l9' },
          limit: 11,
        }),
    },
    listDutyLinkRows: (db) => dutyLogs.listDutyLinkRows(db, ['l1', 'l2']),
    listDutyPhotoIds: (db) => dutyLogs.listDutyPhotoIds(db, ['l1', 'l2']),
    countDutyCalendar: (db) =>
      dutyLogs.countDutyCalendar(db, SCOPE, 'u1', {
        from: '2026-10-31T16:00:00.000Z',
        until: '2026-11-30T16:00:00.000Z',
      }),
    listDutyOfficers: (db) => dutyLogs.listDutyOfficers(db, SCOPE, '2025-11-29'),
    insertDutyPhotoRow: (db) => dutyLogs.insertDutyPhotoRow(db, row('duty_log_photos')),
    findDutyPhotoRow: (db) => dutyLogs.findDutyPhotoRow(db, 'ph1'),
  }),
  repository('modules/meetings/meetings.repository.ts', meetings, {
    insertMeetingRows: (db) => meetings.insertMeetingRows(db, [row('meetings')]),
    updateMeetingRow: (db) => meetings.updateMeetingRow(db, 'm1', ['draft'], { state: 'held', snapshot_at: 'x' }),
    findMeetingView: (db) => meetings.findMeetingView(db, 'm1'),
    listMeetingViews: {
      'no filter': (db) => meetings.listMeetingViews(db, SCOPE, { limit: 51 }),
      'every filter': (db) =>
        meetings.listMeetingViews(db, SCOPE, {
          townId: 'town-1',
          state: 'held',
          fromDay: '2026-11-23',
          toDay: '2026-11-29',
          after: { startsAt: '2026-11-20T02:00:00.000Z', id: 'm9' },
          limit: 11,
        }),
    },
    findPreviousMeetingId: (db) => meetings.findPreviousMeetingId(db, 'town-1', '2026-11-20T02:00:00.000Z'),
    replaceAttendeeRows: (db) => meetings.replaceAttendeeRows(db, 'm1', [row('meeting_attendees')]),
    insertAttendeeRows: (db) => meetings.insertAttendeeRows(db, [row('meeting_attendees')]),
    listAttendeeViews: (db) => meetings.listAttendeeViews(db, ['m1', 'm2']),
    countAttendees: (db) => meetings.countAttendees(db, ['m1', 'm2']),
    listTownAccounts: (db) => meetings.listTownAccounts(db, 'town-1', ['chief', 'officer']),
    findTownAccount: (db) => meetings.findTownAccount(db, 'town-1', 'u1'),
    listRotaMonth: (db) => meetings.listRotaMonth(db, 'town-1', 2026, 11),
    listTownDepartments: (db) => meetings.listTownDepartments(db, 'town-1'),
    findTownPerson: (db) => meetings.findTownPerson(db, 'town-1', 'p1'),
  }),
  repository('modules/meetings/tasks.repository.ts', tasks, {
    insertTaskRows: (db) => tasks.insertTaskRows(db, [row('tasks')]),
    updateTaskRow: (db) => tasks.updateTaskRow(db, 't1', 'open', { state: 'done', updated_at: 'x' }),
    findTaskView: (db) => tasks.findTaskView(db, 't1'),
    listTaskViews: {
      'town scope': (db) =>
        tasks.listTaskViews(db, { scope: SCOPE, ownerUserId: 'u1', ownerOrganizationId: null }, { limit: 51 }),
      'department, every filter': (db) =>
        tasks.listTaskViews(
          db,
          { scope: ASSIGNED_SCOPE, ownerUserId: 'u1', ownerOrganizationId: 'org-1' },
          {
            mine: { userId: 'u1', organizationId: 'org-1' },
            states: ['open'],
            dueBy: '2026-12-01',
            dueFrom: '2026-11-29',
            villageId: 'village-1',
            meetingId: 'm1',
            ownerOrganizationId: 'org-1',
            after: { dueOn: '2026-11-30', id: 't9' },
            limit: 11,
          },
        ),
      'owner only': (db) =>
        tasks.listTaskViews(db, { scope: EMPTY_SCOPE, ownerUserId: 'u1', ownerOrganizationId: null }, { limit: 11 }),
    },
    countTaskViews: (db) =>
      tasks.countTaskViews(
        db,
        { scope: SCOPE, ownerUserId: 'u1', ownerOrganizationId: 'org-1' },
        { mine: { userId: 'u1', organizationId: 'org-1' }, states: ['open'], dueBy: '2026-11-28' },
      ),
    listMeetingTaskViews: (db) => tasks.listMeetingTaskViews(db, ['m1']),
    listCarryOverTaskViews: (db) => tasks.listCarryOverTaskViews(db, 'town-1', '2026-11-20T02:00:00.000Z'),
    countMeetingTasks: (db) => tasks.countMeetingTasks(db, ['m1', 'm2'], '2026-11-29'),
    listOverdueTaskRows: (db) => tasks.listOverdueTaskRows(db, '2026-11-29'),
    claimTaskReminder: (db) => tasks.claimTaskReminder(db, 'overdue:t1:2026-11-29', 't1', '2026-11-29T01:00:00.000Z'),
    insertTaskLinkRows: (db) => tasks.insertTaskLinkRows(db, [row('task_links')]),
    listTaskLinkRows: (db) => tasks.listTaskLinkRows(db, ['t1', 't2']),
    insertFeedbackRows: (db) => tasks.insertFeedbackRows(db, [row('task_feedback')]),
    findFeedbackRow: (db) => tasks.findFeedbackRow(db, 'f1'),
    listFeedbackRows: (db) => tasks.listFeedbackRows(db, ['t1']),
    countFeedback: (db) => tasks.countFeedback(db, ['t1', 't2']),
    insertTaskPhotoRow: (db) => tasks.insertTaskPhotoRow(db, row('task_feedback_photos')),
    findTaskPhotoRow: (db) => tasks.findTaskPhotoRow(db, 'ph1'),
    listTaskPhotoIds: (db) => tasks.listTaskPhotoIds(db, ['t1']),
  }),
  repository('demo/maliang-disputes.repository.ts', demoDisputes, {
    emptyRowSet: null,
    insertChunked: (db) => demoDisputes.insertChunked(db, 'incident_links', [row('incident_links')]),
    insertDisputeRowSet: (db) =>
      demoDisputes.insertDisputeRowSet(db, {
        ...demoDisputes.emptyRowSet(),
        disputes: [row('disputes')],
        parties: [row('dispute_parties')],
      }),
    advanceSequence: (db) => demoDisputes.advanceSequence(db, 'town-1', 2026, 'incident', 15),
  }),
  repository('demo/maliang-key-persons.repository.ts', demoKeyPersons, {
    listDemoResidents: (db) => demoKeyPersons.listDemoResidents(db, 'town-1'),
    findDemoTownId: (db) => demoKeyPersons.findDemoTownId(db),
  }),
  repository('demo/maliang-incidents.repository.ts', demoIncidents, {
    emptyIncidentRowSet: null,
    insertIncidentRowSet: (db) =>
      demoIncidents.insertIncidentRowSet(db, {
        incidents: [row('incidents')],
        parties: [row('incident_parties')],
        timeline: [row('incident_timeline')],
        links: [row('incident_links')],
      }),
    listIncidentSourcedDisputes: (db) => demoIncidents.listIncidentSourcedDisputes(db, 'town-1'),
    listVillagePopulations: (db) => demoIncidents.listVillagePopulations(db),
    listOfficersWithoutAccount: (db) => demoIncidents.listOfficersWithoutAccount(db),
    linkDisputesToIncidents: (db) =>
      demoIncidents.linkDisputesToIncidents(db, [
        {
          disputeId: 'd1',
          incidentIds: ['i1'],
          occurredOn: '2026-11-28',
          regraded: { at: '2026-11-29T00:00:00.000Z', grade: 'yellow', reasons: [] },
        },
      ]),
  }),
  repository('modules/rotation/rotation.repository.ts', rotation, {
    findRotationSettings: (db) => rotation.findRotationSettings(db, 't1'),
    insertRotationSettings: (db) => rotation.insertRotationSettings(db, row('rotation_settings')),
    listCalendarDayRows: (db) => rotation.listCalendarDayRows(db, 't1', '2026-01-01', '2026-12-31'),
    insertCalendarDayRows: (db) => rotation.insertCalendarDayRows(db, [row('rotation_calendar_days')]),
    upsertCalendarDayRow: (db) => rotation.upsertCalendarDayRow(db, row('rotation_calendar_days')),
    deleteCalendarDayRow: (db) => rotation.deleteCalendarDayRow(db, 't1', '2026-10-01'),
    findRotaRow: (db) => rotation.findRotaRow(db, 't1', 2026),
    insertRotaRow: (db) => rotation.insertRotaRow(db, row('rotas')),
    updateRotaRow: (db) => rotation.updateRotaRow(db, 'r1', { seed: 1, generated_by: 'u1', generated_at: 'x' }),
    listSlotViews: (db) => rotation.listSlotViews(db, 't1', 2026),
    findSlotView: (db) => rotation.findSlotView(db, 's1'),
    insertSlotRows: (db) => rotation.insertSlotRows(db, [row('rota_slots')]),
    deleteSlotRowsFrom: (db) => rotation.deleteSlotRowsFrom(db, 'r1', 12),
    updateSlotRow: (db) => rotation.updateSlotRow(db, 's1', { jurisdiction_id: 'v1', director_person_id: 'p1' }),
    listCheckInRows: (db) => rotation.listCheckInRows(db, ['s1', 's2']),
    insertCheckInRow: (db) => rotation.insertCheckInRow(db, row('rota_check_ins')),
    listSwapRows: (db) => rotation.listSwapRows(db, 't1', 2026),
    findSwapRow: (db) => rotation.findSwapRow(db, 'w1'),
    insertSwapRow: (db) => rotation.insertSwapRow(db, row('rota_swaps')),
    decidePendingSwapRow: (db) =>
      rotation.decidePendingSwapRow(db, 'w1', {
        status: 'approved',
        decided_by: 'u1',
        decided_by_name: 'x',
        decided_at: 'x',
        decision_note: null,
      }),
    withdrawPendingSwaps: (db) => rotation.withdrawPendingSwaps(db, ['s1'], 'x'),
    listTownVillages: (db) => rotation.listTownVillages(db, 't1'),
    listSecurityDirectors: (db) => rotation.listSecurityDirectors(db, ['v1', 'v2']),
    isTown: (db) => rotation.isTown(db, 't1'),
    anyJurisdictionInTown: (db) => rotation.anyJurisdictionInTown(db, ['v1'], 't1'),
    listTownPeople: (db) => rotation.listTownPeople(db, 't1', ['p1']),
    listSessionsBetween: (db) => rotation.listSessionsBetween(db, SCOPE, 't1', 'x', 'y'),
    listDisputesRegisteredBetween: (db) => rotation.listDisputesRegisteredBetween(db, SCOPE, 't1', 'x', 'y'),
    listTownsOf: (db) => rotation.listTownsOf(db, ['v1']),
    listIncidentsReceivedBetween: (db) => rotation.listIncidentsReceivedBetween(db, SCOPE, 't1', 'x', 'y'),
  }),
  repository('modules/rotation/trainings.repository.ts', trainings, {
    insertTrainingRow: (db) => trainings.insertTrainingRow(db, row('trainings')),
    updateTrainingRow: (db) =>
      trainings.updateTrainingRow(db, 'tr1', {
        topic: 'x',
        trainer: 'x',
        held_on: 'x',
        place: 'x',
        attendee_ids: ['p1'],
        updated_at: 'x',
      }),
    findTrainingRow: (db) => trainings.findTrainingRow(db, 'tr1'),
    listTrainingRows: {
      'first page': (db) => trainings.listTrainingRows(db, 't1', null, 21),
      'after a row': (db) => trainings.listTrainingRows(db, 't1', { heldOn: '2026-11-05', id: 'tr9' }, 21),
    },
    deleteTrainingRow: (db) => trainings.deleteTrainingRow(db, 'tr1'),
    insertMaterialRow: (db) => trainings.insertMaterialRow(db, row('training_materials')),
    findMaterialRow: (db) => trainings.findMaterialRow(db, 'm1'),
    listMaterialRows: (db) => trainings.listMaterialRows(db, ['tr1']),
    deleteMaterialRows: (db) => trainings.deleteMaterialRows(db, 'tr1'),
  }),
  repository('modules/incidents/incident-classes.repository.ts', incidentClasses, {
    listIncidentClassRows: (db) => incidentClasses.listIncidentClassRows(db, 'town-1'),
    findIncidentClassRow: (db) => incidentClasses.findIncidentClassRow(db, 'town-1', '020201'),
    upsertIncidentClassRows: (db) => incidentClasses.upsertIncidentClassRows(db, [row('incident_classes')]),
  }),
  repository('modules/incidents/incident-repeats.repository.ts', incidentRepeats, {
    listRepeatCandidates: {
      both: (db) =>
        incidentRepeats.listRepeatCandidates(db, {
          townId: 'town-1',
          excludeId: 'i1',
          from: '2026-10-31T16:00:00.000Z',
          until: '2026-12-31T16:00:00.000Z',
          idNumberIndexes: ['b1', 'b2'],
          phoneIndexes: ['b3'],
          addressIndex: 'a1',
        }),
      idNumbersOnly: (db) =>
        incidentRepeats.listRepeatCandidates(db, {
          townId: 'town-1',
          excludeId: 'i1',
          from: '2026-10-31T16:00:00.000Z',
          until: '2026-12-31T16:00:00.000Z',
          idNumberIndexes: ['b1'],
          phoneIndexes: [],
          addressIndex: null,
        }),
    },
    listIncidentLinks: (db) => incidentRepeats.listIncidentLinks(db, 'i1'),
    insertIncidentLinks: (db) => incidentRepeats.insertIncidentLinks(db, [row('incident_links')]),
    listDisputeIncidents: {
      referred: (db) => incidentRepeats.listDisputeIncidents(db, { id: 'd1', town_id: 'town-1', incident_ids: [] }),
      named: (db) =>
        incidentRepeats.listDisputeIncidents(db, { id: 'd1', town_id: 'town-1', incident_ids: ['i1', 'i2'] }),
    },
  }),
  repository('modules/disputes/disputes-stats.repository.ts', disputesStats, {
    countDisputeGroups: {
      total: (db) =>
        disputesStats.countDisputeGroups(
          db,
          SCOPE,
          { ...DISPUTE_FILTER, registered: { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until } },
          null,
        ),
      'by category': (db) => disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, { dimension: 'category' }),
      'by risk': (db) => disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, { dimension: 'risk' }),
      'by village': (db) => disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, { dimension: 'village' }),
      'by district': (db) => disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, { dimension: 'district' }),
      'by month': (db) =>
        disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, {
          dimension: 'month',
          from: '2025-11-30T16:00:00.000Z',
          to: '2026-02-28T16:00:00.000Z',
        }),
      'by risk and village': (db) =>
        disputesStats.countDisputeGroups(db, SCOPE, DISPUTE_FILTER, { dimension: 'risk' }, { dimension: 'village' }),
    },
  }),
  repository('modules/incidents/incidents-stats.repository.ts', incidentsStats, {
    countIncidentGroups: {
      total: (db) =>
        incidentsStats.countIncidentGroups(
          db,
          SCOPE,
          { receivedFromAt: MONTH_BOUNDS.from, receivedBeforeAt: MONTH_BOUNDS.until, now: MONTH_BOUNDS.until },
          null,
        ),
      'by class': (db) =>
        incidentsStats.countIncidentGroups(db, SCOPE, { now: MONTH_BOUNDS.until }, { dimension: 'class' }),
      'by category': (db) =>
        incidentsStats.countIncidentGroups(db, SCOPE, { now: MONTH_BOUNDS.until }, { dimension: 'category' }),
      'by village': (db) =>
        incidentsStats.countIncidentGroups(db, SCOPE, { now: MONTH_BOUNDS.until }, { dimension: 'village' }),
      'by district': (db) =>
        incidentsStats.countIncidentGroups(db, SCOPE, { now: MONTH_BOUNDS.until }, { dimension: 'district' }),
      'by hour': (db) =>
        incidentsStats.countIncidentGroups(db, SCOPE, { now: MONTH_BOUNDS.until }, { dimension: 'hour' }),
      'heat: village then hour': (db) =>
        incidentsStats.countIncidentGroups(
          db,
          SCOPE,
          { now: MONTH_BOUNDS.until },
          { dimension: 'village' },
          { dimension: 'hour' },
        ),
      'by month': (db) =>
        incidentsStats.countIncidentGroups(
          db,
          SCOPE,
          { now: MONTH_BOUNDS.until },
          { dimension: 'month', from: MONTH_BOUNDS.from, to: '2026-12-31T16:00:00.000Z' },
        ),
    },
    listIncidentClassNames: {
      none: (db) => incidentsStats.listIncidentClassNames(db, []),
      some: (db) => incidentsStats.listIncidentClassNames(db, ['020201', '990100']),
    },
  }),
  repository('modules/duty/duty-stats.repository.ts', dutyStats, {
    countDutyGroups: {
      total: (db) =>
        dutyStats.countDutyGroups(db, SCOPE, { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until }, null),
      'district view by type': (db) =>
        dutyStats.countDutyGroups(
          db,
          SCOPE,
          { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until, underPath: '/c/t/d/' },
          { dimension: 'category' },
        ),
      'by village': (db) =>
        dutyStats.countDutyGroups(
          db,
          SCOPE,
          { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until },
          { dimension: 'village' },
        ),
      'by district': (db) =>
        dutyStats.countDutyGroups(
          db,
          SCOPE,
          { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until },
          { dimension: 'district' },
        ),
      'by month': (db) =>
        dutyStats.countDutyGroups(
          db,
          SCOPE,
          { fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until },
          { dimension: 'month', from: MONTH_BOUNDS.from, to: MONTH_BOUNDS.until },
        ),
    },
  }),
  repository('modules/analyses/analyses.repository.ts', analysesRepo, {
    insertAnalysisRow: (db) => analysesRepo.insertAnalysisRow(db, row('analyses')),
    findAnalysisRow: (db) => analysesRepo.findAnalysisRow(db, 'a1'),
    listAnalysisRows: {
      'no filter': (db) => analysesRepo.listAnalysisRows(db, SCOPE, { limit: 21 }),
      'every filter': (db) =>
        analysesRepo.listAnalysisRows(db, SCOPE, {
          kind: 'daily',
          state: 'signed',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          after: { firstDay: '2026-11-20', id: 'a9' },
          limit: 21,
        }),
    },
    updateAnalysisDraft: {
      judgement: (db) => analysesRepo.updateAnalysisDraft(db, 'a1', { judgement: 'x', updated_at: 'x' }),
      regenerated: (db) =>
        analysesRepo.updateAnalysisDraft(db, 'a1', { sections: [], generated_at: 'x', updated_at: 'x' }),
    },
    signAnalysisRow: (db) =>
      analysesRepo.signAnalysisRow(db, 'a1', { signed_by: 'u1', signed_by_name: 'n', signed_at: 'x', updated_at: 'x' }),
    archiveAnalysisRow: (db) => analysesRepo.archiveAnalysisRow(db, 'a1', 'x'),
  }),
  repository('modules/analyses/sources/disputes-source.repository.ts', disputesSource, {
    countRedAlerts: (db) => disputesSource.countRedAlerts(db, SOURCE_INPUT),
  }),
  repository('modules/analyses/sources/tasks-source.repository.ts', tasksSource, {
    countTaskFigures: (db) => tasksSource.countTaskFigures(db, { ...SOURCE_INPUT, overdueBefore: '2026-11-30' }),
  }),
  repository('modules/coverage/district-officer.repository.ts', districtOfficer, {
    listDistrictOfficerRows: (db) => districtOfficer.listDistrictOfficerRows(db, 'village-1', '2026-12-01'),
    listVillageAuxiliaryRows: (db) => districtOfficer.listVillageAuxiliaryRows(db, 'village-1'),
  }),
  repository('modules/hazards/hazards.repository.ts', hazardsRepo, {
    insertHazardRows: (db) => hazardsRepo.insertHazardRows(db, [row('hazards')]),
    updateHazardRow: (db) => hazardsRepo.updateHazardRow(db, 'h1', 'assigned', { state: 'rectified', updated_at: 'x' }),
    findHazardView: (db) => hazardsRepo.findHazardView(db, 'h1'),
    listHazardViews: {
      'town scope': (db) => hazardsRepo.listHazardViews(db, { scope: SCOPE, reporterUserId: 'u1' }, { limit: 51 }),
      'department, every filter': (db) =>
        hazardsRepo.listHazardViews(
          db,
          { scope: ASSIGNED_SCOPE, reporterUserId: 'u1' },
          {
            states: ['reported', 'assigned'],
            source: 'patrol',
            villageId: 'village-1',
            dueBy: '2026-12-01',
            dueFrom: '2026-11-29',
            reportedFrom: '2026-10-31T16:00:00.000Z',
            reportedBefore: '2026-11-30T16:00:00.000Z',
            districtId: 'district-1',
            fixedFrom: '2026-10-31T16:00:00.000Z',
            fixedBefore: '2026-11-30T16:00:00.000Z',
            after: { reportedAt: '2026-11-20T01:00:00.000Z', id: 'h9' },
            limit: 11,
          },
        ),
      'reporter only': (db) =>
        hazardsRepo.listHazardViews(db, { scope: EMPTY_SCOPE, reporterUserId: 'u1' }, { limit: 11 }),
    },
    countHazardViews: (db) =>
      hazardsRepo.countHazardViews(
        db,
        { scope: SCOPE, reporterUserId: 'u1' },
        { states: ['reported', 'assigned'], dueBy: '2026-11-28' },
      ),
    listOverdueHazardRows: (db) => hazardsRepo.listOverdueHazardRows(db, '2026-11-29'),
    claimHazardReminder: (db) =>
      hazardsRepo.claimHazardReminder(db, 'overdue:h1:2026-11-29', 'h1', '2026-11-29T01:00:00.000Z'),
    insertHazardEventRows: (db) => hazardsRepo.insertHazardEventRows(db, [row('hazard_events')]),
    listHazardEventRows: (db) => hazardsRepo.listHazardEventRows(db, 'h1'),
    insertHazardPhotoRows: (db) => hazardsRepo.insertHazardPhotoRows(db, [row('hazard_photos')]),
    findHazardPhotoRow: (db) => hazardsRepo.findHazardPhotoRow(db, 'ph1'),
    listHazardPhotoRows: (db) => hazardsRepo.listHazardPhotoRows(db, 'h1'),
    countHazardPhotos: (db) => hazardsRepo.countHazardPhotos(db, 'h1', 'rectification', 1),
    listHazardRoleUsers: {
      village: (db) =>
        hazardsRepo.listHazardRoleUsers(db, { townId: 'town-1', jurisdictionId: 'village-1' }, [
          'auxiliary',
          'village_cadre',
        ]),
      town: (db) => hazardsRepo.listHazardRoleUsers(db, { townId: 'town-1' }, ['chief']),
    },
  }),
  repository('modules/coverage/coverage.repository.ts', coverage, {
    listCoveragePlaces: (db) => coverage.listCoveragePlaces(db, 'town-1'),
    listPolicePosts: (db) => coverage.listPolicePosts(db, 'town-1'),
    listCoverageHolders: (db) => coverage.listCoverageHolders(db, 'town-1'),
    listPhoneCiphertexts: {
      none: (db) => coverage.listPhoneCiphertexts(db, []),
      some: (db) => coverage.listPhoneCiphertexts(db, ['p1', 'p2']),
    },
    listStandInRows: {
      all: (db) => coverage.listStandInRows(db, 'town-1', {}),
      'open on a day': (db) =>
        coverage.listStandInRows(db, 'town-1', { fromDay: '2026-12-01', toDay: '2026-12-01', openOnly: true }),
    },
    findStandIn: (db) => coverage.findStandIn(db, 's1'),
    findOverlappingStandIn: (db) =>
      coverage.findOverlappingStandIn(db, {
        absentPersonId: 'p1',
        jurisdictionId: 'village-1',
        duty: 'village_auxiliary',
        fromDay: '2026-12-01',
        toDay: '2026-12-05',
      }),
    insertStandInRow: (db) => coverage.insertStandInRow(db, row('coverage_stand_ins')),
    endStandInRow: (db) => coverage.endStandInRow(db, 's1', { ended_at: 'x', ended_by: 'u1', ended_by_name: 'n' }),
  }),
  repository('modules/hazards/hazards-stats.repository.ts', hazardsStats, {
    countHazardGroups: {
      'found, total': (db) =>
        hazardsStats.countHazardGroups(
          db,
          SCOPE,
          { kind: 'found', fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until },
          null,
        ),
      'fixed in a district by source': (db) =>
        hazardsStats.countHazardGroups(
          db,
          SCOPE,
          { kind: 'fixed', fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until, underPath: '/c/t/d/' },
          { dimension: 'category' },
        ),
      'fixed by month': (db) =>
        hazardsStats.countHazardGroups(
          db,
          SCOPE,
          { kind: 'fixed', fromAt: MONTH_BOUNDS.from, beforeAt: MONTH_BOUNDS.until },
          { dimension: 'month', from: MONTH_BOUNDS.from, to: MONTH_BOUNDS.until },
        ),
      'overdue by district': (db) =>
        hazardsStats.countHazardGroups(db, SCOPE, { kind: 'overdue', today: '2026-11-30' }, { dimension: 'district' }),
      'overdue by village': (db) =>
        hazardsStats.countHazardGroups(db, SCOPE, { kind: 'overdue', today: '2026-11-30' }, { dimension: 'village' }),
    },
  }),
  repository('modules/antifraud/antifraud.repository.ts', antifraudRepo, {
    insertActivityRows: (db) => antifraudRepo.insertActivityRows(db, [row('antifraud_activities')]),
    updateActivityRow: (db) => antifraudRepo.updateActivityRow(db, 'a1', { audience: 5, updated_at: 'x' }),
    deleteActivityRows: (db) => antifraudRepo.deleteActivityRows(db, 'a1'),
    findActivityView: (db) => antifraudRepo.findActivityView(db, 'a1'),
    listActivityViews: {
      'no filter': (db) => antifraudRepo.listActivityViews(db, SCOPE, { limit: 51 }),
      'every filter': (db) =>
        antifraudRepo.listActivityViews(db, SCOPE, {
          villageId: 'village-1',
          type: 'lecture',
          fromDay: '2026-10-01',
          toDay: '2026-10-31',
          after: { day: '2026-10-15', id: 'a9' },
          limit: 11,
        }),
    },
    listActivityPhotoIds: (db) => antifraudRepo.listActivityPhotoIds(db, ['a1', 'a2']),
    insertActivityPhotoRows: (db) => antifraudRepo.insertActivityPhotoRows(db, [row('antifraud_activity_photos')]),
    findActivityPhotoRow: (db) => antifraudRepo.findActivityPhotoRow(db, 'ph1'),
    listScopeVillages: (db) => antifraudRepo.listScopeVillages(db, SCOPE),
    listBaseRows: (db) => antifraudRepo.listBaseRows(db, ['village-1', 'village-2'], '2026-10-31'),
    listStandingInstalls: (db) => antifraudRepo.listStandingInstalls(db, ['village-1', 'village-2'], '2026-10-31'),
    listVillageHistory: (db) => antifraudRepo.listVillageHistory(db, 'village-1'),
    insertBaseRows: (db) => antifraudRepo.insertBaseRows(db, [row('antifraud_bases')]),
    replaceBaseRow: (db) => antifraudRepo.replaceBaseRow(db, row('antifraud_bases')),
    insertInstallRows: (db) => antifraudRepo.insertInstallRows(db, [row('antifraud_installs')]),
    replaceInstallRow: (db) => antifraudRepo.replaceInstallRow(db, row('antifraud_installs')),
    insertFraudCaseRows: (db) => antifraudRepo.insertFraudCaseRows(db, [row('fraud_cases')]),
    updateFraudCaseRow: (db) =>
      antifraudRepo.updateFraudCaseRow(
        db,
        'c1',
        { lost_fen: 200, recovered_fen: 50 },
        { recovered_fen: 100, updated_at: 'x' },
      ),
    findFraudCaseView: (db) => antifraudRepo.findFraudCaseView(db, 'c1'),
    listFraudCaseViews: {
      'no filter': (db) => antifraudRepo.listFraudCaseViews(db, SCOPE, { limit: 51 }),
      'every filter': (db) =>
        antifraudRepo.listFraudCaseViews(db, SCOPE, {
          villageId: 'village-1',
          type: 'fake_police',
          fromDay: '2026-10-01',
          toDay: '2026-10-31',
          after: { day: '2026-10-15', id: 'c9' },
          limit: 11,
        }),
    },
  }),
  repository('modules/antifraud/antifraud-stats.repository.ts', antifraudStats, {
    countActivityGroups: {
      total: (db) =>
        antifraudStats.countActivityGroups(db, SCOPE, { fromDay: '2026-10-01', toDay: '2026-10-31' }, null),
      'village under a district': (db) =>
        antifraudStats.countActivityGroups(
          db,
          SCOPE,
          { fromDay: '2026-10-01', toDay: '2026-10-31', underPath: '/c/t/d/' },
          'village',
        ),
      district: (db) =>
        antifraudStats.countActivityGroups(db, SCOPE, { fromDay: '2026-10-01', toDay: '2026-10-31' }, 'district'),
      category: (db) =>
        antifraudStats.countActivityGroups(db, SCOPE, { fromDay: '2026-10-01', toDay: '2026-10-31' }, 'category'),
      month: (db) =>
        antifraudStats.countActivityGroups(db, SCOPE, { fromDay: '2026-01-01', toDay: '2026-10-31' }, 'month'),
    },
    countFraudCaseGroups: {
      total: (db) =>
        antifraudStats.countFraudCaseGroups(db, SCOPE, { fromDay: '2026-10-01', toDay: '2026-10-31' }, null),
      category: (db) =>
        antifraudStats.countFraudCaseGroups(db, SCOPE, { fromDay: '2026-10-01', toDay: '2026-10-31' }, 'category'),
    },
    findLastFraudCaseDay: {
      town: (db) => antifraudStats.findLastFraudCaseDay(db, SCOPE, { untilDay: '2026-10-31' }),
      village: (db) =>
        antifraudStats.findLastFraudCaseDay(db, SCOPE, { untilDay: '2026-10-31', underPath: '/c/t/d/v/' }),
    },
  }),
  repository('modules/cameras/cameras.repository.ts', camerasRepo, {
    listCameraViews: {
      'town scope': (db) => camerasRepo.listCameraViews(db, SCOPE, { after: null, limit: 51 }),
      'every filter, next page': (db) =>
        camerasRepo.listCameraViews(db, SCOPE, {
          villageId: 'village-1',
          kind: 'household',
          status: 'online',
          q: '桥',
          after: { name: '村口', id: 'c9' },
          limit: 11,
        }),
    },
    findCameraView: (db) => camerasRepo.findCameraView(db, 'c1'),
    findCameraRow: (db) => camerasRepo.findCameraRow(db, 'c1'),
    listCameraRowsByIds: (db) => camerasRepo.listCameraRowsByIds(db, ['c1', 'c2']),
    listTakenDeviceIds: (db) => camerasRepo.listTakenDeviceIds(db, ['42062604001320000001']),
    insertCameraRows: (db) => camerasRepo.insertCameraRows(db, [row('cameras')]),
    updateCameraRow: (db) => camerasRepo.updateCameraRow(db, 'c1', { name: 'x', updated_at: 'x' }),
    markCamerasProbed: (db) =>
      camerasRepo.markCamerasProbed(db, ['c1', 'c2'], {
        status: 'online',
        last_seen_at: '2026-12-01T00:00:00.000Z',
        status_checked_at: '2026-12-01T00:00:00.000Z',
      }),
    setCamerasVenue: (db) => camerasRepo.setCamerasVenue(db, ['c1'], 'venue-1', '2026-12-01T00:00:00.000Z'),
    listProbedCameraRows: (db) => camerasRepo.listProbedCameraRows(db),
    listConsentsOfCameras: (db) => camerasRepo.listConsentsOfCameras(db, ['c1']),
    insertConsents: (db) =>
      camerasRepo.insertConsents(db, [
        { row: { ...(row('camera_consents') as object), purposes: ['incident'] } as never, roles: ['officer'] },
      ]),
    findConsentRow: (db) => camerasRepo.findConsentRow(db, 'k1'),
    revokeConsentRows: {
      one: (db) => camerasRepo.revokeConsentRows(db, { id: 'k1' }, '2026-12-01T00:00:00.000Z', 'u1'),
      agreement: (db) => camerasRepo.revokeConsentRows(db, { agreementId: 'a1' }, '2026-12-01T00:00:00.000Z', null),
    },
    listGrantsOfCameras: (db) => camerasRepo.listGrantsOfCameras(db, ['c1']),
    listLiveConsentsOfCameras: (db) => camerasRepo.listLiveConsentsOfCameras(db, ['c1'], '2026-12-01T00:00:00.000Z'),
    listRoleGrantsOfAccounts: (db) => camerasRepo.listRoleGrantsOfAccounts(db, ['u1']),
    listCameraPlaces: (db) => camerasRepo.listCameraPlaces(db, ['c1']),
    listGroupViews: (db) => camerasRepo.listGroupViews(db, ['town-1']),
    listGroupsOfCamera: (db) => camerasRepo.listGroupsOfCamera(db, 'c1'),
    findGroupRow: (db) => camerasRepo.findGroupRow(db, 'g1'),
    countGroupMembers: (db) => camerasRepo.countGroupMembers(db, 'g1'),
    insertGroupRows: (db) => camerasRepo.insertGroupRows(db, [row('camera_groups')]),
    updateGroupName: (db) => camerasRepo.updateGroupName(db, 'g1', '镇公共视频'),
    listGroupMemberViews: (db) => camerasRepo.listGroupMemberViews(db, 'g1'),
    insertGroupMembers: (db) => camerasRepo.insertGroupMembers(db, [{ group_id: 'g1', camera_id: 'c1' }]),
    deleteGroupMembers: (db) => camerasRepo.deleteGroupMembers(db, 'g1', ['c1']),
    listGrantViews: (db) => camerasRepo.listGrantViews(db, ['g1']),
    insertGrantRows: (db) => camerasRepo.insertGrantRows(db, [row('camera_grants')]),
    findGrantRow: (db) => camerasRepo.findGrantRow(db, 'gr1'),
    deleteGrantRow: (db) => camerasRepo.deleteGrantRow(db, 'gr1'),
    accountWorksIn: (db) => camerasRepo.accountWorksIn(db, 'u1', { id: 'town-1', path: '/county-1/town-1/' }),
    listOwnerPii: (db) => camerasRepo.listOwnerPii(db, ['p1']),
    listTownAccounts: {
      first: (db) =>
        camerasRepo.listTownAccounts(db, { id: 'town-1', path: '/county-1/town-1/' }, { after: null, limit: 21 }),
      'name and after': (db) =>
        camerasRepo.listTownAccounts(
          db,
          { id: 'town-1', path: '/county-1/town-1/' },
          { q: '张', after: { name: '张三', id: 'u1' }, limit: 21 },
        ),
    },
    listTownRolesOfAccounts: (db) =>
      camerasRepo.listTownRolesOfAccounts(db, ['u1', 'u2'], { id: 'town-1', path: '/county-1/town-1/' }),
  }),
  repository('modules/key-persons/key-persons.repository.ts', keyPersons, {
    insertKeyPersonRow: (db) => keyPersons.insertKeyPersonRow(db, row('key_persons')),
    findKeyPersonView: (db) => keyPersons.findKeyPersonView(db, 'k1'),
    findActiveKeyPersonIdByPersonIndex: (db) => keyPersons.findActiveKeyPersonIdByPersonIndex(db, 'bidx', 'police'),
    listKeyPersonViews: {
      'both groups': (db) =>
        keyPersons.listKeyPersonViews(db, { police: SCOPE, governance: SCOPE }, { status: 'active', limit: 51 }),
      'governance only, every filter': (db) =>
        keyPersons.listKeyPersonViews(
          db,
          { police: null, governance: SCOPE },
          {
            status: 'active',
            group: 'governance',
            category: 'released_prisoner',
            level: 'high',
            villageId: 'village-1',
            overdueBefore: '2026-11-30',
            staffPersonId: 'p1',
            after: { due: '2026-12-01', id: 'k9' },
            limit: 11,
          },
        ),
      'no group': (db) =>
        keyPersons.listKeyPersonViews(db, { police: null, governance: null }, { status: 'removed', limit: 11 }),
    },
    countKeyPersons: (db) =>
      keyPersons.countKeyPersons(
        db,
        { police: SCOPE, governance: SCOPE },
        { status: 'active', overdueBefore: '2026-11-30', staffPersonId: 'p1' },
      ),
    updateKeyPersonRow: (db) => keyPersons.updateKeyPersonRow(db, 'k1', { level: 'low', updated_at: 'x' }),
    advanceKeyPersonLastVisit: (db) =>
      keyPersons.advanceKeyPersonLastVisit(db, 'k1', { last_visit_on: 'd', next_visit_due: 'd', updated_at: 'x' }),
    listActiveKeyPersonsAtLevel: (db) => keyPersons.listActiveKeyPersonsAtLevel(db, 'town-1', 'medium'),
    listKeyPersonPeople: (db) => keyPersons.listKeyPersonPeople(db, ['p1', 'p2']),
    findKeyPersonPersonCipher: (db) => keyPersons.findKeyPersonPersonCipher(db, 'p1'),
    listUserIdsOfPeople: (db) => keyPersons.listUserIdsOfPeople(db, ['p1', 'p2']),
    insertKeyPersonRequestRow: (db) => keyPersons.insertKeyPersonRequestRow(db, row('key_person_requests')),
    findKeyPersonRequestRow: (db) => keyPersons.findKeyPersonRequestRow(db, 'r1'),
    listPendingKeyPersonRequestRows: (db) => keyPersons.listPendingKeyPersonRequestRows(db, ['k1', 'k2']),
    listKeyPersonRequestRows: (db) => keyPersons.listKeyPersonRequestRows(db, 'k1'),
    decideKeyPersonRequestRow: (db) =>
      keyPersons.decideKeyPersonRequestRow(db, 'r1', {
        state: 'approved',
        decided_by: 'u1',
        decided_by_name: 'x',
        decided_at: 'x',
        decision_note: null,
      }),
    insertKeyPersonVisitRow: (db) => keyPersons.insertKeyPersonVisitRow(db, row('key_person_visits')),
    findKeyPersonVisitRow: (db) => keyPersons.findKeyPersonVisitRow(db, 'v1'),
    listKeyPersonVisitRows: {
      'first page': (db) => keyPersons.listKeyPersonVisitRows(db, 'k1', null, 51),
      'next page': (db) =>
        keyPersons.listKeyPersonVisitRows(db, 'k1', { visitedAt: '2026-11-20T02:00:00.000Z', id: 'v9' }, 11),
    },
    listKeyPersonVisitPhotoIds: (db) => keyPersons.listKeyPersonVisitPhotoIds(db, ['v1', 'v2']),
    insertKeyPersonVisitPhotoRow: (db) => keyPersons.insertKeyPersonVisitPhotoRow(db, row('key_person_visit_photos')),
    findKeyPersonVisitPhotoRow: (db) => keyPersons.findKeyPersonVisitPhotoRow(db, 'ph1'),
    listVisitPlanRows: (db) => keyPersons.listVisitPlanRows(db, 'town-1'),
    upsertVisitPlanRows: (db) => keyPersons.upsertVisitPlanRows(db, [row('key_person_visit_plans')]),
    listOverdueKeyPersonRows: (db) => keyPersons.listOverdueKeyPersonRows(db, '2026-11-30'),
    claimKeyPersonReminder: (db) => keyPersons.claimKeyPersonReminder(db, 'overdue:k1:2026-11-30', 'k1', 'x'),
    countKeyPersonFigures: (db) =>
      keyPersons.countKeyPersonFigures(db, 'town-1', 'police', {
        fromDay: '2026-11-01',
        toDay: '2026-11-30',
        asOfDay: '2026-11-30',
      }),
  }),
  repository('modules/patrols/patrols.repository.ts', patrols, {
    insertPatrolTeamRows: (db) => patrols.insertPatrolTeamRows(db, [row('patrol_teams')]),
    insertPatrolTeamAreaRows: (db) => patrols.insertPatrolTeamAreaRows(db, [row('patrol_team_areas')]),
    deletePatrolTeamAreas: (db) => patrols.deletePatrolTeamAreas(db, 't1'),
    updatePatrolTeamRow: (db) => patrols.updatePatrolTeamRow(db, 't1', { name: 'x', updated_at: 'x' }),
    findPatrolTeamView: (db) => patrols.findPatrolTeamView(db, 't1'),
    listPatrolTeamViews: {
      first: (db) => patrols.listPatrolTeamViews(db, SCOPE, { limit: 51 }),
      'active, after': (db) =>
        patrols.listPatrolTeamViews(db, SCOPE, { active: true, after: { name: 'n', id: 't1' }, limit: 11 }),
    },
    listPatrolTeamAreas: (db) => patrols.listPatrolTeamAreas(db, ['t1', 't2']),
    listPatrolPlaces: (db) => patrols.listPatrolPlaces(db, ['j1', 'j2']),
    findLeaderCandidate: (db) => patrols.findLeaderCandidate(db, 'p1'),
    insertPatrolMemberRows: (db) => patrols.insertPatrolMemberRows(db, [row('patrol_members')]),
    deletePatrolMember: (db) => patrols.deletePatrolMember(db, 'm1'),
    findPatrolMember: (db) => patrols.findPatrolMember(db, 'm1'),
    findPatrolMemberByPerson: (db) => patrols.findPatrolMemberByPerson(db, 't1', 'p1'),
    listPatrolMemberViews: (db) => patrols.listPatrolMemberViews(db, ['t1']),
    insertPatrolShiftRows: (db) => patrols.insertPatrolShiftRows(db, [row('patrol_shifts')]),
    deletePatrolShift: (db) => patrols.deletePatrolShift(db, 's1'),
    listPatrolShiftDays: (db) => patrols.listPatrolShiftDays(db, 't1', ['2026-11-01', '2026-11-02']),
    findPatrolShiftView: (db) => patrols.findPatrolShiftView(db, 's1'),
    listPatrolShiftViews: {
      first: (db) => patrols.listPatrolShiftViews(db, SCOPE, { limit: 51 }),
      'team, days, after': (db) =>
        patrols.listPatrolShiftViews(db, SCOPE, {
          teamId: 't1',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          after: { day: '2026-11-20', id: 's1' },
          limit: 11,
        }),
    },
    insertPatrolCheckpointRows: (db) => patrols.insertPatrolCheckpointRows(db, [row('patrol_checkpoints')]),
    updatePatrolCheckpointRow: (db) => patrols.updatePatrolCheckpointRow(db, 'k1', { version: 2, updated_at: 'x' }),
    findPatrolCheckpointView: (db) => patrols.findPatrolCheckpointView(db, 'k1'),
    listPatrolCheckpointViews: {
      first: (db) => patrols.listPatrolCheckpointViews(db, SCOPE, { limit: 51 }),
      'village, active, after': (db) =>
        patrols.listPatrolCheckpointViews(db, SCOPE, {
          villageId: 'village-1',
          active: true,
          after: { villageName: 'v', name: 'n', id: 'k1' },
          limit: 11,
        }),
      'all (print)': (db) => patrols.listPatrolCheckpointViews(db, SCOPE, { active: true, limit: null }),
    },
    findRotaForCheckIn: {
      'member or leader': (db) =>
        patrols.findRotaForCheckIn(db, { userId: 'u1', personId: 'p1', day: '2026-11-01', areaIds: ['v1', 'd1'] }),
      'member only': (db) =>
        patrols.findRotaForCheckIn(db, { userId: 'u1', personId: null, day: '2026-11-01', areaIds: ['v1'] }),
    },
    insertPatrolCheckInOnce: (db) => patrols.insertPatrolCheckInOnce(db, row('patrol_check_ins')),
    insertPatrolCheckInRows: (db) => patrols.insertPatrolCheckInRows(db, [row('patrol_check_ins')]),
    findPatrolCheckInConflict: {
      'with clientId': (db) =>
        patrols.findPatrolCheckInConflict(db, {
          userId: 'u1',
          clientId: 'c1',
          checkpointId: 'k1',
          day: '2026-11-01',
          personId: 'p1',
        }),
      'without clientId': (db) =>
        patrols.findPatrolCheckInConflict(db, {
          userId: 'u1',
          clientId: null,
          checkpointId: 'k1',
          day: '2026-11-01',
          personId: 'p1',
        }),
    },
    findPatrolCheckInView: (db) => patrols.findPatrolCheckInView(db, 'c1'),
    listPatrolCheckInViews: {
      first: (db) => patrols.listPatrolCheckInViews(db, SCOPE, { limit: 51 }),
      'filters, after': (db) =>
        patrols.listPatrolCheckInViews(db, SCOPE, {
          shiftId: 's1',
          teamId: 't1',
          personId: 'p1',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          after: { at: 'x', id: 'c1' },
          limit: 11,
        }),
      all: (db) => patrols.listPatrolCheckInViews(db, SCOPE, { limit: null }),
    },
    insertPatrolLogRows: (db) => patrols.insertPatrolLogRows(db, [row('patrol_logs')]),
    insertPatrolFindingRows: (db) => patrols.insertPatrolFindingRows(db, [row('patrol_findings')]),
    findPatrolLogView: (db) => patrols.findPatrolLogView(db, 'l1'),
    findPatrolLogIdOfShift: (db) => patrols.findPatrolLogIdOfShift(db, 's1'),
    listPatrolLogViews: {
      first: (db) => patrols.listPatrolLogViews(db, SCOPE, { limit: 51 }),
      'filters, after': (db) =>
        patrols.listPatrolLogViews(db, SCOPE, {
          teamId: 't1',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          finding: 'suspect',
          after: { day: '2026-11-20', id: 'l1' },
          limit: 11,
        }),
      all: (db) => patrols.listPatrolLogViews(db, SCOPE, { limit: null }),
    },
    listPatrolFindings: (db) => patrols.listPatrolFindings(db, ['l1', 'l2']),
    listPatrolHoursRows: {
      town: (db) => patrols.listPatrolHoursRows(db, SCOPE, { fromDay: '2026-11-01', toDay: '2026-11-30' }),
      team: (db) =>
        patrols.listPatrolHoursRows(db, SCOPE, { fromDay: '2026-01-01', toDay: '2026-12-31', teamId: 't1' }),
    },
    listPatrolUserIdsOfPerson: (db) => patrols.listPatrolUserIdsOfPerson(db, 'p1'),
    findPatrolPerson: (db) => patrols.findPatrolPerson(db, 'p1'),
  }),
  repository('modules/patrols/patrols-stats.repository.ts', patrolsStats, {
    countPatrolShiftGroups: {
      total: (db) => patrolsStats.countPatrolShiftGroups(db, SCOPE, { fromAt: 'a', beforeAt: 'b' }),
      'by month under a place': (db) =>
        patrolsStats.countPatrolShiftGroups(db, SCOPE, {
          fromAt: MONTH_BOUNDS.from,
          beforeAt: MONTH_BOUNDS.until,
          underPath: '/c/t/d/',
          byMonth: { from: MONTH_BOUNDS.from, to: MONTH_BOUNDS.until },
        }),
    },
    countPatrolCheckInGroups: (db) =>
      patrolsStats.countPatrolCheckInGroups(db, SCOPE, { fromAt: 'a', beforeAt: 'b', underPath: '/c/t/' }),
    countPatrolFindingGroups: (db) =>
      patrolsStats.countPatrolFindingGroups(db, SCOPE, { fromAt: 'a', beforeAt: 'b', kind: 'suspect' }),
  }),
  repository('platform/media/demo-media.repository.ts', demoMedia, {
    listRtpCameraSources: (db) => demoMedia.listRtpCameraSources(db),
  }),
  repository('modules/venues/venues.repository.ts', venues, {
    insertVenueRow: (db) => venues.insertVenueRow(db, row('venues')),
    updateVenueRow: (db) => venues.updateVenueRow(db, 'v1', { name: 'x', updated_at: 'x' }),
    findVenueView: (db) => venues.findVenueView(db, 'v1'),
    listVenueViews: {
      first: (db) => venues.listVenueViews(db, SCOPE, { limit: 51 }),
      'every filter, after': (db) =>
        venues.listVenueViews(db, SCOPE, {
          villageId: 'village-1',
          kind: 'bank',
          q: '信用',
          after: ['x', 'v9'],
          limit: 11,
        }),
    },
    listVenueContactRows: (db) => venues.listVenueContactRows(db, ['v1', 'v2']),
    findContactPerson: (db) => venues.findContactPerson(db, 'p1'),
    listVenueCameraRows: (db) => venues.listVenueCameraRows(db, ['v1', 'v2']),
    listCamerasByIds: (db) => venues.listCamerasByIds(db, ['c1', 'c2']),
    insertAgreementRow: (db) => venues.insertAgreementRow(db, row('venue_agreements')),
    insertAgreementCameraRows: (db) => venues.insertAgreementCameraRows(db, [row('venue_agreement_cameras')]),
    findAgreementRow: (db) => venues.findAgreementRow(db, 'a1'),
    listAgreementRows: (db) => venues.listAgreementRows(db, ['v1', 'v2']),
    listAgreementCameraRows: (db) => venues.listAgreementCameraRows(db, ['a1', 'a2']),
    revokeAgreementRow: (db) => venues.revokeAgreementRow(db, 'a1', { at: 'x', by: 'u1', byName: 'x', reason: 'x' }),
    insertAgreementDocumentRow: (db) => venues.insertAgreementDocumentRow(db, row('venue_agreement_documents')),
    findAgreementDocumentRow: (db) => venues.findAgreementDocumentRow(db, 'd1'),
    listAgreementDocumentRows: (db) => venues.listAgreementDocumentRows(db, ['a1', 'a2']),
  }),
  repository('modules/video-patrols/video-patrols.repository.ts', videoPatrols, {
    listVideoPatrolCameras: (db) => videoPatrols.listVideoPatrolCameras(db, ['c1', 'c2']),
    insertVideoPatrolPlanRows: (db) =>
      videoPatrols.insertVideoPatrolPlanRows(db, [row('video_patrol_plans')], [row('video_patrol_plan_cameras')]),
    updateVideoPatrolPlanRow: (db) =>
      videoPatrols.updateVideoPatrolPlanRow(db, 'p1', { name: 'x', active: 0, updated_at: 'x' }),
    replaceVideoPatrolPlanCameras: (db) =>
      videoPatrols.replaceVideoPatrolPlanCameras(db, 'p1', [row('video_patrol_plan_cameras')]),
    findVideoPatrolPlanRow: (db) => videoPatrols.findVideoPatrolPlanRow(db, 'p1'),
    listVideoPatrolPlanRows: {
      first: (db) => videoPatrols.listVideoPatrolPlanRows(db, SCOPE, { limit: 51 }),
      'next page, active': (db) =>
        videoPatrols.listVideoPatrolPlanRows(db, SCOPE, { active: true, after: { at: 'x', id: 'p1' }, limit: 11 }),
    },
    listActiveVideoPatrolPlanRows: (db) => videoPatrols.listActiveVideoPatrolPlanRows(db),
    listVideoPatrolPlanCameraRows: (db) => videoPatrols.listVideoPatrolPlanCameraRows(db, ['p1', 'p2']),
    insertVideoPatrolRoundRows: (db) =>
      videoPatrols.insertVideoPatrolRoundRows(
        db,
        [row('video_patrol_rounds')],
        [row('video_patrol_round_cameras')],
        [row('video_patrol_participants')],
      ),
    insertScheduledVideoPatrolRound: (db) =>
      videoPatrols.insertScheduledVideoPatrolRound(
        db,
        row('video_patrol_rounds'),
        [row('video_patrol_round_cameras')],
        [row('video_patrol_participants')],
      ),
    insertVideoPatrolParticipantRows: (db) =>
      videoPatrols.insertVideoPatrolParticipantRows(db, [row('video_patrol_participants')]),
    findVideoPatrolRoundRow: (db) => videoPatrols.findVideoPatrolRoundRow(db, 'r1'),
    listVideoPatrolRoundRows: {
      first: (db) => videoPatrols.listVideoPatrolRoundRows(db, SCOPE, { limit: 51 }),
      'every filter': (db) =>
        videoPatrols.listVideoPatrolRoundRows(db, SCOPE, {
          planId: 'p1',
          state: 'open',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          withFindings: true,
          after: { day: '2026-11-15', id: 'r1' },
          limit: 11,
        }),
    },
    listVideoPatrolRoundCameraViews: (db) => videoPatrols.listVideoPatrolRoundCameraViews(db, ['r1', 'r2']),
    isCameraInVideoPatrolRound: (db) => videoPatrols.isCameraInVideoPatrolRound(db, 'r1', 'c1'),
    listVideoPatrolParticipantRows: (db) => videoPatrols.listVideoPatrolParticipantRows(db, ['r1', 'r2']),
    countVideoPatrolResult: (db) => videoPatrols.countVideoPatrolResult(db, 'r1', true, 'x'),
    closeVideoPatrolRoundRow: (db) => videoPatrols.closeVideoPatrolRoundRow(db, 'r1', 'x', 'u1'),
    findRotationDirectorOn: (db) => videoPatrols.findRotationDirectorOn(db, 'town-1', '2026-11-30'),
    insertVideoPatrolResultRows: (db) => videoPatrols.insertVideoPatrolResultRows(db, [row('video_patrol_results')]),
    setVideoPatrolResultFinding: (db) =>
      videoPatrols.setVideoPatrolResultFinding(db, 'res1', {
        finding_kind: 'hazard',
        finding_id: 'h1',
        finding_label: 'x',
      }),
    findVideoPatrolResultRow: (db) => videoPatrols.findVideoPatrolResultRow(db, 'res1'),
    listVideoPatrolResultRows: (db) => videoPatrols.listVideoPatrolResultRows(db, ['r1', 'r2']),
    insertVideoReminderRows: (db) => videoPatrols.insertVideoReminderRows(db, [row('video_reminders')]),
    findVideoReminderView: (db) => videoPatrols.findVideoReminderView(db, 'm1'),
    listVideoReminderViews: {
      first: (db) => videoPatrols.listVideoReminderViews(db, SCOPE, { limit: 51 }),
      'every filter': (db) =>
        videoPatrols.listVideoReminderViews(db, SCOPE, {
          state: 'pending',
          villageId: 'village-1',
          target: 'household',
          fromDay: '2026-11-01',
          toDay: '2026-11-30',
          recipientUserId: 'u1',
          after: { at: 'x', id: 'm1' },
          limit: 11,
        }),
    },
    listVideoReminderRowsOfResults: (db) => videoPatrols.listVideoReminderRowsOfResults(db, ['res1', 'res2']),
    recordVideoReminderOutcomeRow: (db) =>
      videoPatrols.recordVideoReminderOutcomeRow(db, 'm1', {
        state: 'resolved',
        outcome_note: null,
        outcome_at: 'x',
        outcome_by: 'u1',
        outcome_by_name: 'x',
      }),
    listPendingVideoReminderViews: (db) => videoPatrols.listPendingVideoReminderViews(db, SCOPE, 5),
    listVillageCadreUsers: (db) => videoPatrols.listVillageCadreUsers(db, 'village-1'),
    findVideoPatrolPerson: (db) => videoPatrols.findVideoPatrolPerson(db, 'p1'),
    listVideoPatrolPersons: (db) => videoPatrols.listVideoPatrolPersons(db, ['p1', 'p2']),
    listTownPublicCameras: (db) => videoPatrols.listTownPublicCameras(db, 'town-1'),
  }),
  repository('modules/video-patrols/video-patrols-stats.repository.ts', videoPatrolsStats, {
    countVideoPatrolRoundGroups: {
      total: (db) =>
        videoPatrolsStats.countVideoPatrolRoundGroups(db, SCOPE, {
          fromAt: SOURCE_INPUT.from,
          beforeAt: SOURCE_INPUT.to,
        }),
      'by month, under a place': (db) =>
        videoPatrolsStats.countVideoPatrolRoundGroups(db, SCOPE, {
          fromAt: SOURCE_INPUT.from,
          beforeAt: SOURCE_INPUT.to,
          underPath: '/c/t/',
          byMonth: { from: SOURCE_INPUT.from, to: SOURCE_INPUT.to },
        }),
    },
    countVideoPatrolFindingGroups: (db) =>
      videoPatrolsStats.countVideoPatrolFindingGroups(db, SCOPE, {
        fromAt: SOURCE_INPUT.from,
        beforeAt: SOURCE_INPUT.to,
      }),
    countVideoReminderGroups: (db) =>
      videoPatrolsStats.countVideoReminderGroups(db, SCOPE, {
        fromAt: SOURCE_INPUT.from,
        beforeAt: SOURCE_INPUT.to,
        underPath: '/c/t/v/',
      }),
    countVideoRemindersToDate: (db) =>
      videoPatrolsStats.countVideoRemindersToDate(db, SCOPE, { asOf: SOURCE_INPUT.asOf }),
    listVideoPatrolActivity: (db) =>
      videoPatrolsStats.listVideoPatrolActivity(db, SCOPE, { fromAt: SOURCE_INPUT.from, beforeAt: SOURCE_INPUT.to }),
  }),
  repository('modules/video-views/video-views.repository.ts', videoViews, {
    insertVideoViewRows: (db) => videoViews.insertVideoViewRows(db, [row('video_views')]),
    findVideoViewRow: (db) => videoViews.findVideoViewRow(db, 'v1'),
    claimVideoViewToken: (db) => videoViews.claimVideoViewToken(db, 'v1', 'hash', 'x'),
    markVideoViewStarted: (db) => videoViews.markVideoViewStarted(db, 'v1', 'viewer-1', 'x'),
    endVideoViewRow: (db) =>
      videoViews.endVideoViewRow(db, 'v1', { endedAt: 'x', reason: 'closed', durationSeconds: 5 }),
    listOpenVideoViewRows: {
      all: (db) => videoViews.listOpenVideoViewRows(db),
      'of cameras': (db) => videoViews.listOpenVideoViewRows(db, ['c1', 'c2']),
    },
    listVideoViewRows: {
      'town scope': (db) => videoViews.listVideoViewRows(db, SCOPE, { after: null, limit: 51 }),
      'every filter': (db) =>
        videoViews.listVideoViewRows(db, SCOPE, {
          cameraId: 'c1',
          accountId: 'u1',
          from: '2026-11-30T16:00:00.000Z',
          to: '2026-12-01T16:00:00.000Z',
          after: { openedAt: '2026-12-01T01:00:00.000Z', id: 'v9' },
          limit: 11,
        }),
    },
    insertVideoSnapshotRows: (db) => videoViews.insertVideoSnapshotRows(db, [row('video_snapshots')]),
    findVideoSnapshotRow: (db) => videoViews.findVideoSnapshotRow(db, 's1'),
    listVideoSnapshotRows: (db) => videoViews.listVideoSnapshotRows(db, { kind: 'dispute', id: 'd1' }),
    listVideoSnapshotRowsOfTargets: (db) =>
      videoViews.listVideoSnapshotRowsOfTargets(db, 'video_patrol_result', ['r1', 'r2']),
  }),
  repository('modules/mediation-rooms/rooms.repository.ts', mediationRooms, {
    insertRoomRow: (db) => mediationRooms.insertRoomRow(db, row('mediation_rooms')),
    findRoomRow: (db) => mediationRooms.findRoomRow(db, 'r1'),
    findOpenRoomRow: (db) => mediationRooms.findOpenRoomRow(db, 'r1'),
    lockRoomRow: (db) => mediationRooms.lockRoomRow(db, 'r1'),
    findRoomWithDispute: (db) => mediationRooms.findRoomWithDispute(db, 'r1'),
    findOpenRoomOfMediation: (db) => mediationRooms.findOpenRoomOfMediation(db, 'm1'),
    listDisputeRoomRows: (db) => mediationRooms.listDisputeRoomRows(db, 'd1'),
    listScopedRoomRows: {
      'open, first page': (db) => mediationRooms.listScopedRoomRows(db, SCOPE, { status: 'open' }, null, 51),
      'any status, next page': (db) =>
        mediationRooms.listScopedRoomRows(db, SCOPE, {}, { openedAt: '2026-12-03T01:00:00.000Z', id: 'r9' }, 11),
    },
    updateRoomRow: (db) => mediationRooms.updateRoomRow(db, 'r1', { record: 'x', updated_at: 'x' }),
    closeRoomRow: (db) =>
      mediationRooms.closeRoomRow(db, 'r1', {
        closed_at: 'x',
        closed_by: 'u1',
        close_reason: 'closed',
        outcome: 'agreement',
        record: 'x',
        updated_at: 'x',
      }),
    bumpRoomVersionRow: (db) => mediationRooms.bumpRoomVersionRow(db, 'r1', 'x'),
    markRoomMediaStarted: (db) => mediationRooms.markRoomMediaStarted(db, 'r1', 'x'),
    listExpiredRoomRows: (db) => mediationRooms.listExpiredRoomRows(db, '2026-12-03T05:00:00.000Z', 50),
    listRoomStatuses: (db) => mediationRooms.listRoomStatuses(db, ['r1', 'r2']),
    insertParticipantRow: (db) => mediationRooms.insertParticipantRow(db, row('mediation_room_participants')),
    findParticipantRow: (db) => mediationRooms.findParticipantRow(db, 'p1'),
    findAccountParticipantRow: (db) => mediationRooms.findAccountParticipantRow(db, 'r1', 'u1'),
    listParticipantRows: (db) => mediationRooms.listParticipantRows(db, ['r1', 'r2']),
    listParticipantStatuses: (db) => mediationRooms.listParticipantStatuses(db, 'r1'),
    listParticipantPersonIds: (db) => mediationRooms.listParticipantPersonIds(db, 'r1'),
    updateParticipantRow: (db) => mediationRooms.updateParticipantRow(db, 'p1', { last_seen_at: 'x' }),
    moveParticipantRow: (db) =>
      mediationRooms.moveParticipantRow(db, 'p1', ['waiting'], { status: 'admitted', admitted_at: 'x' }),
    clearParticipantFeed: (db) => mediationRooms.clearParticipantFeed(db, 'p1', '1001'),
  }),
  repository('modules/mediation-rooms/room-invitations.repository.ts', roomInvitations, {
    insertInvitationRow: (db) => roomInvitations.insertInvitationRow(db, row('mediation_room_invitations')),
    findInvitationByTokenHash: (db) => roomInvitations.findInvitationByTokenHash(db, 'hash'),
    findInvitationOfRoom: (db) => roomInvitations.findInvitationOfRoom(db, 'room-1', 'i1'),
    listInvitationsOfRoom: (db) => roomInvitations.listInvitationsOfRoom(db, 'room-1'),
    claimInvitation: (db) => roomInvitations.claimInvitation(db, 'i1', 'x'),
    setInvitationParticipant: (db) => roomInvitations.setInvitationParticipant(db, 'i1', 'p1'),
    revokeInvitation: (db) => roomInvitations.revokeInvitation(db, 'i1', 'x'),
  }),
  repository('modules/mediation-rooms/room-guests.repository.ts', roomGuests, {
    insertGuestSessionRow: (db) => roomGuests.insertGuestSessionRow(db, row('mediation_room_guest_sessions')),
    findGuestSession: (db) => roomGuests.findGuestSession(db, 'hash'),
    insertDraftConfirmation: (db) => roomGuests.insertDraftConfirmation(db, row('mediation_room_draft_confirmations')),
    findDraftConfirmation: (db) => roomGuests.findDraftConfirmation(db, 'p1', 'a1', 'hash'),
    listDraftConfirmations: (db) => roomGuests.listDraftConfirmations(db, 'room-1'),
  }),
  repository('modules/mediation-rooms/room-join-tokens.repository.ts', roomJoinTokens, {
    insertJoinTokenRow: (db) => roomJoinTokens.insertJoinTokenRow(db, row('mediation_room_join_tokens')),
    findJoinTokenRow: (db) => roomJoinTokens.findJoinTokenRow(db, 'hash'),
    claimJoinTokenRow: (db) => roomJoinTokens.claimJoinTokenRow(db, 't1', 'x'),
  }),
  repository('modules/cadre-registrations/cadre-registrations.repository.ts', cadreRegistrations, {
    insertCadreCode: (db) => cadreRegistrations.insertCadreCode(db, row('cadre_codes')),
    findCadreCode: (db) => cadreRegistrations.findCadreCode(db, 'c1'),
    findCadreCodeByHash: (db) => cadreRegistrations.findCadreCodeByHash(db, 'h1'),
    revokeCadreCode: (db) => cadreRegistrations.revokeCadreCode(db, 'c1', 'x', 'u1'),
    findCadreCodeView: (db) => cadreRegistrations.findCadreCodeView(db, 'c1'),
    listCadreCodeViews: {
      first: (db) => cadreRegistrations.listCadreCodeViews(db, SCOPE, { now: 'x', limit: 51 }),
      active: (db) =>
        cadreRegistrations.listCadreCodeViews(db, SCOPE, { state: 'active', now: 'x', after: ['x', 'c1'], limit: 11 }),
      expired: (db) => cadreRegistrations.listCadreCodeViews(db, SCOPE, { state: 'expired', now: 'x', limit: 11 }),
      revoked: (db) => cadreRegistrations.listCadreCodeViews(db, SCOPE, { state: 'revoked', now: 'x', limit: 11 }),
    },
    insertCadreRegistration: (db) => cadreRegistrations.insertCadreRegistration(db, row('cadre_registrations')),
    findCadreRegistrationView: (db) => cadreRegistrations.findCadreRegistrationView(db, 'r1'),
    listCadreRegistrationViews: {
      first: (db) => cadreRegistrations.listCadreRegistrationViews(db, SCOPE, { limit: 51 }),
      pending: (db) =>
        cadreRegistrations.listCadreRegistrationViews(db, SCOPE, {
          status: 'pending',
          after: ['x', 'r1'],
          limit: 11,
        }),
    },
    decideCadreRegistration: (db) =>
      cadreRegistrations.decideCadreRegistration(db, 'r1', {
        status: 'refused',
        decidedBy: 'u1',
        decidedAt: 'x',
        refusalReason: 'x',
      }),
    settlePendingUser: (db) => cadreRegistrations.settlePendingUser(db, 'u1', 'active', 'x'),
    listTownRoleUsers: (db) => cadreRegistrations.listTownRoleUsers(db, 'town-1', ['chief', 'officer']),
  }),
  repository('modules/mediation-rooms/room-recording.repository.ts', roomRecording, {
    listConsentingParticipants: (db) => roomRecording.listConsentingParticipants(db, 'room-1'),
    liveConsentTimes: {
      none: (db) => roomRecording.liveConsentTimes(db, []),
      rooms: (db) => roomRecording.liveConsentTimes(db, ['room-1', 'room-2']),
    },
    findLiveConsent: (db) => roomRecording.findLiveConsent(db, 'p1'),
    insertConsent: (db) => roomRecording.insertConsent(db, row('mediation_room_consents')),
    withdrawLiveConsent: (db) => roomRecording.withdrawLiveConsent(db, 'p1', 'x'),
    listConsentHistory: (db) => roomRecording.listConsentHistory(db, 'room-1'),
    setRoomRecordingState: (db) => roomRecording.setRoomRecordingState(db, 'room-1', 'paused'),
    nextSegmentNumber: (db) => roomRecording.nextSegmentNumber(db, 'room-1'),
    insertRecording: (db) => roomRecording.insertRecording(db, row('mediation_room_recordings')),
    endRunningRecording: (db) => roomRecording.endRunningRecording(db, 'room-1', 'x'),
    queueRoomRecordings: (db) => roomRecording.queueRoomRecordings(db, 'room-1'),
    listRoomRecordings: (db) => roomRecording.listRoomRecordings(db, 'room-1'),
    listRecordingFiles: {
      none: (db) => roomRecording.listRecordingFiles(db, []),
      segments: (db) => roomRecording.listRecordingFiles(db, ['rec-1', 'rec-2']),
    },
    listConvertingRecordings: (db) => roomRecording.listConvertingRecordings(db, 20),
    listFileParts: (db) => roomRecording.listFileParts(db, 'rec-1'),
    insertRecordingFile: (db) => roomRecording.insertRecordingFile(db, row('mediation_room_recording_files')),
    setRecordingStatus: (db) => roomRecording.setRecordingStatus(db, 'rec-1', 'stored'),
    roomRecordingsSettled: (db) => roomRecording.roomRecordingsSettled(db, 'room-1'),
    findPlayableFile: (db) => roomRecording.findPlayableFile(db, 'f1'),
  }),
];

const DIALECTS = {
  sqlite: {
    adapter: () => new SqliteAdapter(),
    compiler: () => new SqliteQueryCompiler(),
    introspector: SqliteIntrospector,
  },
  postgres: {
    adapter: () => new PostgresAdapter(),
    compiler: () => new PostgresQueryCompiler(),
    introspector: PostgresIntrospector,
  },
} satisfies Record<
  string,
  {
    adapter(): DialectAdapter;
    compiler(): QueryCompiler;
    introspector: new (db: Kysely<unknown>) => DatabaseIntrospector;
  }
>;

/** Kysely with one dialect's adapter and compiler and a driver that answers every query with no rows. */
function compilerOnly(kind: keyof typeof DIALECTS, sent: CompiledQuery[]): Db {
  const dialect: Dialect = {
    createAdapter: DIALECTS[kind].adapter,
    createDriver: () => new DummyDriver(),
    createQueryCompiler: DIALECTS[kind].compiler,
    createIntrospector: (db) => new DIALECTS[kind].introspector(db),
  };
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      sent.push(event.query);
    },
  });
  // Appending to the audit chain needs its keys; which key signs does not change the SQL.
  const keyringJson = JSON.stringify({ active: 'k1', keys: { k1: Buffer.alloc(32).toString('base64') } });
  bindAuditChainKeys(db, new AuditChainKeys(Keyring.load({ keyFile: '', keyringJson }), 'intl'));
  return db;
}

/** One clause per line, so a review diff points at the clause that changed. */
function layout(query: string): string {
  return query.replace(
    / (from|inner join|left join|where|group by|order by|limit|values|set|on conflict|returning) /g,
    '\n$1 ',
  );
}

async function snapshot(kind: keyof typeof DIALECTS, repo: Repository): Promise<string> {
  const sent: CompiledQuery[] = [];
  const db = compilerOnly(kind, sent);
  const parts = [`-- ${repo.file} on ${kind}: the SQL each function sends. Generated: npm run sql:snapshots`];
  for (const [name, calls] of Object.entries(repo.calls)) {
    if (calls === null) continue;
    const labelled = typeof calls === 'function' ? { '': calls } : calls;
    for (const [label, call] of Object.entries(labelled)) {
      sent.length = 0;
      // No rows come back, so a function that needs one throws after its query was sent: that query is the point.
      await call(db).catch(() => undefined);
      const queries = sent.map((query) => `${layout(query.sql)};`);
      parts.push(`-- ${name}${label ? ` (${label})` : ''}\n${queries.join('\n') || '-- (no query)'}`);
    }
  }
  await db.destroy();
  return `${parts.join('\n\n')}\n`;
}

function snapshotFile(repo: Repository, kind: string): string {
  return path.join(QUERIES_DIR, `${path.basename(repo.file, '.ts')}.${kind}.sql`);
}

describe('SQL snapshots', () => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    handle = openDatabase(testDb.database);
    await migrateToLatest(handle);
    const tables = await handle.db.introspection.getTables();
    columnsByTable = new Map(tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
  });
  afterAll(async () => {
    await handle.close();
    await testDb.drop();
  });

  it('every exported function of a repository is called here', () => {
    for (const repo of REPOSITORIES) {
      const exported = Object.entries(repo.module).filter(([, value]) => typeof value === 'function');
      expect(exported.map(([name]) => name).sort(), repo.file).toEqual(Object.keys(repo.calls).sort());
    }
  });

  it('every repository under src/modules, src/platform, src/ops and src/demo is covered', () => {
    const src = path.resolve(import.meta.dirname, '../src');
    const found = ['modules', 'platform', 'ops', 'demo'].flatMap((dir) =>
      fs
        .readdirSync(path.join(src, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.repository.ts'))
        .map((file) => `${dir}/${file.split(path.sep).join('/')}`),
    );
    expect(found.sort()).toEqual(REPOSITORIES.map((repo) => repo.file).sort());
  });

  it.each(Object.keys(DIALECTS) as (keyof typeof DIALECTS)[])('match the committed files on %s', async (kind) => {
    const changed: string[] = [];
    for (const repo of REPOSITORIES) {
      const file = snapshotFile(repo, kind);
      const actual = await snapshot(kind, repo);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (committed === actual) continue;
      if (UPDATE) {
        fs.mkdirSync(QUERIES_DIR, { recursive: true });
        fs.writeFileSync(file, actual);
      } else {
        changed.push(path.relative(QUERIES_DIR, file));
      }
    }
    const expected = new Set(REPOSITORIES.map((repo) => path.basename(snapshotFile(repo, kind))));
    const stale = fs.readdirSync(QUERIES_DIR).filter((name) => name.endsWith(`.${kind}.sql`) && !expected.has(name));
    for (const name of stale) {
      if (UPDATE) fs.rmSync(path.join(QUERIES_DIR, name));
      else changed.push(name);
    }
    expect(changed, `SQL changed: ${changed.join(', ')}; ${HOW_TO_UPDATE}`).toEqual([]);
  });
});
