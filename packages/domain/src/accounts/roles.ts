/**
 * Roles, permissions and how far each permission reaches (domain.md §1, §10).
 * A user holds role grants, each bound to a jurisdiction; a permission's reach is either the
 * granted jurisdiction's subtree ("assigned"), the whole town that contains it ("town"), the town's
 * records assigned to the holder's own organisation ("organization"), or everything under the
 * grant's root for the administrator roles ("assigned" on the county).
 */
export const ROLES = [
  'chief',
  'officer',
  'auxiliary',
  'zongzhiban',
  'department',
  'village_cadre',
  'patrol',
  'monitor',
  'partner',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * The police among the roles: law-enforcement subjects. Auxiliary officers are not (domain.md §1), so police
 * mediation and the station's judgements (pushing a case to the town) belong to these roles only.
 */
export const POLICE_ROLES: readonly Role[] = ['officer', 'chief'];

/** 三权分立: each of these must be the only role its account holds. */
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  chief: { zh: '所长', en: 'Station chief' },
  officer: { zh: '民警', en: 'Officer' },
  auxiliary: { zh: '驻村辅警', en: 'Village auxiliary officer' },
  zongzhiban: { zh: '综治办', en: 'Governance office' },
  department: { zh: '镇直部门', en: 'Town department' },
  village_cadre: { zh: '村干部', en: 'Village cadre' },
  patrol: { zh: '巡逻队员', en: 'Patrol volunteer' },
  monitor: { zh: '监控值班', en: 'Monitoring duty' },
  partner: { zh: '邻所', en: 'Partner station' },
  sysadmin: { zh: '系统管理员', en: 'System administrator' },
  secadmin: { zh: '安全管理员', en: 'Security administrator' },
  auditor: { zh: '审计管理员', en: 'Audit administrator' },
};

export const PERMISSIONS = [
  'directory.read',
  'directory.manage',
  'person.read',
  'person.manage',
  'person.unmask',
  'user.read',
  'user.manage',
  'user.grant',
  'audit.read',
  'dispute.read',
  'dispute.create',
  'dispute.handle',
  'dispute.escalate',
  'dispute.govern',
  'dispute.unmask',
  'dispute.export',
  'incident.read',
  'incident.create',
  'incident.handle',
  'incident.review',
  'incident.unmask',
  'incident.configure',
  'duty.read',
  'duty.log',
  'assessment.read',
  'assessment.manage',
  'rotation.read',
  'rotation.manage',
  'rotation.attend',
  'stats.read',
  'meeting.read',
  'meeting.manage',
  'task.read',
  'task.assign',
  'analysis.read',
  'analysis.write',
  'analysis.sign',
  'report.read',
  'patrol.read',
  'patrol.manage',
  'patrol.checkin',
  'hazard.read',
  'hazard.report',
  'hazard.assign',
  'hazard.rectify',
  'hazard.verify',
  'keyperson.read_police',
  'keyperson.read_governance',
  'keyperson.manage',
  'keyperson.visit',
  'keyperson.approve',
  'keyperson.unmask',
  'antifraud.read',
  'antifraud.record',
  'antifraud.case',
  'camera.read',
  'camera.manage',
  'camera.grant',
  'video.view',
  'video.audit',
  'videopatrol.read',
  'videopatrol.run',
  'videopatrol.manage',
  'videopatrol.respond',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * `organization`: the town, but only records assigned to the organisation of the holder's own person (department
 * staff see the cases assigned to their department, domain.md §1); the server resolves it in one place.
 */
export type Reach = 'assigned' | 'town' | 'organization';

