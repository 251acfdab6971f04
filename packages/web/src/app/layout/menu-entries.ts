import type { Permission } from '@fengqiao/domain';
import type { MessageKey } from '../i18n/dictionaries';

export type NavKey =
  | 'home'
  | 'jurisdictions'
  | 'people'
  | 'disputes'
  | 'users'
  | 'audit'
  | 'profile'
  | 'duty'
  | 'rotation'
  | 'assessments'
  | 'incidentClasses'
  | 'incidents'
  | 'reports'
  | 'dashboard'
  | 'wall'
  | 'meetings'
  | 'tasks'
  | 'analyses'
  | 'coverage'
  | 'hazards'
  | 'antifraud'
  | 'keyPersons'
  | 'patrols'
  | 'cameras'
  | 'venues'
  | 'video'
  | 'videoPatrols'
  | 'mediationRooms'
  | 'cadres';

export interface MenuEntry {
  key: NavKey;
  path: string;
  labelKey: MessageKey;
  permission?: Permission;
}

export const MENU_ENTRIES: readonly MenuEntry[] = [
  // The day's work first (cases, calls, duty), then the consultation and its figures, then the registers and settings.
  { key: 'home', path: '/', labelKey: 'nav.home' },
  { key: 'dashboard', path: '/dashboard', labelKey: 'nav.dashboard', permission: 'stats.read' },
  { key: 'incidents', path: '/incidents', labelKey: 'nav.incidents', permission: 'incident.read' },
  { key: 'disputes', path: '/disputes', labelKey: 'nav.disputes', permission: 'dispute.read' },
  { key: 'tasks', path: '/tasks', labelKey: 'nav.tasks', permission: 'task.read' },
  { key: 'duty', path: '/duty', labelKey: 'nav.duty', permission: 'duty.read' },
  { key: 'rotation', path: '/rotation', labelKey: 'nav.rotation', permission: 'rotation.read' },
  { key: 'assessments', path: '/assessments', labelKey: 'nav.assessments', permission: 'assessment.read' },
  { key: 'meetings', path: '/meetings', labelKey: 'nav.meetings', permission: 'meeting.read' },
  { key: 'analyses', path: '/analyses', labelKey: 'nav.analyses', permission: 'analysis.read' },
  { key: 'reports', path: '/reports/monthly', labelKey: 'nav.reports', permission: 'report.read' },
  { key: 'coverage', path: '/coverage', labelKey: 'nav.coverage', permission: 'directory.read' },
  { key: 'patrols', path: '/patrols', labelKey: 'nav.patrols', permission: 'patrol.read' },
  { key: 'hazards', path: '/hazards', labelKey: 'nav.hazards', permission: 'hazard.read' },
  // Every holder of keyperson.read_police also holds read_governance (domain test), so one permission gates both.
  { key: 'keyPersons', path: '/key-persons', labelKey: 'nav.keyPersons', permission: 'keyperson.read_governance' },
  { key: 'antifraud', path: '/antifraud', labelKey: 'nav.antifraud', permission: 'antifraud.read' },
  { key: 'cameras', path: '/cameras', labelKey: 'nav.cameras', permission: 'camera.read' },
  { key: 'venues', path: '/venues', labelKey: 'nav.venues', permission: 'camera.read' },
  { key: 'video', path: '/video', labelKey: 'nav.video', permission: 'video.view' },
  { key: 'videoPatrols', path: '/video-patrols', labelKey: 'nav.videoPatrols', permission: 'videopatrol.read' },
  { key: 'mediationRooms', path: '/mediation-rooms', labelKey: 'nav.mediationRooms', permission: 'room.join' },
  { key: 'cadres', path: '/cadres', labelKey: 'nav.cadres', permission: 'cadre.approve' },
  { key: 'wall', path: '/wall', labelKey: 'nav.wall', permission: 'stats.read' },
  { key: 'people', path: '/people', labelKey: 'nav.people', permission: 'person.read' },
  { key: 'jurisdictions', path: '/jurisdictions', labelKey: 'nav.jurisdictions', permission: 'directory.read' },
  {
    key: 'incidentClasses',
    path: '/incident-classes',
    labelKey: 'nav.incidentClasses',
    permission: 'incident.configure',
  },
  { key: 'users', path: '/users', labelKey: 'nav.users', permission: 'user.read' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { key: 'profile', path: '/profile', labelKey: 'nav.profile' },
];

export function visibleMenuEntries(permissions: readonly string[]): MenuEntry[] {
  return MENU_ENTRIES.filter((entry) => entry.permission === undefined || permissions.includes(entry.permission));
}

/** The menu entry a path belongs to, so `/people/123` keeps 人员 highlighted. */
export function menuKeyForPath(pathname: string): NavKey | undefined {
  if (pathname === '/' || pathname === '') return 'home';
  const match = MENU_ENTRIES.find(
    (entry) => entry.path !== '/' && (pathname === entry.path || pathname.startsWith(`${entry.path}/`)),
  );
  return match?.key;
}
