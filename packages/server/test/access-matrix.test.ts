import crypto from 'node:crypto';
import { addDays, addMonths, ROLES, type Role, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { createJurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { seedPatrols, shiftAroundNow } from './support/patrol-fixtures';
import { ROOM_HOSTS, ROOM_JOINERS, seedRooms } from './support/room-fixtures';
import { openGuestRoom, seedGuestCase } from './support/room-guest-fixtures';
import { seedRecordingRooms } from './support/room-recording-fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { pngFile } from './support/upload-files';
import { seedVenues } from './support/venue-fixtures';
import { seedLiveViews, seedViewableCamera, snapshotUpload } from './support/video-fixtures';
import { seedVideoPatrols } from './support/video-patrol-fixtures';

/** Where each role's account is granted: the level its role is meant for. */
function grantFor(role: Role, town: SmallTown): string {
  switch (role) {
    case 'officer':
      return town.district1.id;
    case 'auxiliary':
    case 'village_cadre':
      return town.shuangping.id;
    case 'sysadmin':
    case 'secadmin':
    case 'auditor':
      return town.county.id;
    default:
      return town.town.id;
  }
}

interface RouteCase {
  name: string;
  allowed: readonly Role[];
  /**
   * Collection routes refuse with 403. Record routes answer 404, exactly as for a missing record,
   * to callers who may not see the record, and 403 to those who see it but may not do this.
   */
  refusal: 403 | 404 | { seenBy: readonly Role[] };
  call(
    s: Session,
    role: Role,
  ): {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  };
}

/** A small PDF as the multipart field `file`. */
function attachmentUpload() {
  const boundary = `----fengqiao${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="record.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const READERS: Role[] = [
  'chief',
  'officer',
  'auxiliary',
  'zongzhiban',
  'department',
  'village_cadre',
  'patrol',
  'monitor',
  'sysadmin',
  'secadmin',
];
const PERSON_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
/** video.view (issue #11): the live-view routes. */
const VIDEO_VIEWERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'monitor'];
const PERSON_WRITERS: Role[] = ['chief', 'officer', 'auxiliary'];
const DIRECTORY_WRITERS: Role[] = ['chief', 'sysadmin'];
// Department staff list disputes but see only those assigned to their department (none here): 404 on a record.
const DISPUTE_LISTERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'department'];
const REPORT_READERS: Role[] = ['chief', 'officer', 'zongzhiban'];
const DISPUTE_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
const ASSESSMENT_READERS: Role[] = ['chief', 'officer', 'auxiliary'];
const ANALYSIS_READERS: Role[] = ['chief', 'officer', 'zongzhiban'];
// Chief and officers draft, edit and sign (both with town reach); the governance office reads.
const ANALYSIS_WRITERS: Role[] = ['chief', 'officer'];
// The duty log: the chief and officers read the town's, the auxiliary officer their village's; all three log.
const DUTY_LOGGERS: Role[] = ['chief', 'officer', 'auxiliary'];
const ROTA_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre'];
const INCIDENT_READERS: Role[] = ['chief', 'officer', 'auxiliary'];
const INCIDENT_CONFIGURERS: Role[] = ['chief'];
// Meetings are the station's and town's: read, prepared and given tasks by the same three roles.
const MEETING_MANAGERS: Role[] = ['chief', 'officer', 'zongzhiban'];
// A task of 双坪村: the town's readers, the village's (auxiliary officer, cadre); department staff only their own.
const TASK_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre'];
// A hazard of 双坪村 reported by the chief: the town's readers and the village's; department staff only those assigned
// to their department; the patrol volunteer reports but reads only his own.
const HAZARD_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre'];
const HAZARD_REPORTERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre', 'patrol'];
const HAZARD_ASSIGNERS: Role[] = ['chief', 'officer', 'zongzhiban'];
// Assigned to the village: its auxiliary officer and cadre rectify; reported by the police: the police verify.
const HAZARD_RECTIFIERS: Role[] = ['auxiliary', 'village_cadre'];
const HAZARD_POLICE_VERIFIERS: Role[] = ['chief', 'officer'];
// Night patrols: the town's readers and volunteers read; a village cadre sees its village's checkpoints but not a
// district's team; the chief and officers manage; those four check in (here all are members of the team on duty).
const PATROL_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre', 'patrol'];
const PATROL_TEAM_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'patrol'];
const PATROL_MANAGERS: Role[] = ['chief', 'officer'];
const PATROL_CHECKERS: Role[] = ['chief', 'officer', 'auxiliary', 'patrol'];

// Camera registry: the town's readers and the village's auxiliary officer read cameras; the chief and the monitoring
// centre keep them and their consents; only the chief keeps camera groups and grants (read by the town's readers).
const CAMERA_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'monitor'];
const CAMERA_MANAGERS: Role[] = ['chief', 'monitor'];
const CAMERA_GROUP_READERS: Role[] = ['chief', 'officer', 'zongzhiban', 'monitor'];

// Anti-fraud: the town's readers and the village's (auxiliary officer, cadre); a village's auxiliary officer records
// its activities and installs; only the police record fraud cases. Department staff see nothing.
const ANTIFRAUD_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre'];
const ANTIFRAUD_RECORDERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
const FRAUD_CASE_RECORDERS: Role[] = ['chief', 'officer'];
// Key persons: both groups for the chief and the district officer; the governance group also for the governance office
// and the village's auxiliary officer; nobody else sees either (village cadres, departments, partner stations).
const KEY_PERSON_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
const KEY_PERSON_POLICE_READERS: Role[] = ['chief', 'officer'];
const KEY_PERSON_MANAGERS: Role[] = ['chief', 'officer', 'zongzhiban'];
const KEY_PERSON_APPROVERS: Role[] = ['chief', 'zongzhiban'];
// Video patrols: plans and rounds are the town's (its readers, the 监控值班 monitor); a village's auxiliary officer
// and cadre read and answer their village's reminders only; the chief, officers and the monitor run rounds.
const VIDEO_PATROL_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre', 'monitor'];
const VIDEO_PATROL_TOWN_READERS: Role[] = ['chief', 'officer', 'zongzhiban', 'monitor'];
const VIDEO_PATROL_MANAGERS: Role[] = ['chief', 'monitor'];
const VIDEO_PATROL_RUNNERS: Role[] = ['chief', 'officer', 'monitor'];
const VIDEO_PATROL_RESPONDERS: Role[] = ['chief', 'officer', 'auxiliary', 'village_cadre', 'monitor'];
// Cadre registrations: the station's chief and officers issue codes and decide; the two public routes answer anyone.
const CADRE_APPROVERS: Role[] = ['chief', 'officer'];
// Venues (issue #11): camera.read reads (the village's auxiliary officer his village), camera.manage keeps them.
const VENUE_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'monitor'];
const VENUE_MANAGERS: Role[] = ['chief', 'monitor'];

describe.each(testDialects())('access matrix on %s: every route as every role', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const sessions = new Map<Role, Session>();
  let personId = '';
  let targetUserId = '';
  let adminTargetId = '';
  const userIdOf = new Map<Role, string>();
  let cases: RouteCase[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      patrolShift: shiftAroundNow(),
      // The live views opened here are started minutes later, when the matrix reaches the start route.
      views: { tokenSeconds: 600, sweepSeconds: 20 },
    });
    town = await seedSmallTown(t.deps);
    for (const role of ROLES) {
      userIdOf.set(role, (await createAccount(t.deps, `as_${role}`, role, grantFor(role, town))).id);
    }
    for (const role of ROLES) sessions.set(role, await loginAs(t.app, `as_${role}`));
    const chief = sessions.get('chief');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: chief?.headers(),
      payload: { jurisdictionId: town.shuangping.id, name: '王五', kind: 'resident', idNumber: '11010519491231002X' },
    });
    personId = created.json().id;
    const assignmentOf = new Map<Role | 'untouched', string>();
    const places = [town.duanjiang.id, town.shuangping.id, town.nanya.id];
    for (const [i, role] of [...DIRECTORY_WRITERS, 'untouched' as const].entries()) {
      const row = await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId,
        jurisdictionId: places[i] ?? town.town.id,
        duty: 'security_director',
      });
      assignmentOf.set(role, row.id);
    }
    const target = await createAccount(t.deps, 'target', 'patrol', town.town.id);
    targetUserId = target.id;
    adminTargetId = (await createAccount(t.deps, 'target_auditor', 'auditor', town.county.id)).id;
    const self = (role: Role) => userIdOf.get(role) ?? '';
    const disputeOf = new Map<Role, { id: string; partyId: string }>();
    for (const role of [...ROLES, 'chief' as const]) {
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/v1/disputes',
        headers: chief?.headers(),
        payload: {
          jurisdictionId: town.shuangping.id,
          category: 'neighbour',
          source: 'screening',
          summary: `邻里纠纷${role}`,
          parties: [{ role: 'applicant', name: '赵六', phone: '13812345678' }],
        },
      });
      disputeOf.set(role, { id: made.json().id, partyId: made.json().parties[0].id });
    }
    const dispute = (role: Role) => disputeOf.get(role) ?? { id: '', partyId: '' };
    const mediator = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '刘调解员',
      kind: 'resident',
    });
    await insertPersonRow(t.deps.db, mediator);
    const asChief = (method: 'POST' | 'PUT', url: string, payload: object) =>
      t.app.inject({ method, url, headers: chief?.headers(), payload });
    const fullParty = (name: string, role: string) => ({
      role,
      name,
      sex: 'male',
      ethnicity: '汉族',
      age: 40,
      occupation: '农民',
      phone: '13812345678',
      address: '双坪村1组',
    });
    const recordsOf = new Map<
      Role,
      { mediationId: string; agreementId: string; attachmentId: string; partyIds: string[] }
    >();
    for (const role of ROLES) {
      const mediation = await asChief('POST', `/api/v1/disputes/${dispute(role).id}/mediations`, {
        track: 'people',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        initiatedBy: 'party',
        mediatorIds: [mediator.id],
      });
      const full = await asChief('POST', '/api/v1/disputes', {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: `协议纠纷${role}`,
        parties: [fullParty('张三', 'applicant'), fullParty('李四', 'respondent')],
      });
      const partyIds = (full.json().parties as { id: string }[]).map((p) => p.id);
      const fullMediation = await asChief('POST', `/api/v1/disputes/${full.json().id}/mediations`, {
        track: 'people',
        startedAt: new Date().toISOString(),
        initiatedBy: 'party',
        mediatorIds: [mediator.id],
      });
      const agreement = await asChief('POST', `/api/v1/mediations/${fullMediation.json().id}/agreements`, {
        kind: 'written',
        partyIds,
        facts: '事实',
        disputedMatters: '争议',
        responsibilities: '责任',
        terms: '条款',
        performanceManner: '方式',
        performancePlace: '地点',
        performanceDeadline: '2026-12-31',
        signatures: partyIds.map((partyId) => ({ partyId, method: 'signature', at: shanghaiDate(new Date()) })),
        mediatorSignedAt: shanghaiDate(new Date()),
        committeeSealedAt: shanghaiDate(new Date()),
      });
      const file = attachmentUpload();
      const attachment = await t.app.inject({
        method: 'POST',
        url: `/api/v1/disputes/${dispute(role).id}/attachments`,
        headers: chief?.headers(file.headers),
        payload: file.payload,
      });
      recordsOf.set(role, {
        mediationId: mediation.json().id,
        agreementId: agreement.json().id,
        attachmentId: attachment.json().id,
        partyIds,
      });
    }
    const records = (role: Role) =>
      recordsOf.get(role) ?? { mediationId: '', agreementId: '', attachmentId: '', partyIds: [] };
    const assessed = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '孙辅警',
      kind: 'staff',
    });
    await insertPersonRow(t.deps.db, assessed);
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: assessed.id,
      jurisdictionId: town.shuangping.id,
      duty: 'village_auxiliary',
    });
    const thisMonth = shanghaiDate(new Date()).slice(0, 7);
    const lastMonth = addMonths(`${thisMonth}-01`, -1).slice(0, 7);
    const scorecardUrl = (month: string) => `/api/v1/assessments/${month}/officers/${assessed.id}`;
    const settingsBody = (
      await t.app.inject({ method: 'GET', url: '/api/v1/assessments/settings', headers: chief?.headers() })
    ).json();
    const code = (role: Role, i: number) => `${town.shuangping.code}${String(100 + ROLES.indexOf(role) * 10 + i)}`;
    const incidentOf = new Map<Role, string>();
    for (const role of ROLES) {
      const made = await asChief('POST', '/api/v1/incidents', {
        source: 'phone',
        classCode: '020201',
        jurisdictionId: town.shuangping.id,
        summary: `邻里纠纷警情${role}`,
        parties: [{ role: 'caller', name: '赵六', phone: '13812345678' }],
      });
      const incidentId = made.json().id;
      await asChief('POST', `/api/v1/incidents/${incidentId}/actions`, {
        action: 'dispatch',
        responsibleOfficerId: self('officer'),
      });
      incidentOf.set(role, incidentId);
    }
    const incident = (role: Role) => incidentOf.get(role) ?? '';
    const INCIDENT_USERS: Role[] = ['chief', 'officer', 'auxiliary'];
    const STATS_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'village_cadre', 'monitor'];
    // Duty log: each logging role's own entry in 双坪村 (a photo is added to one's own entry only), the auxiliary
    // officer's entry for everyone else, and a photo on it.
    const dutyOf = new Map<Role, string>();
    for (const role of DUTY_LOGGERS) {
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/v1/duty-logs',
        headers: sessions.get(role)?.headers(),
        payload: { type: 'patrol', villageId: town.shuangping.id },
      });
      dutyOf.set(role, made.json().id);
    }
    const dutyEntry = (role: Role) => dutyOf.get(role) ?? dutyOf.get('auxiliary') ?? '';
    const photo = multipart(pngFile(Buffer.from([0, 0])), {
      filename: 'photo.png',
    });
    const dutyPhotoId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/duty-logs/${dutyEntry('auxiliary')}/photos`,
        headers: sessions.get('auxiliary')?.headers(photo.headers),
        payload: photo.payload,
      })
    ).json().id;
    // Rotation: a fourth village so a rota can be generated, last year's rota (past days to check in), a rota two
    // years ahead (turns not yet begun, to swap), a swap for the chief to decide, trainings and a material.
    await createJurisdictionRow(t.deps.db, {
      parent: town.district2,
      level: 'village',
      code: '420626104209',
      name: '寺坪村',
    });
    const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
    const pastRota = await asChief('POST', '/api/v1/rotation/rota', {
      townId: town.town.id,
      year: thisYear - 1,
      seed: 1,
    });
    const pastSlotId = pastRota.json().slots[0].id as string;
    const aheadRota = await asChief('POST', '/api/v1/rotation/rota', {
      townId: town.town.id,
      year: thisYear + 2,
      seed: 1,
    });
    const swapSlotId =
      (aheadRota.json().slots as { id: string; villageId: string }[]).find((s) => s.villageId === town.shuangping.id)
        ?.id ?? '';
    const swapBody = { kind: 'replace', slotId: swapSlotId, replacementPersonId: personId, reason: '病假' };
    const chiefSwapId = (await asChief('POST', '/api/v1/rotation/swaps', swapBody)).json().id as string;
    const trainingBody = {
      townId: town.town.id,
      topic: '业务培训',
      trainer: '司法所',
      heldOn: '2026-11-05',
      place: '会议室',
      attendeeIds: [personId],
    };
    const trainingId = (await asChief('POST', '/api/v1/rotation/trainings', trainingBody)).json().id as string;
    const doomedTrainings = new Map<Role, string>();
    for (const role of ROLES) {
      doomedTrainings.set(role, (await asChief('POST', '/api/v1/rotation/trainings', trainingBody)).json().id);
    }
    const materialFile = attachmentUpload();
    const withMaterial = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rotation/trainings/${trainingId}/materials`,
      headers: chief?.headers(materialFile.headers),
      payload: materialFile.payload,
    });
    const materialId = withMaterial.json().materials[0].id as string;
    const townQuery = `townId=${town.town.id}`;
    // Meetings and tasks: one meeting ten days ago; per managing role a draft to hold, one to cancel and a held
    // meeting to close (written held directly); tasks of 双坪村 owned by the
    // auxiliary officer (one to work, one to report done) and per assigning role a done task to confirm, one to send
    // back and an open one to cancel; a feedback entry with a photo.
    const meetingStart = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const meetingId = (await asChief('POST', '/api/v1/meetings', { startsAt: meetingStart, place: '会议室' })).json()
      .id as string;
    const draftMeetingOf = new Map<Role, string>();
    const holdMeetingOf = new Map<Role, string>();
    const heldMeetingOf = new Map<Role, string>();
    for (const role of MEETING_MANAGERS) {
      holdMeetingOf.set(
        role,
        (await asChief('POST', '/api/v1/meetings', { startsAt: meetingStart, place: '会议室' })).json().id,
      );
      draftMeetingOf.set(
        role,
        (await asChief('POST', '/api/v1/meetings', { startsAt: meetingStart, place: '会议室' })).json().id,
      );
      const held = (await asChief('POST', '/api/v1/meetings', { startsAt: meetingStart, place: '会议室' })).json().id;
      await t.deps.db.updateTable('meetings').set({ state: 'held' }).where('id', '=', held).execute();
      heldMeetingOf.set(role, held);
    }
    const auxiliaryId = userIdOf.get('auxiliary') ?? '';
    const newTask = async (state: 'open' | 'done') => {
      const made = await asChief('POST', '/api/v1/tasks', {
        meetingId,
        title: '回访',
        owner: { kind: 'user', id: auxiliaryId },
        villageId: town.shuangping.id,
        dueOn: shanghaiDate(new Date()),
      });
      const id = made.json().id as string;
      if (state === 'done') await t.deps.db.updateTable('tasks').set({ state: 'done' }).where('id', '=', id).execute();
      return id;
    };
    const auxTaskId = await newTask('open');
    const auxDoneTaskId = await newTask('open');
    const taskOf = new Map<string, string>();
    for (const role of MEETING_MANAGERS) {
      taskOf.set(`confirm:${role}`, await newTask('done'));
      taskOf.set(`reopen:${role}`, await newTask('done'));
      taskOf.set(`cancel:${role}`, await newTask('open'));
    }
    const auxSession = sessions.get('auxiliary');
    const feedbackId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/tasks/${auxTaskId}/feedback`,
        headers: auxSession?.headers(),
        payload: { note: '已走访' },
      })
    ).json().feedback[0].id as string;
    const taskPhoto = multipart(pngFile(Buffer.from([0, 0])), { filename: 'photo.png' });
    const taskPhotoId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/task-feedback/${feedbackId}/photos`,
        headers: auxSession?.headers(taskPhoto.headers),
        payload: taskPhoto.payload,
      })
    ).json().id as string;
    // Analyses: one draft to read and edit, and per role a draft to sign and a signed one to archive.
    const today = shanghaiDate(new Date());
    const dayBack = (days: number) => addDays(today, -days);
    const analysisOf = async (day: string, signed: boolean) => {
      const made = await asChief('POST', '/api/v1/analyses', { kind: 'daily', period: day });
      const id = made.json().id as string;
      if (signed) await t.app.inject({ method: 'POST', url: `/api/v1/analyses/${id}/sign`, headers: chief?.headers() });
      return id;
    };
    const analysisId = await analysisOf(dayBack(30), false);
    const analysisToSign = new Map<Role, string>();
    const analysisToArchive = new Map<Role, string>();
    for (const [i, role] of ROLES.entries()) {
      analysisToSign.set(role, await analysisOf(dayBack(40 + i), false));
      analysisToArchive.set(role, await analysisOf(dayBack(60 + i), true));
    }
    // Hazards of 双坪村 reported by the chief (police side): one reported, one assigned with a photo of each kind, and
    // per role one to assign, one assigned to rectify (with its photo) and two rectified to verify or send back.
    const auxHeaders = (extra?: Record<string, string>) => sessions.get('auxiliary')?.headers(extra);
    const hazardPhoto = async (id: string, kind: 'report' | 'rectification') => {
      const file = multipart(pngFile(Buffer.from([0, 0])), { filename: 'photo.png' });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/hazards/${id}/photos?kind=${kind}`,
        headers: kind === 'report' ? chief?.headers(file.headers) : auxHeaders(file.headers),
        payload: file.payload,
      });
      return res.json().id as string;
    };
    const newHazard = async (state: 'reported' | 'assigned' | 'rectified') => {
      const id = (
        await asChief('POST', '/api/v1/hazards', {
          source: 'patrol',
          villageId: town.shuangping.id,
          title: '护栏缺失',
          description: '桥头护栏缺失',
        })
      ).json().id as string;
      if (state === 'reported') return id;
      await asChief('POST', `/api/v1/hazards/${id}/assign`, { assignee: { kind: 'village' }, deadline: today });
      await hazardPhoto(id, 'rectification');
      if (state === 'rectified') {
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/hazards/${id}/rectify`,
          headers: auxHeaders(),
          payload: { note: '已整改' },
        });
      }
      return id;
    };
    const reportedHazardId = await newHazard('reported');
    const assignedHazardId = await newHazard('assigned');
    const hazardPhotoId = await hazardPhoto(assignedHazardId, 'report');
    const hazardOf = new Map<string, string>();
    for (const role of ROLES) {
      hazardOf.set(`assign:${role}`, await newHazard('reported'));
      hazardOf.set(`rectify:${role}`, await newHazard('assigned'));
      hazardOf.set(`verify:${role}`, await newHazard('rectified'));
      hazardOf.set(`sendBack:${role}`, await newHazard('rectified'));
    }
    const hazard = (step: string, role: Role) => hazardOf.get(`${step}:${role}`) ?? reportedHazardId;
    // Coverage: one leave of 孙辅警 per role for the end route, and distinct days per role for creating one.
    const standInOf = new Map<Role, string>();
    for (const [i, role] of ROLES.entries()) {
      const made = await asChief('POST', '/api/v1/coverage/stand-ins', {
        jurisdictionId: town.shuangping.id,
        duty: 'village_auxiliary',
        absentPersonId: assessed.id,
        fromDay: addDays(shanghaiDate(new Date()), 2 * i),
        toDay: addDays(shanghaiDate(new Date()), 2 * i),
        reason: '年休假',
      });
      standInOf.set(role, made.json().id);
    }
    const standInBody = (role: Role) => {
      const day = addDays(shanghaiDate(new Date()), 100 + 2 * ROLES.indexOf(role));
      return {
        jurisdictionId: town.shuangping.id,
        duty: 'village_auxiliary',
        absentPersonId: assessed.id,
        fromDay: day,
        toDay: day,
        reason: '病假',
      };
    };
    // Anti-fraud: a base for 双坪村, an activity per role (to delete) and one with a photo, a case.
    const antifraudActivity = async () =>
      (
        await asChief('POST', '/api/v1/antifraud/activities', {
          jurisdictionId: town.shuangping.id,
          type: 'lecture',
          venue: '村委会',
          day: dayBack(3),
          audience: 40,
        })
      ).json().id as string;
    await asChief('POST', '/api/v1/antifraud/bases', {
      villageId: town.shuangping.id,
      measure: 'households',
      count: 500,
      effectiveFrom: dayBack(30),
    });
    const activityId = await antifraudActivity();
    const activityToDelete = new Map<Role, string>();
    for (const role of ROLES) activityToDelete.set(role, await antifraudActivity());
    const activityPhoto = multipart(pngFile(Buffer.from([2, 2])), { filename: 'photo.png' });
    const activityPhotoId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/antifraud/activities/${activityId}/photos`,
        headers: chief?.headers(activityPhoto.headers),
        payload: activityPhoto.payload,
      })
    ).json().id;
    const fraudCaseId = (
      await asChief('POST', '/api/v1/antifraud/cases', {
        villageId: town.shuangping.id,
        type: 'fake_service',
        day: dayBack(10),
        lostFen: 500000,
      })
    ).json().id;
    // Key persons of 双坪村: one governance record per role (requests), one with a request to decide per role (made
    // by someone else than the role's own account, never self-approval), a police record, visits and a photo.
    const keyPersonOf = new Map<Role, string>();
    const decisionOf = new Map<Role, { id: string; requestId: string }>();
    const visitOf = new Map<Role, string>();
    const newKeyPerson = async (name: string, category: string, level = 'medium') => {
      const resident = newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: town.shuangping.id,
        name,
        kind: 'resident',
      });
      await insertPersonRow(t.deps.db, resident);
      return (await asChief('POST', '/api/v1/key-persons', { personId: resident.id, category, level })).json()
        .id as string;
    };
    const policeKeyPersonId = await newKeyPerson('重点甲', 'stability');
    const zongzhiban = sessions.get('zongzhiban');
    for (const role of ROLES) {
      keyPersonOf.set(role, await newKeyPerson(`重点${role}`, 'released_prisoner'));
      const decided = await newKeyPerson(`审批${role}`, 'drug_user');
      const asker = role === 'chief' ? zongzhiban : chief;
      const asked = await t.app.inject({
        method: 'POST',
        url: `/api/v1/key-persons/${decided}/requests`,
        headers: asker?.headers(),
        payload: { kind: 'level', toLevel: 'low', reason: '表现稳定' },
      });
      decisionOf.set(role, { id: decided, requestId: asked.json().pendingRequest.id });
      const visitor = KEY_PERSON_READERS.includes(role) ? (sessions.get(role) ?? chief) : chief;
      const visit = await t.app.inject({
        method: 'POST',
        url: `/api/v1/key-persons/${keyPersonOf.get('chief')}/visits`,
        headers: visitor?.headers(),
        payload: { method: 'home' },
      });
      visitOf.set(role, visit.json().id);
    }
    const keyPersonPhoto = multipart(pngFile(Buffer.from([3, 3])), { filename: 'visit.png' });
    const keyPersonPhotoId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/key-person-visits/${visitOf.get('chief')}/photos`,
        headers: chief?.headers(keyPersonPhoto.headers),
        payload: keyPersonPhoto.payload,
      })
    ).json().id as string;
    const residentFor = new Map<Role, string>();
    for (const role of ROLES) {
      const resident = newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: town.shuangping.id,
        name: `新列管${role}`,
        kind: 'resident',
      });
      await insertPersonRow(t.deps.db, resident);
      residentFor.set(role, resident.id);
    }
    const keyPerson = (role: Role) => keyPersonOf.get(role) ?? '';
    const patrols = await seedPatrols(
      t.deps,
      town,
      ROLES,
      self,
      (method, url, payload) =>
        t.app.inject({ method, url, headers: chief?.headers(), ...(payload ? { payload } : {}) }),
      t.config.patrolShift,
    );
    // Cameras of 双坪村: a public one and a household one with a consent per manager to revoke; a group with a grant.
    const cameraOf = async (serial: number, kind: 'public' | 'household') =>
      (
        await asChief('POST', '/api/v1/cameras', {
          villageId: town.shuangping.id,
          deviceId: `42062604001320${String(serial).padStart(6, '0')}`,
          name: `点位${serial}`,
          kind,
          ...(kind === 'household' ? { owner: { name: '户主', phone: '13812345678' } } : {}),
        })
      ).json().id as string;
    const cameraId = await cameraOf(900_001, 'public');
    const householdId = await cameraOf(900_002, 'household');
    const consentToRevoke = new Map<Role, string>();
    for (const role of CAMERA_MANAGERS) {
      const consent = await asChief('POST', `/api/v1/cameras/${householdId}/consents`, {
        roles: ['officer'],
        purposes: ['incident'],
        startsOn: today,
        lastDay: today,
      });
      consentToRevoke.set(role, consent.json().id);
    }
    const cameraGroupId = (await asChief('POST', '/api/v1/camera-groups', { name: '矩阵分组' })).json().id as string;
    const cameraGrantId = (
      await asChief('POST', `/api/v1/camera-groups/${cameraGroupId}/grants`, { role: 'officer' })
    ).json().id as string;
    const fromMap = (map: Map<Role, string>, role: Role) => map.get(role) ?? '';
    const videoPatrols = await seedVideoPatrols(t.deps, town, ROLES, (method, url, payload) =>
      t.app.inject({ method, url, headers: chief?.headers(), ...(payload ? { payload } : {}) }),
    );
    const venues = await seedVenues(t.deps, t.app, town.shuangping, ROLES, chief as Session);
    const videoCamera = await seedViewableCamera(t.deps, town.shuangping, {
      name: '矩阵测试点位',
      kind: 'public',
      grantRoles: VIDEO_VIEWERS,
    });
    const liveViews = await seedLiveViews(t.app, sessions, VIDEO_VIEWERS, videoCamera, 3);
    const startedView = (role: Role, index: number) => liveViews.started.get(role)?.[index] ?? crypto.randomUUID();
    const recordingRooms = await seedRecordingRooms(t.deps, town.shuangping, userIdOf);
    const seededSnapshot = snapshotUpload();
    const snapshotId = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/video/views/${startedView('chief', 2)}/snapshots?targetKind=video_patrol_result&targetId=r1`,
        headers: chief?.headers(seededSnapshot.headers),
        payload: seededSnapshot.payload,
      })
    ).json().id as string;
    const rooms = await seedRooms(t.deps, t.app, town.shuangping, sessions);
    const room = (role: Role) => fromMap(rooms.roomOf, role);
    // Cadre registrations: a code to print, one to revoke, and a pending registration per approver to decide.
    const cadreCode = async () => {
      const id = (await asChief('POST', '/api/v1/cadre-codes', { villageId: town.shuangping.id })).json().id as string;
      const sheet = (
        await t.app.inject({ method: 'GET', url: `/api/v1/cadre-codes/${id}/print`, headers: chief?.headers() })
      ).body;
      return { id, text: /\/register\/cadre\/([A-Za-z0-9_-]+)/.exec(sheet)?.[1] ?? '' };
    };
    const cadrePrinted = await cadreCode();
    const cadreRevoked = await cadreCode();
    const cadreRegistration = (code: string, username: string) => ({
      code,
      villageId: town.shuangping.id,
      displayName: '矩阵村干部',
      phone: '13912345678',
      position: 'grid_worker',
      username,
      password: 'Cadre@2026x',
    });
    const pendingCadreOf = new Map<string, string>();
    for (const role of CADRE_APPROVERS) {
      for (const decision of ['approve', 'refuse'] as const) {
        const body = cadreRegistration(cadrePrinted.text, `cadre_${decision}_${role}`);
        const created = await t.app.inject({ method: 'POST', url: '/api/v1/cadre-registrations', payload: body });
        pendingCadreOf.set(`${decision}:${role}`, created.json().id as string);
      }
    }
    const cadreDecision = (decision: 'approve' | 'refuse', role: Role) =>
      pendingCadreOf.get(`${decision}:${role}`) ?? pendingCadreOf.get('approve:chief') ?? '';
    const guestCase = await seedGuestCase(t.deps, t.app, town, chief as Session, '矩阵线上调解');
    const guestRoom = {
      roomId: await openGuestRoom(t.app, chief as Session, guestCase),
      agreementId: guestCase.agreementId,
      invitationId: '',
    };
    guestRoom.invitationId = (
      await asChief('POST', `/api/v1/mediation-rooms/${guestRoom.roomId}/invitations`, {
        partyId: guestCase.partyIds[0],
      })
    ).json().id as string;
    cases = [
      { name: 'GET /auth/me', allowed: ROLES, refusal: 403, call: () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
      {
        name: 'GET /jurisdictions',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/jurisdictions' }),
      },
      {
        name: 'GET /jurisdictions/:id',
        allowed: READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/jurisdictions/${town.shuangping.id}` }),
      },
      {
        name: 'POST /jurisdictions',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/jurisdictions',
          payload: { parentId: town.shuangping.id, level: 'group', code: code(role, 1), name: `${role}组` },
        }),
      },
      {
        name: 'PATCH /jurisdictions/:id',
        allowed: DIRECTORY_WRITERS,
        refusal: { seenBy: READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/jurisdictions/${town.shuangping.id}`,
          payload: { population: 1200 },
        }),
      },
      {
        name: 'GET /organizations',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/organizations' }),
      },
      {
        name: 'GET /assignments',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/assignments' }),
      },
      {
        name: 'POST /assignments',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/assignments',
          payload: {
            personId,
            jurisdictionId: role === 'chief' ? town.shuangping.id : town.nanya.id,
            duty: 'village_auxiliary',
          },
        }),
      },
      {
        name: 'DELETE /assignments/:id',
        allowed: DIRECTORY_WRITERS,
        refusal: { seenBy: READERS },
        call: (_s, role) => ({
          method: 'DELETE',
          url: `/api/v1/assignments/${assignmentOf.get(role) ?? assignmentOf.get('untouched')}`,
        }),
      },
      {
        name: 'GET /people',
        allowed: PERSON_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/people' }),
      },
      {
        name: 'GET /people/:id',
        allowed: PERSON_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/people/${personId}` }),
      },
      {
        name: 'POST /people',
        allowed: PERSON_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/people',
          payload: { jurisdictionId: town.shuangping.id, name: `新人${role}`, kind: 'resident' },
        }),
      },
      {
        name: 'PATCH /people/:id',
        allowed: PERSON_WRITERS,
        refusal: { seenBy: PERSON_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/people/${personId}`, payload: { title: '村民' } }),
      },
      {
        name: 'POST /people/:id/unmask',
        allowed: ['chief', 'officer'],
        refusal: { seenBy: PERSON_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/people/${personId}/unmask`, payload: { field: 'idNumber' } }),
      },
      {
        name: 'GET /imports/villages/template',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/imports/villages/template' }),
      },
      {
        name: 'GET /imports/people/template',
        allowed: PERSON_WRITERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/imports/people/template' }),
      },
      {
        name: 'GET /users',
        allowed: ['sysadmin', 'secadmin', 'auditor'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/users' }),
      },
      {
        name: 'GET /users/:id',
        allowed: ['sysadmin', 'secadmin', 'auditor'],
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/users/${targetUserId}` }),
      },
      {
        name: 'POST /users',
        allowed: ['sysadmin'],
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/users',
          payload: { username: `made_by_${role}`, displayName: '新账号', password: 'Welcome@2026x' },
        }),
      },
      {
        name: 'PATCH /users/:id',
        allowed: ['sysadmin'],
        refusal: 403,
        call: () => ({ method: 'PATCH', url: `/api/v1/users/${targetUserId}`, payload: { displayName: '巡逻队员' } }),
      },
      {
        name: 'POST /users/:id/password-reset',
        allowed: ['sysadmin'],
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: `/api/v1/users/${targetUserId}/password-reset`,
          payload: { newPassword: 'Another@2026x' },
        }),
      },
      {
        name: 'PUT /users/:id/roles',
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: `/api/v1/users/${targetUserId}/roles`,
          payload: { roles: [{ role: 'patrol', jurisdictionId: town.town.id }] },
        }),
      },
      {
        name: 'POST /users/:id/unlock',
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({ method: 'POST', url: `/api/v1/users/${targetUserId}/unlock` }),
      },
      // 三权分立: an administrator's account is managed by the security administrator alone.
      {
        name: "PATCH /users/:id (an administrator's account)",
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({ method: 'PATCH', url: `/api/v1/users/${adminTargetId}`, payload: { displayName: '审计员' } }),
      },
      {
        name: "POST /users/:id/password-reset (an administrator's account)",
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: `/api/v1/users/${adminTargetId}/password-reset`,
          payload: { newPassword: 'Another@2026x' },
        }),
      },
      {
        name: "PATCH /users/:id (disable an administrator's account)",
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({ method: 'PATCH', url: `/api/v1/users/${adminTargetId}`, payload: { status: 'disabled' } }),
      },
      // Nobody changes their own status, password or roles through the account routes.
      {
        name: 'PATCH /users/:id (one’s own status)',
        allowed: [],
        refusal: 403,
        call: (_s, role) => ({ method: 'PATCH', url: `/api/v1/users/${self(role)}`, payload: { status: 'disabled' } }),
      },
      {
        name: 'POST /users/:id/password-reset (one’s own)',
        allowed: [],
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/users/${self(role)}/password-reset`,
          payload: { newPassword: 'Another@2026x' },
        }),
      },
      {
        name: 'PUT /users/:id/roles (one’s own)',
        allowed: [],
        refusal: 403,
        call: (_s, role) => ({
          method: 'PUT',
          url: `/api/v1/users/${self(role)}/roles`,
          payload: { roles: [{ role, jurisdictionId: grantFor(role, town) }] },
        }),
      },
      {
        name: 'POST /users/:id/unlock (one’s own)',
        allowed: [],
        refusal: 403,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/users/${self(role)}/unlock` }),
      },
      { name: 'GET /audit', allowed: ['auditor'], refusal: 403, call: () => ({ method: 'GET', url: '/api/v1/audit' }) },
      {
        name: 'GET /disputes',
        allowed: DISPUTE_LISTERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/disputes' }),
      },
      {
        name: 'GET /disputes/board',
        allowed: DISPUTE_LISTERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/disputes/board?mine=true' }),
      },
      {
        name: 'GET /disputes/export.xlsx',
        allowed: ['chief', 'officer', 'zongzhiban'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/disputes/export.xlsx' }),
      },
      {
        name: 'GET /disputes/:id',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}` }),
      },
      {
        name: 'POST /disputes',
        allowed: DISPUTE_READERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/disputes',
          payload: {
            jurisdictionId: town.shuangping.id,
            category: 'neighbour',
            source: 'walk_in',
            summary: `${role}登记`,
          },
        }),
      },
      {
        name: 'GET /disputes/:id/mediations',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}/mediations` }),
      },
      {
        name: 'POST /disputes/:id/mediations',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/mediations`,
          payload: {
            track: 'people',
            startedAt: new Date().toISOString(),
            initiatedBy: 'party',
            mediatorIds: [mediator.id],
          },
        }),
      },
      {
        name: 'POST /mediations/:id/sessions',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${records(role).mediationId}/sessions`,
          payload: {
            mode: 'online',
            startedAt: new Date(Date.now() - 2_400_000).toISOString(),
            endedAt: new Date().toISOString(),
            participants: [{ kind: 'party', name: '赵六' }],
            record: '线上调解',
          },
        }),
      },
      {
        name: 'POST /mediations/:id/extension',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${records(role).mediationId}/extension`,
          payload: { until: '2099-01-01', consentedPartyIds: [dispute(role).partyId] },
        }),
      },
      {
        name: 'POST /mediations/:id/police-report',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${records(role).mediationId}/police-report`,
          payload: { note: '扬言报复' },
        }),
      },
      {
        name: 'POST /mediations/:id/agreements',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${records(role).mediationId}/agreements`,
          payload: { kind: 'written', partyIds: [dispute(role).partyId], facts: '事实' },
        }),
      },
      {
        name: 'POST /mediations/:id/terminate',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${records(role).mediationId}/terminate`,
          payload: { reason: '分歧大', otherRoutesExplained: true },
        }),
      },
      {
        name: 'GET /agreements',
        allowed: DISPUTE_LISTERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/agreements?kind=oral' }),
      },
      {
        name: 'PATCH /agreements/:id',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/agreements/${records(role).agreementId}`,
          payload: { terms: '条款（修改）' },
        }),
      },
      {
        name: 'PUT /agreements/:id/signatures',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PUT',
          url: `/api/v1/agreements/${records(role).agreementId}/signatures`,
          payload: {
            signatures: records(role).partyIds.map((partyId) => ({
              partyId,
              method: 'seal',
              at: shanghaiDate(new Date()),
            })),
            mediatorSignedAt: shanghaiDate(new Date()),
            committeeSealedAt: shanghaiDate(new Date()),
          },
        }),
      },
      {
        name: 'POST /agreements/:id/effective',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/agreements/${records(role).agreementId}/effective` }),
      },
      {
        name: 'PATCH /agreements/:id/performance',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/agreements/${records(role).agreementId}/performance`,
          payload: { status: 'performed' },
        }),
      },
      {
        name: 'GET /agreements/:id',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/agreements/${records(role).agreementId}` }),
      },
      {
        name: 'GET /agreements/:id/print',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/agreements/${records(role).agreementId}/print` }),
      },
      {
        name: 'GET /agreements/:id/docx',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/agreements/${records(role).agreementId}/docx` }),
      },
      {
        name: 'POST /disputes/:id/follow-ups',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/follow-ups`,
          payload: { visitedAt: new Date().toISOString(), whom: '赵六', performed: true, satisfaction: 'satisfied' },
        }),
      },
      {
        name: 'GET /disputes/:id/follow-ups',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}/follow-ups` }),
      },
      {
        name: 'GET /disputes/:id/agreements',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}/agreements` }),
      },
      {
        name: 'POST /disputes/:id/attachments',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => {
          const file = attachmentUpload();
          return {
            method: 'POST',
            url: `/api/v1/disputes/${dispute(role).id}/attachments`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /disputes/:id/attachments',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}/attachments` }),
      },
      {
        name: 'GET /attachments/:id/download',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/attachments/${records(role).attachmentId}/download` }),
      },
      {
        name: 'PATCH /disputes/:id',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/disputes/${dispute(role).id}`,
          payload: { peopleInvolved: 3 },
        }),
      },
      {
        name: 'POST /disputes/:id/parties',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/parties`,
          payload: { role: 'respondent', name: '钱七' },
        }),
      },
      {
        name: 'PATCH /disputes/:id/parties/:partyId',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/disputes/${dispute(role).id}/parties/${dispute(role).partyId}`,
          payload: { occupation: '农民' },
        }),
      },
      {
        name: 'POST /disputes/:id/unmask',
        allowed: ['chief', 'officer', 'zongzhiban'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/unmask`,
          payload: { field: 'address' },
        }),
      },
      {
        name: 'POST /disputes/:id/parties/:partyId/unmask',
        allowed: ['chief', 'officer', 'zongzhiban'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/parties/${dispute(role).partyId}/unmask`,
          payload: { field: 'phone' },
        }),
      },
      {
        name: 'POST /disputes/:id/actions/:action',
        allowed: ['chief', 'officer', 'auxiliary'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/actions/start_village_handling`,
          payload: {},
        }),
      },
      {
        name: 'GET /incident-classes',
        allowed: INCIDENT_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/incident-classes' }),
      },
      {
        name: 'GET /incident-classes/template.xlsx',
        allowed: INCIDENT_CONFIGURERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/incident-classes/template.xlsx' }),
      },
      {
        name: 'PUT /incident-classes/:code',
        allowed: INCIDENT_CONFIGURERS,
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: '/api/v1/incident-classes/020100',
          payload: { name: '打架斗殴', category: 'public_order', arrivalTargetMinutes: 20 },
        }),
      },
      {
        name: 'GET /notifications',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/notifications' }),
      },
      {
        name: 'GET /notifications/unread-count',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/notifications/unread-count' }),
      },
      {
        name: 'POST /notifications/read',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: {} }),
      },
      {
        name: 'GET /incidents',
        allowed: INCIDENT_USERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/incidents' }),
      },
      {
        name: 'POST /incidents',
        allowed: INCIDENT_USERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/incidents',
          payload: {
            source: 'walk_in',
            classCode: '050100',
            jurisdictionId: town.shuangping.id,
            summary: `群众求助${role}`,
          },
        }),
      },
      {
        name: 'GET /incidents/:id',
        allowed: INCIDENT_USERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/incidents/${incident(role)}` }),
      },
      {
        name: 'GET /incidents/:id/unmask',
        allowed: ['chief', 'officer'],
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/incidents/${incident(role)}/unmask` }),
      },
      {
        name: 'GET /incidents/:id/responders',
        allowed: INCIDENT_USERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/incidents/${incident(role)}/responders` }),
      },
      {
        name: 'POST /incidents/:id/parties',
        allowed: INCIDENT_USERS,
        refusal: 404,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/incidents/${incident(role)}/parties`,
          payload: { role: 'witness', name: '孙八' },
        }),
      },
      {
        name: 'POST /incidents/:id/actions',
        allowed: INCIDENT_USERS,
        refusal: 404,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/incidents/${incident(role)}/actions`,
          payload: { action: 'acknowledge' },
        }),
      },
      {
        name: 'GET /duty-logs',
        allowed: DUTY_LOGGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/duty-logs' }),
      },
      {
        name: 'POST /duty-logs',
        allowed: DUTY_LOGGERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/duty-logs',
          payload: { type: 'publicity', villageId: town.shuangping.id },
        }),
      },
      {
        name: 'GET /duty-logs/calendar',
        allowed: DUTY_LOGGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/duty-logs/calendar?month=2026-11' }),
      },
      {
        name: 'GET /duty-logs/officers',
        allowed: DUTY_LOGGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/duty-logs/officers' }),
      },
      {
        name: 'GET /duty-logs/:id',
        allowed: DUTY_LOGGERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/duty-logs/${dutyEntry('auxiliary')}` }),
      },
      {
        name: 'POST /duty-logs/:id/photos',
        allowed: DUTY_LOGGERS,
        refusal: 404,
        call: (_s, role) => {
          const file = multipart(pngFile(Buffer.from([1, 1])), {
            filename: 'photo.png',
          });
          return {
            method: 'POST',
            url: `/api/v1/duty-logs/${dutyEntry(role)}/photos`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /duty-log-photos/:id/download',
        allowed: DUTY_LOGGERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/duty-log-photos/${dutyPhotoId}/download` }),
      },
      {
        name: 'GET /rotation/calendar',
        allowed: ROTA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/calendar?${townQuery}&year=2026` }),
      },
      {
        name: 'PUT /rotation/calendar/:date',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: '/api/v1/rotation/calendar/2026-12-01',
          payload: { townId: town.town.id, kind: 'holiday', name: '镇庆' },
        }),
      },
      {
        name: 'DELETE /rotation/calendar/:date',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({ method: 'DELETE', url: `/api/v1/rotation/calendar/2026-10-02?${townQuery}` }),
      },
      {
        name: 'GET /rotation/rota',
        allowed: ROTA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/rota?${townQuery}&year=${thisYear - 1}` }),
      },
      {
        name: 'POST /rotation/rota',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/rotation/rota',
          payload: { townId: town.town.id, year: thisYear + 1, seed: 5 },
        }),
      },
      {
        name: 'GET /rotation/slots/:id',
        allowed: ROTA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/slots/${pastSlotId}` }),
      },
      {
        name: 'POST /rotation/slots/:id/check-ins',
        allowed: ['chief', 'officer'],
        refusal: { seenBy: ROTA_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/rotation/slots/${pastSlotId}/check-ins`,
          payload: { date: pastRota.json().slots[0].days[0] },
        }),
      },
      {
        name: 'GET /rotation/slots/:id/stay',
        allowed: ROTA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/slots/${pastSlotId}/stay` }),
      },
      {
        name: 'GET /rotation/swaps',
        allowed: ROTA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/swaps?${townQuery}&year=${thisYear + 2}` }),
      },
      {
        name: 'POST /rotation/swaps',
        allowed: ['chief', 'officer', 'village_cadre'],
        refusal: { seenBy: ROTA_READERS },
        call: () => ({ method: 'POST', url: '/api/v1/rotation/swaps', payload: swapBody }),
      },
      {
        name: 'POST /rotation/swaps/:id/decision',
        allowed: ['chief'],
        refusal: { seenBy: ROTA_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/rotation/swaps/${chiefSwapId}/decision`,
          payload: { decision: 'approve' },
        }),
      },
      {
        name: 'GET /rotation/trainings',
        allowed: ROTA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/trainings?${townQuery}` }),
      },
      {
        name: 'POST /rotation/trainings',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/rotation/trainings', payload: trainingBody }),
      },
      {
        name: 'GET /rotation/trainings/:id',
        allowed: ROTA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/trainings/${trainingId}` }),
      },
      {
        name: 'PUT /rotation/trainings/:id',
        allowed: ['chief'],
        refusal: { seenBy: ROTA_READERS },
        call: () => ({ method: 'PUT', url: `/api/v1/rotation/trainings/${trainingId}`, payload: trainingBody }),
      },
      {
        name: 'DELETE /rotation/trainings/:id',
        allowed: ['chief'],
        refusal: { seenBy: ROTA_READERS },
        call: (_s, role) => ({ method: 'DELETE', url: `/api/v1/rotation/trainings/${doomedTrainings.get(role)}` }),
      },
      {
        name: 'POST /rotation/trainings/:id/materials',
        allowed: ['chief'],
        refusal: { seenBy: ROTA_READERS },
        call: () => {
          const file = attachmentUpload();
          return {
            method: 'POST',
            url: `/api/v1/rotation/trainings/${trainingId}/materials`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /rotation/training-materials/:id/download',
        allowed: ROTA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/rotation/training-materials/${materialId}/download` }),
      },
      {
        name: 'GET /assessments/settings',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/assessments/settings' }),
      },
      {
        name: 'PUT /assessments/settings',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: '/api/v1/assessments/settings',
          payload: { items: settingsBody.items, ackWithinMinutes: settingsBody.ackWithinMinutes },
        }),
      },
      {
        name: 'GET /assessments/:month/ranking',
        allowed: ASSESSMENT_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/assessments/${lastMonth}/ranking` }),
      },
      {
        name: 'GET /assessments/:month/export.xlsx',
        allowed: ASSESSMENT_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/assessments/${lastMonth}/export.xlsx` }),
      },
      // The matrix's accounts are not village auxiliary officers: nobody has a scorecard of their own (404).
      {
        name: 'GET /assessments/:month/mine',
        allowed: [],
        refusal: { seenBy: ROLES.filter((role) => !ASSESSMENT_READERS.includes(role)) },
        call: () => ({ method: 'GET', url: `/api/v1/assessments/${lastMonth}/mine` }),
      },
      // The auxiliary officer of the village sees only their own scorecard: this one is a colleague's (404).
      {
        name: 'GET /assessments/:month/officers/:personId',
        allowed: ['chief', 'officer'],
        refusal: 404,
        call: () => ({ method: 'GET', url: scorecardUrl(lastMonth) }),
      },
      {
        name: 'GET /assessments/:month/officers/:personId/evidence/:item',
        allowed: ['chief', 'officer'],
        refusal: 404,
        call: () => ({ method: 'GET', url: `${scorecardUrl(lastMonth)}/evidence/duty_patrol` }),
      },
      {
        name: 'POST /assessments/:month/officers/:personId/adjustments',
        allowed: ['chief'],
        refusal: { seenBy: ['chief', 'officer'] },
        call: () => ({
          method: 'POST',
          url: `${scorecardUrl(thisMonth)}/adjustments`,
          payload: { item: 'duty_patrol', kind: 'delta', points: 1, reason: '补录巡逻' },
        }),
      },
      {
        name: 'POST /assessments/:month/officers/:personId/sign',
        allowed: ['chief'],
        refusal: { seenBy: ['chief', 'officer'] },
        call: () => ({ method: 'POST', url: `${scorecardUrl(lastMonth)}/sign` }),
      },
      {
        name: 'GET /meetings',
        allowed: MEETING_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/meetings' }),
      },
      {
        name: 'POST /meetings',
        allowed: MEETING_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/meetings', payload: { startsAt: meetingStart, place: '会议室' } }),
      },
      {
        name: 'GET /meetings/attendee-suggestions',
        allowed: MEETING_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/meetings/attendee-suggestions?day=${shanghaiDate(new Date())}` }),
      },
      {
        name: 'GET /meetings/:id',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/meetings/${meetingId}` }),
      },
      {
        name: 'PATCH /meetings/:id',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: () => ({ method: 'PATCH', url: `/api/v1/meetings/${meetingId}`, payload: { place: '二楼会议室' } }),
      },
      {
        name: 'POST /meetings/:id/hold',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/meetings/${holdMeetingOf.get(role) ?? meetingId}/hold` }),
      },
      {
        name: 'POST /meetings/:id/close',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/meetings/${heldMeetingOf.get(role) ?? meetingId}/close` }),
      },
      {
        name: 'POST /meetings/:id/cancel',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/meetings/${draftMeetingOf.get(role) ?? meetingId}/cancel`,
        }),
      },
      {
        name: 'GET /meetings/:id/print',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/meetings/${meetingId}/print` }),
      },
      {
        name: 'GET /meetings/:id/minutes.docx',
        allowed: MEETING_MANAGERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/meetings/${meetingId}/minutes.docx` }),
      },
      // Anyone signed in lists tasks: the owner reads their own whatever their role (an empty list for most here).
      { name: 'GET /tasks', allowed: ROLES, refusal: 403, call: () => ({ method: 'GET', url: '/api/v1/tasks' }) },
      {
        name: 'POST /tasks',
        allowed: MEETING_MANAGERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/tasks',
          payload: { title: '巡逻', owner: { kind: 'user', id: auxiliaryId }, dueOn: shanghaiDate(new Date()) },
        }),
      },
      {
        name: 'GET /tasks/owner-options',
        allowed: MEETING_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/tasks/owner-options' }),
      },
      {
        name: 'GET /tasks/:id',
        allowed: TASK_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/tasks/${auxTaskId}` }),
      },
      {
        name: 'PATCH /tasks/:id',
        allowed: MEETING_MANAGERS,
        refusal: { seenBy: TASK_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/tasks/${auxTaskId}`, payload: { priority: 'high' } }),
      },
      {
        name: 'POST /tasks/:id/feedback',
        allowed: ['auxiliary'],
        refusal: { seenBy: TASK_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/tasks/${auxTaskId}/feedback`, payload: { note: '进展' } }),
      },
      {
        name: 'POST /tasks/:id/done',
        allowed: ['auxiliary'],
        refusal: { seenBy: TASK_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/tasks/${auxDoneTaskId}/done`, payload: {} }),
      },
      {
        name: 'POST /tasks/:id/confirm',
        allowed: MEETING_MANAGERS,
        refusal: { seenBy: TASK_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/tasks/${taskOf.get(`confirm:${role}`) ?? auxTaskId}/confirm`,
          payload: {},
        }),
      },
      {
        name: 'POST /tasks/:id/reopen',
        allowed: MEETING_MANAGERS,
        refusal: { seenBy: TASK_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/tasks/${taskOf.get(`reopen:${role}`) ?? auxTaskId}/reopen`,
          payload: { reason: '补充材料' },
        }),
      },
      {
        name: 'POST /tasks/:id/cancel',
        allowed: MEETING_MANAGERS,
        refusal: { seenBy: TASK_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/tasks/${taskOf.get(`cancel:${role}`) ?? auxTaskId}/cancel`,
          payload: { reason: '已合并' },
        }),
      },
      {
        name: 'POST /task-feedback/:id/photos',
        allowed: ['auxiliary'],
        refusal: { seenBy: TASK_READERS },
        call: () => {
          const file = multipart(pngFile(Buffer.from([0, 0])), { filename: 'photo.png' });
          return {
            method: 'POST',
            url: `/api/v1/task-feedback/${feedbackId}/photos`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /task-feedback-photos/:id/download',
        allowed: TASK_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/task-feedback-photos/${taskPhotoId}/download` }),
      },
      {
        name: 'GET /stats/dashboard',
        allowed: STATS_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/stats/dashboard' }),
      },
      {
        // The village a village-level reader holds: everyone allowed sees it, the others are refused first.
        name: 'GET /stats/dashboard (village view)',
        allowed: STATS_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/stats/dashboard?jurisdictionId=${town.shuangping.id}` }),
      },
      {
        // A district: outside a village reader's scope, the same answer as a missing place.
        name: 'GET /stats/dashboard (district view)',
        allowed: ['chief', 'officer', 'zongzhiban', 'monitor'],
        refusal: { seenBy: ['patrol', 'partner', 'department', 'sysadmin', 'secadmin', 'auditor'] },
        call: () => ({ method: 'GET', url: `/api/v1/stats/dashboard?jurisdictionId=${town.district2.id}` }),
      },
      {
        name: 'GET /stats/counters',
        allowed: STATS_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/stats/counters' }),
      },
      // Every signed-in account has a home page; one that may use no module gets it empty (test/home.test.ts).
      {
        name: 'GET /home/today',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/home/today' }),
      },
      // The monthly report is a town's: report.read (chief, officers, 综治办); the rest hold no reach (403).
      ...[
        '/api/v1/reports/monthly',
        '/api/v1/reports/monthly/print',
        '/api/v1/reports/monthly.docx',
        '/api/v1/reports/monthly.xlsx',
      ].map(
        (path): RouteCase => ({
          name: `GET ${path.replace('/api/v1', '')}`,
          allowed: REPORT_READERS,
          refusal: 403,
          call: () => ({ method: 'GET', url: `${path}?month=${lastMonth}` }),
        }),
      ),
      {
        name: 'GET /analyses',
        allowed: ANALYSIS_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/analyses' }),
      },
      {
        name: 'POST /analyses',
        allowed: ANALYSIS_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/analyses',
          payload: { kind: 'daily', period: dayBack(1 + ROLES.indexOf(role)) },
        }),
      },
      {
        name: 'GET /analyses/:id',
        allowed: ANALYSIS_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/analyses/${analysisId}` }),
      },
      {
        name: 'GET /analyses/:id/print',
        allowed: ANALYSIS_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/analyses/${analysisId}/print` }),
      },
      {
        name: 'PATCH /analyses/:id',
        allowed: ANALYSIS_WRITERS,
        refusal: { seenBy: ANALYSIS_READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/analyses/${analysisId}`,
          payload: { judgement: '研判意见：平稳。' },
        }),
      },
      {
        name: 'POST /analyses/:id/regenerate',
        allowed: ANALYSIS_WRITERS,
        refusal: { seenBy: ANALYSIS_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/analyses/${analysisId}/regenerate` }),
      },
      {
        name: 'POST /analyses/:id/sign',
        allowed: ANALYSIS_WRITERS,
        refusal: { seenBy: ANALYSIS_READERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/analyses/${analysisToSign.get(role)}/sign` }),
      },
      {
        name: 'POST /analyses/:id/archive',
        allowed: ANALYSIS_WRITERS,
        refusal: { seenBy: ANALYSIS_READERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/analyses/${analysisToArchive.get(role)}/archive` }),
      },
      {
        name: 'GET /hazards',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/hazards' }),
      },
      {
        name: 'GET /hazards/export.xlsx',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/hazards/export.xlsx' }),
      },
      {
        name: 'POST /hazards',
        allowed: HAZARD_REPORTERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/hazards',
          payload: { source: 'patrol', villageId: town.shuangping.id, title: '井盖缺失', description: '路口井盖缺失' },
        }),
      },
      {
        name: 'GET /hazards/:id',
        allowed: HAZARD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/hazards/${reportedHazardId}` }),
      },
      {
        name: 'POST /hazards/:id/assign',
        allowed: HAZARD_ASSIGNERS,
        refusal: { seenBy: HAZARD_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/hazards/${hazard('assign', role)}/assign`,
          payload: { assignee: { kind: 'village' }, deadline: today },
        }),
      },
      {
        name: 'POST /hazards/:id/rectify',
        allowed: HAZARD_RECTIFIERS,
        refusal: { seenBy: HAZARD_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/hazards/${hazard('rectify', role)}/rectify`,
          payload: { note: '已整改' },
        }),
      },
      {
        name: 'POST /hazards/:id/verify',
        allowed: HAZARD_POLICE_VERIFIERS,
        refusal: { seenBy: HAZARD_READERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/hazards/${hazard('verify', role)}/verify`, payload: {} }),
      },
      {
        name: 'POST /hazards/:id/send-back',
        allowed: HAZARD_POLICE_VERIFIERS,
        refusal: { seenBy: HAZARD_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/hazards/${hazard('sendBack', role)}/send-back`,
          payload: { reason: '未整改到位' },
        }),
      },
      {
        // A rectification photo: the village's rectifiers while it is assigned.
        name: 'POST /hazards/:id/photos',
        allowed: HAZARD_RECTIFIERS,
        refusal: { seenBy: HAZARD_READERS },
        call: () => {
          const file = multipart(pngFile(Buffer.from([0, 0])), { filename: 'photo.png' });
          return {
            method: 'POST',
            url: `/api/v1/hazards/${assignedHazardId}/photos?kind=rectification`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /hazard-photos/:id/download',
        allowed: HAZARD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/hazard-photos/${hazardPhotoId}/download` }),
      },
      {
        name: 'GET /coverage',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/coverage' }),
      },
      {
        name: 'GET /coverage/export.xlsx',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/coverage/export.xlsx' }),
      },
      {
        name: 'GET /coverage/stand-ins',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/coverage/stand-ins' }),
      },
      {
        name: 'POST /coverage/stand-ins',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: (_s, role) => ({ method: 'POST', url: '/api/v1/coverage/stand-ins', payload: standInBody(role) }),
      },
      {
        name: 'POST /coverage/stand-ins/:id/end',
        allowed: DIRECTORY_WRITERS,
        refusal: { seenBy: READERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/coverage/stand-ins/${standInOf.get(role)}/end` }),
      },
      {
        name: 'GET /antifraud/activities',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/activities' }),
      },
      {
        name: 'POST /antifraud/activities',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/antifraud/activities',
          payload: {
            jurisdictionId: town.shuangping.id,
            type: 'campaign',
            venue: '广场',
            day: dayBack(1),
            audience: 80,
          },
        }),
      },
      {
        name: 'GET /antifraud/activities/export.xlsx',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/activities/export.xlsx' }),
      },
      {
        name: 'GET /antifraud/activities/:id',
        allowed: ANTIFRAUD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/antifraud/activities/${activityId}` }),
      },
      {
        name: 'PATCH /antifraud/activities/:id',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: { seenBy: ANTIFRAUD_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/antifraud/activities/${activityId}`, payload: { audience: 41 } }),
      },
      {
        name: 'DELETE /antifraud/activities/:id',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: { seenBy: ANTIFRAUD_READERS },
        call: (_s, role) => ({ method: 'DELETE', url: `/api/v1/antifraud/activities/${activityToDelete.get(role)}` }),
      },
      {
        name: 'POST /antifraud/activities/:id/photos',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: { seenBy: ANTIFRAUD_READERS },
        call: () => {
          const file = multipart(pngFile(Buffer.from([3, 3])), { filename: 'photo.png' });
          return {
            method: 'POST',
            url: `/api/v1/antifraud/activities/${activityId}/photos`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /antifraud/activity-photos/:id/download',
        allowed: ANTIFRAUD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/antifraud/activity-photos/${activityPhotoId}/download` }),
      },
      {
        name: 'GET /antifraud/coverage',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/coverage' }),
      },
      {
        name: 'GET /antifraud/coverage/export.xlsx',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/coverage/export.xlsx' }),
      },
      {
        name: 'GET /antifraud/villages/:id/history',
        allowed: ANTIFRAUD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/antifraud/villages/${town.shuangping.id}/history` }),
      },
      {
        name: 'POST /antifraud/bases',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/antifraud/bases',
          payload: { villageId: town.shuangping.id, measure: 'households', count: 520, effectiveFrom: dayBack(20) },
        }),
      },
      {
        name: 'POST /antifraud/installs',
        allowed: ANTIFRAUD_RECORDERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/antifraud/installs',
          payload: { villageId: town.shuangping.id, day: dayBack(2), installs: 480 },
        }),
      },
      {
        name: 'GET /antifraud/cases',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/cases' }),
      },
      {
        name: 'POST /antifraud/cases',
        allowed: FRAUD_CASE_RECORDERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/antifraud/cases',
          payload: { villageId: town.shuangping.id, type: 'online_loan', day: dayBack(5), lostFen: 300000 },
        }),
      },
      {
        name: 'GET /antifraud/cases/summary',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/cases/summary' }),
      },
      {
        name: 'GET /antifraud/cases/export.xlsx',
        allowed: ANTIFRAUD_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/antifraud/cases/export.xlsx' }),
      },
      {
        name: 'GET /antifraud/cases/:id',
        allowed: ANTIFRAUD_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/antifraud/cases/${fraudCaseId}` }),
      },
      {
        name: 'PATCH /antifraud/cases/:id',
        allowed: FRAUD_CASE_RECORDERS,
        refusal: { seenBy: ANTIFRAUD_READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/antifraud/cases/${fraudCaseId}`,
          payload: { recoveredFen: 1000 },
        }),
      },
      {
        name: 'GET /key-persons',
        allowed: KEY_PERSON_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/key-persons' }),
      },
      {
        name: 'GET /key-persons/export.xlsx',
        allowed: KEY_PERSON_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/key-persons/export.xlsx' }),
      },
      {
        name: 'GET /key-persons/visit-plans',
        allowed: KEY_PERSON_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/key-persons/visit-plans' }),
      },
      {
        name: 'PUT /key-persons/visit-plans',
        allowed: KEY_PERSON_APPROVERS,
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: '/api/v1/key-persons/visit-plans',
          payload: { plans: { high: 'weekly', medium: 'monthly', low: 'quarterly' } },
        }),
      },
      {
        name: 'POST /key-persons',
        allowed: KEY_PERSON_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/key-persons',
          payload: { personId: residentFor.get(role), category: 'at_risk_youth', level: 'low' },
        }),
      },
      {
        name: 'GET /key-persons/:id',
        allowed: KEY_PERSON_POLICE_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/key-persons/${policeKeyPersonId}` }),
      },
      {
        name: 'GET /key-persons/:id/print',
        allowed: KEY_PERSON_POLICE_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/key-persons/${policeKeyPersonId}/print` }),
      },
      {
        name: 'POST /key-persons/:id/unmask',
        allowed: KEY_PERSON_MANAGERS,
        refusal: { seenBy: KEY_PERSON_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/key-persons/${keyPerson('chief')}/unmask` }),
      },
      {
        name: 'GET /key-persons/:id/visits',
        allowed: KEY_PERSON_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/key-persons/${keyPerson('chief')}/visits` }),
      },
      {
        name: 'POST /key-persons/:id/visits',
        allowed: KEY_PERSON_READERS,
        refusal: 404,
        call: () => ({
          method: 'POST',
          url: `/api/v1/key-persons/${keyPerson('chief')}/visits`,
          payload: { method: 'phone' },
        }),
      },
      {
        name: 'POST /key-person-visits/:id/photos',
        allowed: KEY_PERSON_READERS,
        refusal: 404,
        call: (_s, role) => {
          const file = multipart(pngFile(Buffer.from([4, 4])), { filename: 'visit.png' });
          return {
            method: 'POST',
            url: `/api/v1/key-person-visits/${visitOf.get(role)}/photos`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'GET /key-person-visit-photos/:id/download',
        allowed: KEY_PERSON_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/key-person-visit-photos/${keyPersonPhotoId}/download` }),
      },
      {
        name: 'POST /key-persons/:id/requests',
        allowed: KEY_PERSON_MANAGERS,
        refusal: { seenBy: KEY_PERSON_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/key-persons/${keyPerson(role)}/requests`,
          payload: { kind: 'level', toLevel: 'low', reason: '表现稳定' },
        }),
      },
      {
        name: 'POST /key-persons/:id/requests/:requestId/decision',
        allowed: KEY_PERSON_APPROVERS,
        refusal: { seenBy: KEY_PERSON_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/key-persons/${decisionOf.get(role)?.id}/requests/${decisionOf.get(role)?.requestId}/decision`,
          payload: { decision: 'approve' },
        }),
      },
      ...(
        [
          ['GET /patrols/settings', '/api/v1/patrols/settings'],
          ['GET /patrols/teams', '/api/v1/patrols/teams'],
          ['GET /patrols/shifts', '/api/v1/patrols/shifts'],
          ['GET /patrols/checkpoints', '/api/v1/patrols/checkpoints'],
          ['GET /patrols/check-ins', '/api/v1/patrols/check-ins'],
          ['GET /patrols/check-ins/export.xlsx', '/api/v1/patrols/check-ins/export.xlsx'],
          ['GET /patrols/logs', '/api/v1/patrols/logs'],
          ['GET /patrols/export.xlsx', '/api/v1/patrols/export.xlsx'],
          ['GET /patrols/hours', '/api/v1/patrols/hours?year=2026'],
          ['GET /patrols/hours/export.xlsx', '/api/v1/patrols/hours/export.xlsx?year=2026'],
          ['GET /patrols/teams/export.xlsx', '/api/v1/patrols/teams/export.xlsx'],
        ] as const
      ).map(
        ([name, url]): RouteCase => ({
          name,
          allowed: PATROL_READERS,
          refusal: 403,
          call: () => ({ method: 'GET', url }),
        }),
      ),
      {
        name: 'POST /patrols/teams',
        allowed: PATROL_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/patrols/teams',
          payload: { name: `${role}队`, leaderPersonId: patrols.leaderPersonId, areaIds: [town.district1.id] },
        }),
      },
      {
        name: 'GET /patrols/teams/:id',
        allowed: PATROL_TEAM_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/patrols/teams/${patrols.teamId}` }),
      },
      {
        name: 'PATCH /patrols/teams/:id',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/patrols/teams/${patrols.teamId}`,
          payload: { name: '矩阵巡逻队' },
        }),
      },
      {
        name: 'POST /patrols/teams/:id/members',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/patrols/teams/${patrols.teamId}/members`,
          payload: { personId: fromMap(patrols.newMemberPerson, role) },
        }),
      },
      {
        name: 'DELETE /patrols/teams/:id/members/:memberId',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: (_s, role) => ({
          method: 'DELETE',
          url: `/api/v1/patrols/teams/${patrols.teamId}/members/${fromMap(patrols.memberToRemove, role)}`,
        }),
      },
      {
        name: 'POST /patrols/shifts',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/patrols/shifts',
          payload: { teamId: patrols.teamId, days: [addDays(today, 100 + ROLES.indexOf(role))] },
        }),
      },
      {
        name: 'GET /patrols/shifts/:id',
        allowed: PATROL_TEAM_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/patrols/shifts/${patrols.shiftNow}` }),
      },
      {
        name: 'DELETE /patrols/shifts/:id',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: (_s, role) => ({ method: 'DELETE', url: `/api/v1/patrols/shifts/${fromMap(patrols.emptyShift, role)}` }),
      },
      {
        name: 'POST /patrols/checkpoints',
        allowed: PATROL_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/patrols/checkpoints',
          payload: { name: `${role}点`, villageId: town.shuangping.id },
        }),
      },
      {
        name: 'GET /patrols/checkpoints/print',
        allowed: PATROL_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/patrols/checkpoints/print' }),
      },
      {
        name: 'GET /patrols/checkpoints/export.xlsx',
        allowed: PATROL_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/patrols/checkpoints/export.xlsx' }),
      },
      {
        name: 'PATCH /patrols/checkpoints/:id',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/patrols/checkpoints/${patrols.otherCheckpointId}`,
          payload: { name: '桥头' },
        }),
      },
      {
        name: 'POST /patrols/checkpoints/:id/reissue',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/patrols/checkpoints/${patrols.otherCheckpointId}/reissue` }),
      },
      {
        name: 'GET /patrols/checkpoints/:id/code',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_READERS },
        call: () => ({ method: 'GET', url: `/api/v1/patrols/checkpoints/${patrols.checkpointId}/code` }),
      },
      {
        name: 'GET /patrols/check-ins/preview',
        allowed: PATROL_CHECKERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/patrols/check-ins/preview?token=${patrols.checkInToken}` }),
      },
      {
        name: 'POST /patrols/check-ins',
        allowed: PATROL_CHECKERS,
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/patrols/check-ins', payload: { token: patrols.checkInToken } }),
      },
      {
        name: 'POST /patrols/logs',
        allowed: PATROL_MANAGERS,
        refusal: { seenBy: PATROL_TEAM_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/patrols/logs',
          payload: { shiftId: fromMap(patrols.pastShift, role), findings: [] },
        }),
      },
      {
        name: 'GET /patrols/logs/:id',
        allowed: PATROL_TEAM_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/patrols/logs/${patrols.logId}` }),
      },
      {
        name: 'GET /cameras',
        allowed: CAMERA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cameras' }),
      },
      {
        name: 'POST /cameras',
        allowed: CAMERA_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/cameras',
          payload: {
            villageId: town.shuangping.id,
            deviceId: `42062604001320${String(910_000 + ROLES.indexOf(role)).padStart(6, '0')}`,
            name: `新点位${role}`,
            kind: 'public',
          },
        }),
      },
      {
        name: 'GET /cameras/import-template.xlsx',
        allowed: CAMERA_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cameras/import-template.xlsx' }),
      },
      {
        name: 'GET /cameras/export.xlsx',
        allowed: CAMERA_MANAGERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cameras/export.xlsx' }),
      },
      {
        name: 'GET /cameras/:id',
        allowed: CAMERA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/cameras/${cameraId}` }),
      },
      {
        name: 'PATCH /cameras/:id',
        allowed: CAMERA_MANAGERS,
        refusal: { seenBy: CAMERA_READERS },
        call: (_s, role) => ({ method: 'PATCH', url: `/api/v1/cameras/${cameraId}`, payload: { name: `点位${role}` } }),
      },
      {
        name: 'GET /cameras/:id/consents',
        allowed: CAMERA_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/cameras/${householdId}/consents` }),
      },
      {
        name: 'POST /cameras/:id/consents',
        allowed: CAMERA_MANAGERS,
        refusal: { seenBy: CAMERA_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/cameras/${householdId}/consents`,
          payload: { roles: ['officer'], purposes: ['incident'], startsOn: today, lastDay: today },
        }),
      },
      {
        name: 'POST /cameras/:id/consents/:consentId/revoke',
        allowed: CAMERA_MANAGERS,
        refusal: { seenBy: CAMERA_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/cameras/${householdId}/consents/${consentToRevoke.get(role) ?? fromMap(consentToRevoke, 'chief')}/revoke`,
        }),
      },
      {
        name: 'GET /camera-groups',
        allowed: CAMERA_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/camera-groups' }),
      },
      {
        name: 'POST /camera-groups',
        allowed: ['chief'],
        refusal: 403,
        call: (_s, role) => ({ method: 'POST', url: '/api/v1/camera-groups', payload: { name: `分组${role}` } }),
      },
      {
        name: 'GET /camera-groups/:id',
        allowed: CAMERA_GROUP_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/camera-groups/${cameraGroupId}` }),
      },
      {
        name: 'PATCH /camera-groups/:id',
        allowed: ['chief'],
        refusal: { seenBy: CAMERA_GROUP_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/camera-groups/${cameraGroupId}`, payload: { name: '矩阵分组' } }),
      },
      {
        name: 'POST /camera-groups/:id/members',
        allowed: ['chief'],
        refusal: { seenBy: CAMERA_GROUP_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/camera-groups/${cameraGroupId}/members`,
          payload: { add: [cameraId] },
        }),
      },
      {
        name: 'POST /camera-groups/:id/grants',
        allowed: ['chief'],
        refusal: { seenBy: CAMERA_GROUP_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/camera-groups/${cameraGroupId}/grants`,
          payload: { role: 'monitor' },
        }),
      },
      {
        name: 'GET /camera-groups/:id/accounts',
        allowed: ['chief'],
        refusal: { seenBy: CAMERA_GROUP_READERS },
        call: () => ({
          method: 'GET',
          url: `/api/v1/camera-groups/${cameraGroupId}/accounts?q=${encodeURIComponent('张')}`,
        }),
      },
      {
        name: 'DELETE /camera-groups/:id/grants/:grantId',
        allowed: ['chief'],
        refusal: { seenBy: CAMERA_GROUP_READERS },
        call: () => ({ method: 'DELETE', url: `/api/v1/camera-groups/${cameraGroupId}/grants/${cameraGrantId}` }),
      },
      {
        name: 'GET /video/media-status',
        allowed: ['chief', 'officer', 'auxiliary', 'zongzhiban', 'monitor'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/video/media-status' }),
      },
      {
        name: 'GET /venues',
        allowed: VENUE_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/venues' }),
      },
      {
        name: 'POST /venues',
        allowed: VENUE_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/venues',
          payload: { villageId: town.shuangping.id, name: `场所${role}`, kind: 'hotel' },
        }),
      },
      {
        name: 'GET /venues/export.xlsx',
        allowed: VENUE_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/venues/export.xlsx' }),
      },
      {
        name: 'GET /venues/:id',
        allowed: VENUE_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/venues/${venues.venueId}` }),
      },
      {
        name: 'PATCH /venues/:id',
        allowed: VENUE_MANAGERS,
        refusal: { seenBy: VENUE_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/venues/${venues.venueId}`, payload: { address: '街道2号' } }),
      },
      {
        name: 'POST /venues/:id/cameras',
        allowed: VENUE_MANAGERS,
        refusal: { seenBy: VENUE_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/venues/${venues.venueId}/cameras`,
          payload: { cameraIds: [venues.cameraId] },
        }),
      },
      {
        name: 'POST /venues/:id/agreements',
        allowed: VENUE_MANAGERS,
        refusal: { seenBy: VENUE_READERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/venues/${venues.venueId}/agreements`,
          payload: {
            cameraIds: [venues.cameraId],
            roles: ['officer'],
            purposes: ['incident'],
            allowsPlayback: true,
            firstDay: dayBack(0),
            lastDay: dayBack(-90),
          },
        }),
      },
      {
        name: 'POST /venues/agreements/:id/revoke',
        allowed: VENUE_MANAGERS,
        refusal: { seenBy: VENUE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/venues/agreements/${fromMap(venues.agreementOf, role)}/revoke`,
          payload: { reason: '场所终止共享' },
        }),
      },
      {
        name: 'POST /venues/agreements/:id/document',
        allowed: VENUE_MANAGERS,
        refusal: { seenBy: VENUE_READERS },
        call: () => {
          const file = multipart(Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1'), { filename: 'agreement.pdf' });
          return {
            method: 'POST',
            url: `/api/v1/venues/agreements/${venues.agreementId}/document`,
            payload: file.payload,
            headers: file.headers,
          };
        },
      },
      {
        name: 'POST /video/views',
        allowed: VIDEO_VIEWERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/video/views',
          payload: { cameraId: videoCamera, purpose: 'patrol' },
        }),
      },
      {
        name: 'GET /video/views',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/video/views' }),
      },
      {
        name: 'GET /video/views/export.xlsx',
        allowed: ['chief'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/video/views/export.xlsx' }),
      },
      {
        name: 'POST /video/views/:id/start',
        allowed: VIDEO_VIEWERS,
        refusal: 403,
        call: (_s, role) => {
          const view = liveViews.opened.get(role);
          return {
            method: 'POST',
            url: `/api/v1/video/views/${view?.viewId ?? crypto.randomUUID()}/start`,
            payload: { token: view?.token ?? 'x', cameraId: videoCamera },
          };
        },
      },
      {
        name: 'GET /venues/agreement-documents/:id/download',
        allowed: VENUE_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/venues/agreement-documents/${venues.documentId}/download` }),
      },
      {
        name: 'POST /video/views/:id/answer',
        allowed: VIDEO_VIEWERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/video/views/${startedView(role, 0)}/answer`,
          payload: { jsep: { type: 'answer', sdp: 'v=0\r\n' } },
        }),
      },
      {
        name: 'POST /video/views/:id/close',
        allowed: VIDEO_VIEWERS,
        refusal: 403,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/video/views/${startedView(role, 1)}/close` }),
      },
      {
        name: 'POST /video/views/:id/snapshots',
        allowed: VIDEO_VIEWERS,
        refusal: 403,
        call: (_s, role) => {
          const upload = snapshotUpload();
          return {
            method: 'POST',
            url: `/api/v1/video/views/${startedView(role, 2)}/snapshots?targetKind=video_patrol_result&targetId=r1`,
            payload: upload.payload,
            headers: upload.headers,
          };
        },
      },
      {
        name: 'GET /video/snapshots',
        allowed: VIDEO_PATROL_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: '/api/v1/video/snapshots?targetKind=video_patrol_result&targetId=r1' }),
      },
      {
        name: 'GET /video/snapshots/:id/download',
        allowed: VIDEO_PATROL_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/video/snapshots/${snapshotId}/download` }),
      },
      ...(
        [
          ['GET /video-patrols/plans', '/api/v1/video-patrols/plans'],
          ['GET /video-patrols/rounds', '/api/v1/video-patrols/rounds'],
          ['GET /video-patrols/rounds/export.xlsx', '/api/v1/video-patrols/rounds/export.xlsx'],
          ['GET /video-patrols/reminders', '/api/v1/video-patrols/reminders'],
          ['GET /video-patrols/reminders/export.xlsx', '/api/v1/video-patrols/reminders/export.xlsx'],
        ] as const
      ).map(
        ([name, url]): RouteCase => ({
          name,
          allowed: VIDEO_PATROL_READERS,
          refusal: 403,
          call: () => ({ method: 'GET', url }),
        }),
      ),
      {
        name: 'POST /video-patrols/plans',
        allowed: VIDEO_PATROL_MANAGERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/video-patrols/plans',
          payload: {
            name: `${role}方案`,
            cameraIds: [videoPatrols.spareCameraId],
            schedule: { kind: 'weekdays', weekdays: [1], at: '09:00' },
          },
        }),
      },
      {
        name: 'GET /video-patrols/plans/:id',
        allowed: VIDEO_PATROL_TOWN_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/video-patrols/plans/${videoPatrols.planId}` }),
      },
      {
        name: 'PATCH /video-patrols/plans/:id',
        allowed: VIDEO_PATROL_MANAGERS,
        refusal: { seenBy: VIDEO_PATROL_TOWN_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/video-patrols/plans/${videoPatrols.planId}`,
          payload: { name: `${role}改名` },
        }),
      },
      {
        name: 'POST /video-patrols/rounds',
        allowed: VIDEO_PATROL_RUNNERS,
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: '/api/v1/video-patrols/rounds',
          payload: { cameraIds: [videoPatrols.spareCameraId] },
        }),
      },
      {
        name: 'GET /video-patrols/rounds/:id',
        allowed: VIDEO_PATROL_TOWN_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/video-patrols/rounds/${videoPatrols.roundId}` }),
      },
      {
        name: 'POST /video-patrols/rounds/:id/results',
        allowed: VIDEO_PATROL_RUNNERS,
        refusal: { seenBy: VIDEO_PATROL_TOWN_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/video-patrols/rounds/${videoPatrols.roundId}/results`,
          payload: { cameraId: fromMap(videoPatrols.cameraOf, role), kind: 'normal' },
        }),
      },
      {
        name: 'POST /video-patrols/rounds/:id/finish',
        allowed: VIDEO_PATROL_RUNNERS,
        refusal: { seenBy: VIDEO_PATROL_TOWN_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/video-patrols/rounds/${fromMap(videoPatrols.completeRoundOf, role)}/finish`,
        }),
      },
      {
        name: 'GET /video-patrols/rounds/:id/recipients',
        allowed: VIDEO_PATROL_RUNNERS,
        refusal: { seenBy: VIDEO_PATROL_TOWN_READERS },
        call: () => ({
          method: 'GET',
          url: `/api/v1/video-patrols/rounds/${videoPatrols.roundId}/recipients?cameraId=${videoPatrols.cameraOf.get('chief')}`,
        }),
      },
      {
        name: 'GET /video-patrols/reminders/:id',
        allowed: VIDEO_PATROL_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/video-patrols/reminders/${videoPatrols.reminderId}` }),
      },
      {
        name: 'POST /video-patrols/reminders/:id/outcome',
        allowed: VIDEO_PATROL_RESPONDERS,
        refusal: { seenBy: VIDEO_PATROL_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/video-patrols/reminders/${fromMap(videoPatrols.pendingReminderOf, role)}/outcome`,
          payload: { outcome: 'resolved' },
        }),
      },
      {
        name: 'POST /video-patrols/reminders/:id/retry',
        allowed: VIDEO_PATROL_RUNNERS,
        refusal: { seenBy: VIDEO_PATROL_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/video-patrols/reminders/${fromMap(videoPatrols.noAnswerReminderOf, role)}/retry`,
          payload: {},
        }),
      },
      {
        name: 'POST /mediations/:id/rooms',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediations/${fromMap(rooms.freeMediationOf, role)}/rooms`,
          payload: {},
        }),
      },
      {
        name: 'GET /disputes/:id/rooms',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/disputes/${rooms.disputeId}/rooms` }),
      },
      {
        name: 'GET /mediation-rooms',
        allowed: ROOM_JOINERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/mediation-rooms' }),
      },
      {
        name: 'GET /mediation-rooms/export.xlsx',
        allowed: ROOM_JOINERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/mediation-rooms/export.xlsx' }),
      },
      {
        name: 'GET /mediation-rooms/:id',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/mediation-rooms/${room(role)}` }),
      },
      {
        name: 'GET /mediation-rooms/:id/state',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/mediation-rooms/${room(role)}/state` }),
      },
      {
        name: 'POST /mediation-rooms/:id/join',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/mediation-rooms/${room(role)}/join` }),
      },
      {
        // The cadre waits in his room: he sees it but receives no media before a host admits him.
        name: 'POST /mediation-rooms/:id/media/publish',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/media/publish`,
          payload: { offer: { type: 'offer', sdp: 'v=0\r\n' }, joinToken: fromMap(rooms.joinTokenOf, role) },
        }),
      },
      {
        // Any number of tokens while admitted; the cadre still waits, so he gets none.
        name: 'POST /mediation-rooms/:id/media/join-token',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/mediation-rooms/${room(role)}/media/join-token` }),
      },
      {
        name: 'POST /mediation-rooms/:id/media/subscribe',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/media/subscribe`,
          payload: { feedIds: [fromMap(rooms.partyFeedOf, role)] },
        }),
      },
      {
        name: 'POST /mediation-rooms/:id/media/answer',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/media/answer`,
          payload: { jsep: { type: 'answer', sdp: 'v=0\r\n' } },
        }),
      },
      {
        name: 'PUT /mediation-rooms/:id/record',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'PUT',
          url: `/api/v1/mediation-rooms/${room(role)}/record`,
          payload: { record: `${role}笔录` },
        }),
      },
      {
        name: 'POST /mediation-rooms/:id/participants/:participantId/admit',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/participants/${fromMap(rooms.waitingOf, role)}/admit`,
        }),
      },
      {
        name: 'POST /mediation-rooms/:id/participants/:participantId/remove',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/participants/${fromMap(rooms.partyOf, role)}/remove`,
        }),
      },
      {
        name: 'POST /mediation-rooms/:id/media/leave',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'POST', url: `/api/v1/mediation-rooms/${room(role)}/media/leave` }),
      },
      {
        name: 'POST /mediation-rooms/:id/close',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${room(role)}/close`,
          payload: { outcome: 'adjourned', record: '择期再调' },
        }),
      },
      {
        name: 'POST /mediation-rooms/:id/invitations',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${guestRoom.roomId}/invitations`,
          payload: { displayName: '矩阵见证人', kind: 'neighbour' },
        }),
      },
      {
        name: 'GET /mediation-rooms/:id/invitations',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: () => ({ method: 'GET', url: `/api/v1/mediation-rooms/${guestRoom.roomId}/invitations` }),
      },
      {
        name: 'POST /mediation-rooms/:id/invitations/:invitationId/revoke',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: () => ({
          method: 'POST',
          url: `/api/v1/mediation-rooms/${guestRoom.roomId}/invitations/${guestRoom.invitationId}/revoke`,
        }),
      },
      {
        name: 'PUT /mediation-rooms/:id/shared-draft',
        allowed: ROOM_HOSTS,
        refusal: { seenBy: ROOM_JOINERS },
        call: () => ({
          method: 'PUT',
          url: `/api/v1/mediation-rooms/${guestRoom.roomId}/shared-draft`,
          payload: { agreementId: guestRoom.agreementId },
        }),
      },
      {
        name: 'GET /mediation-rooms/:id/draft-confirmations',
        allowed: ROOM_JOINERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/mediation-rooms/${guestRoom.roomId}/draft-confirmations` }),
      },
      {
        name: 'POST /cadre-codes',
        allowed: CADRE_APPROVERS,
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/cadre-codes', payload: { villageId: town.shuangping.id } }),
      },
      {
        name: 'GET /cadre-codes',
        allowed: CADRE_APPROVERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cadre-codes' }),
      },
      {
        name: 'GET /cadre-codes/export.xlsx',
        allowed: CADRE_APPROVERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cadre-codes/export.xlsx' }),
      },
      {
        name: 'GET /cadre-registrations/export.xlsx',
        allowed: CADRE_APPROVERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cadre-registrations/export.xlsx' }),
      },
      {
        name: 'POST /cadre-codes/:id/revoke',
        allowed: CADRE_APPROVERS,
        refusal: 404,
        call: () => ({ method: 'POST', url: `/api/v1/cadre-codes/${cadreRevoked.id}/revoke` }),
      },
      {
        name: 'GET /cadre-codes/:id/print',
        allowed: CADRE_APPROVERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/cadre-codes/${cadrePrinted.id}/print` }),
      },
      {
        name: 'GET /cadre-registration/:code',
        allowed: ROLES,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/cadre-registration/${cadrePrinted.text}` }),
      },
      {
        name: 'POST /cadre-registrations',
        allowed: ROLES,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/cadre-registrations',
          payload: cadreRegistration(cadrePrinted.text, `cadre_matrix_${role}`),
        }),
      },
      {
        name: 'GET /cadre-registrations',
        allowed: CADRE_APPROVERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/cadre-registrations' }),
      },
      {
        name: 'POST /cadre-registrations/:id/approve',
        allowed: CADRE_APPROVERS,
        refusal: 404,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/cadre-registrations/${cadreDecision('approve', role)}/approve`,
        }),
      },
      {
        name: 'POST /cadre-registrations/:id/refuse',
        allowed: CADRE_APPROVERS,
        refusal: 404,
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/cadre-registrations/${cadreDecision('refuse', role)}/refuse`,
          payload: { reason: '矩阵测试' },
        }),
      },
      // Recording (issue #12): room.host starts and pauses; whoever may join the room consents for themselves and
      // reads its recordings; a stored recording plays to the case's readers only (a cadre joins but reads no case).
      ...(
        [
          ['POST', 'recording/start', ROOM_HOSTS],
          ['POST', 'recording/pause', ROOM_HOSTS],
          ['POST', 'consent', ROOM_JOINERS],
          ['POST', 'consent/withdraw', ROOM_JOINERS],
          ['GET', 'recordings', ROOM_JOINERS],
        ] as const
      ).map(
        ([method, path, allowed]): RouteCase => ({
          name: `${method} /mediation-rooms/:id/${path}`,
          allowed,
          refusal: allowed === ROOM_HOSTS ? { seenBy: ROOM_JOINERS } : 404,
          call: (_s, role) => ({
            method,
            url: `/api/v1/mediation-rooms/${fromMap(recordingRooms.roomOf, role)}/${path}`,
          }),
        }),
      ),
      {
        name: 'GET /mediation-room-recordings/:fileId/play',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/mediation-room-recordings/${recordingRooms.fileId}/play` }),
      },
    ];
  });
  afterAll(async () => t.close());

  it('allows exactly the designed roles on every route and refuses the rest the designed way', async () => {
    const mismatches: string[] = [];
    for (const route of cases) {
      for (const role of ROLES) {
        const session = sessions.get(role);
        if (!session) throw new Error(`no session for ${role}`);
        const { method, url, payload, headers } = route.call(session, role);
        const res = await t.app.inject({
          method,
          url,
          headers: session.headers(headers),
          ...(payload ? { payload } : {}),
        });
        const allowed = route.allowed.includes(role);
        const refusal =
          typeof route.refusal === 'number' ? route.refusal : route.refusal.seenBy.includes(role) ? 403 : 404;
        const ok = allowed ? res.statusCode >= 200 && res.statusCode < 300 : res.statusCode === refusal;
        if (!ok) mismatches.push(`${route.name} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('opens no guest route to a staff session, whatever its role', async () => {
    const mismatches: string[] = [];
    // The enter is the door itself: it answers a link, whoever brings it.
    for (const [method, url] of GUEST_ROUTES.filter(([, url]) => !url.endsWith('/enter'))) {
      for (const role of ROLES) {
        const res = await t.app.inject({
          method,
          url,
          headers: sessions.get(role)?.headers(),
          ...(method === 'POST' ? { payload: {} } : {}),
        });
        if (res.statusCode !== 401 || res.json().error.code !== 'ROOM_GUEST_UNAUTHENTICATED') {
          mismatches.push(`${method} ${url} as ${role}: ${res.statusCode}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every API route the server registers', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const registered = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
    const covered = new Set([
      ...cases.map((c) => c.name.replace(/^(\w+) /, '$1 /api/v1/').replace('/api/v1//', '/api/v1/')),
      ...ROUTES_CHECKED_ELSEWHERE,
    ]);
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
  });
});

/** The routes of a room's guests, public but behind the guest cookie's own hook. */
const GUEST_ROUTES: readonly (readonly ['GET' | 'POST', string])[] = [
  ['POST', '/api/v1/room-guest/enter'],
  ['GET', '/api/v1/room-guest/session'],
  ['GET', '/api/v1/room-guest/state'],
  ['POST', '/api/v1/room-guest/media/publish'],
  ['POST', '/api/v1/room-guest/media/join-token'],
  ['POST', '/api/v1/room-guest/media/subscribe'],
  ['POST', '/api/v1/room-guest/media/answer'],
  ['POST', '/api/v1/room-guest/media/leave'],
  ['POST', '/api/v1/room-guest/consent'],
  ['GET', '/api/v1/room-guest/draft'],
  ['POST', '/api/v1/room-guest/draft/confirm'],
];

/**
 * Not in the matrix: log-in (public) and the caller's own session (auth.test.ts); uploads (directory.test.ts,
 * incident-classes.test.ts).
 */
const ROUTES_CHECKED_ELSEWHERE = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/mfa/enrol',
  'POST /api/v1/auth/mfa/verify',
  'POST /api/v1/imports/villages',
  'POST /api/v1/imports/people',
  'POST /api/v1/incident-classes/import',
  // The camera import (multipart) is refused to readers and allowed to managers in cameras.test.ts.
  'POST /api/v1/cameras/import',
  // A WebSocket upgrade, not a JSON route: authenticated by the same session hook as every /api/v1 GET.
  'GET /api/v1/notifications/ws',
  // A room's guests have no role: their routes answer only the guest cookie (room-guests.test.ts), and no staff
  // session opens them (the test above).
  ...GUEST_ROUTES.map(([method, url]) => `${method} ${url}`),
];