/** What each role may do and how far. Absent = not allowed. */
export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Reach>>> = {
  chief: {
    'directory.read': 'town',
    'directory.manage': 'town',
    'person.read': 'town',
    'person.manage': 'town',
    'person.unmask': 'town',
    'dispute.read': 'town',
    'dispute.create': 'town',
    'dispute.handle': 'town',
    'dispute.escalate': 'town',
    'dispute.unmask': 'town',
    'dispute.export': 'town',
    'incident.read': 'town',
    'incident.create': 'town',
    'incident.handle': 'town',
    'incident.review': 'town',
    'incident.unmask': 'town',
    'incident.configure': 'town',
    'duty.read': 'town',
    'duty.log': 'town',
    'assessment.read': 'town',
    'assessment.manage': 'town',
    'rotation.read': 'town',
    'rotation.manage': 'town',
    'rotation.attend': 'town',
    'stats.read': 'town',
    'meeting.read': 'town',
    'meeting.manage': 'town',
    'task.read': 'town',
    'task.assign': 'town',
    'analysis.read': 'town',
    'analysis.write': 'town',
    'analysis.sign': 'town',
    'report.read': 'town',
    'patrol.read': 'town',
    'patrol.manage': 'town',
    'patrol.checkin': 'town',
    'hazard.read': 'town',
    'hazard.report': 'town',
    'hazard.assign': 'town',
    'hazard.verify': 'town',
    'keyperson.read_police': 'town',
    'keyperson.read_governance': 'town',
    'keyperson.manage': 'town',
    'keyperson.visit': 'town',
    'keyperson.approve': 'town',
    'keyperson.unmask': 'town',
    'antifraud.read': 'town',
    'antifraud.record': 'town',
    'antifraud.case': 'town',
    'camera.read': 'town',
    'camera.manage': 'town',
    'camera.grant': 'town',
    'video.view': 'town',
    'video.audit': 'town',
    'videopatrol.read': 'town',
    'videopatrol.run': 'town',
    'videopatrol.manage': 'town',
    'videopatrol.respond': 'town',
  },
  officer: {
    'directory.read': 'town',
    'person.read': 'assigned',
    'person.manage': 'assigned',
    'person.unmask': 'assigned',
    // Officers follow the whole town's disputes but work only those of their districts.
    'dispute.read': 'town',
    'dispute.create': 'assigned',
    'dispute.handle': 'assigned',
    'dispute.escalate': 'assigned',
    'dispute.unmask': 'assigned',
    // The export is a bulk read of the town's disputes, with clear values only where the officer may unmask.
    'dispute.export': 'town',
    // The duty desk takes and dispatches the whole town's calls; clear personal data only in the officer's districts.
    'incident.read': 'town',
    'incident.create': 'town',
    'incident.handle': 'town',
    'incident.review': 'town',
    'incident.unmask': 'assigned',
    'duty.read': 'town',
    'duty.log': 'assigned',
    'assessment.read': 'assigned',
    'rotation.read': 'town',
    'rotation.attend': 'town',
    'stats.read': 'town',
    'meeting.read': 'town',
    'meeting.manage': 'town',
    'task.read': 'town',
    'task.assign': 'town',
    'analysis.read': 'town',
    'analysis.write': 'town',
    'analysis.sign': 'town',
    'report.read': 'town',
    'patrol.read': 'town',
    'patrol.manage': 'town',
    'patrol.checkin': 'town',
    'hazard.read': 'town',
    'hazard.report': 'town',
    'hazard.assign': 'town',
    'hazard.verify': 'town',
    // Key persons are controlled by the officer of their district: none of another district's are shown to him.
    'keyperson.read_police': 'assigned',
    'keyperson.read_governance': 'assigned',
    'keyperson.manage': 'assigned',
    'keyperson.visit': 'assigned',
    'keyperson.unmask': 'assigned',
    'antifraud.read': 'town',
    'antifraud.record': 'town',
    'antifraud.case': 'town',
    'camera.read': 'town',
    'video.view': 'town',
    'videopatrol.read': 'town',
    'videopatrol.run': 'town',
    'videopatrol.respond': 'town',
  },
  auxiliary: {
    'directory.read': 'town',
    'person.read': 'assigned',
    'person.manage': 'assigned',
    'dispute.read': 'assigned',
    'dispute.create': 'assigned',
    'dispute.handle': 'assigned',
    'incident.read': 'assigned',
    'incident.create': 'assigned',
    'incident.handle': 'assigned',
    'duty.read': 'assigned',
    'duty.log': 'assigned',
    'assessment.read': 'assigned',
    'rotation.read': 'town',
    // A village's own figures and the tasks given to its village.
    'stats.read': 'assigned',
    'task.read': 'assigned',
    'patrol.read': 'town',
    'patrol.checkin': 'town',
    'hazard.read': 'assigned',
    'hazard.report': 'assigned',
    'hazard.rectify': 'assigned',
    // The governance groups (released prisoners, community corrections…) are visited by the village's auxiliary
    // officer; the police groups (terrorism, stability, fugitives…) stay with the police.
    'keyperson.read_governance': 'assigned',
    'keyperson.visit': 'assigned',
    'antifraud.read': 'assigned',
    'antifraud.record': 'assigned',
    'camera.read': 'assigned',
    'video.view': 'assigned',
    'videopatrol.read': 'assigned',
    'videopatrol.respond': 'assigned',
  },
  zongzhiban: {
    'directory.read': 'town',
    'person.read': 'town',
    'dispute.read': 'town',
    'dispute.create': 'town',
    'dispute.handle': 'town',
    'dispute.govern': 'town',
    'dispute.unmask': 'town',
    'dispute.export': 'town',
    'rotation.read': 'town',
    'stats.read': 'town',
    'meeting.read': 'town',
    'meeting.manage': 'town',
    'task.read': 'town',
    'task.assign': 'town',
    'analysis.read': 'town',
    'report.read': 'town',
    'patrol.read': 'town',
    'hazard.read': 'town',
    'hazard.report': 'town',
    'hazard.assign': 'town',
    'hazard.verify': 'town',
    'keyperson.read_governance': 'town',
    'keyperson.manage': 'town',
    'keyperson.visit': 'town',
    'keyperson.approve': 'town',
    'keyperson.unmask': 'town',
    'antifraud.read': 'town',
    'antifraud.record': 'town',
    'camera.read': 'town',
    'video.view': 'town',
    'videopatrol.read': 'town',
  },
  department: {
    'directory.read': 'town',
    'dispute.read': 'organization',
    'dispute.handle': 'organization',
    // The tasks a meeting gave to the department.
    'task.read': 'organization',
    // The hazards assigned to the department, to rectify.
    'hazard.read': 'organization',
    'hazard.rectify': 'organization',
  },
  village_cadre: {
    'directory.read': 'town',
    'rotation.read': 'assigned',
    'stats.read': 'assigned',
    'task.read': 'assigned',
    'patrol.read': 'assigned',
    'hazard.read': 'assigned',
    'hazard.report': 'assigned',
    'hazard.rectify': 'assigned',
    'antifraud.read': 'assigned',
    'videopatrol.read': 'assigned',
    'videopatrol.respond': 'assigned',
  },
  // A volunteer checks in on the rota of his own team (membership is checked besides the reach) and reports hazards.
  patrol: {
    'directory.read': 'town',
    'patrol.read': 'assigned',
    'patrol.checkin': 'town',
    'hazard.report': 'assigned',
  },
  // The monitoring centre: its wall screen (大屏) shows the town's figures, and its duty staff keep the camera
  // registry and patrol by video; which cameras they may open is still decided by the camera grants.
  monitor: {
    'directory.read': 'town',
    'stats.read': 'town',
    'camera.read': 'town',
    'camera.manage': 'town',
    'video.view': 'town',
    'videopatrol.read': 'town',
    'videopatrol.run': 'town',
    'videopatrol.manage': 'town',
    'videopatrol.respond': 'town',
  },
  partner: {},
  sysadmin: {
    'directory.read': 'assigned',
    'directory.manage': 'assigned',
    'user.read': 'assigned',
    'user.manage': 'assigned',
  },
  secadmin: { 'directory.read': 'assigned', 'user.read': 'assigned', 'user.grant': 'assigned' },
  auditor: { 'user.read': 'assigned', 'audit.read': 'assigned' },
};

/** Which jurisdiction levels a role may be granted on. */
export const ROLE_SCOPE_LEVELS: Record<Role, readonly string[]> = {
  chief: ['town'],
  officer: ['town', 'district'],
  auxiliary: ['village', 'community'],
  zongzhiban: ['town'],
  department: ['town'],
  village_cadre: ['village', 'community'],
  patrol: ['town', 'district', 'village', 'community'],
  monitor: ['town'],
  partner: ['town'],
  sysadmin: ['county', 'town'],
  secadmin: ['county', 'town'],
  auditor: ['county', 'town'],
};

export function isAdminRole(role: Role): boolean {
  return ADMIN_ROLES.includes(role);
}

/** The roles must not mix an administrator role with any other role (or another admin role). */
export function roleSetConflict(roles: readonly Role[]): boolean {
  const distinct = new Set(roles);
  const admins = [...distinct].filter(isAdminRole);
  return admins.length > 0 && distinct.size > 1;
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    for (const permission of Object.keys(ROLE_PERMISSIONS[role]) as Permission[]) granted.add(permission);
  }
  return PERMISSIONS.filter((p) => granted.has(p));
}
