/**
 * The life of a safety hazard (安全隐患, domain.md §8): reported → assigned (to the village or a town department, with
 * a deadline) → rectified (with at least one rectification photo and a note) → verified by the reporter's side, or
 * sent back for more rectification. Rules without I/O: the server asks `hazardStep` before every change and
 * `hazardActions` when it presents a hazard, so a button shows exactly when its request would be allowed.
 */
import { POLICE_ROLES, type Role } from '../accounts/roles';
import { addDays, daysBetween, type Instant, shanghaiDate } from '../shared/shanghai-time';

/** Where a hazard was found: a night patrol, the video patrol, an inspection, or a member of the public at the desk. */
export const HAZARD_SOURCES = ['patrol', 'video_patrol', 'inspection', 'public'] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

export const HAZARD_SOURCE_LABELS: Record<HazardSource, { zh: string; en: string }> = {
  patrol: { zh: '夜间巡逻', en: 'Night patrol' },
  video_patrol: { zh: '视频巡查', en: 'Video patrol' },
  inspection: { zh: '检查发现', en: 'Inspection' },
  public: { zh: '群众反映', en: 'Public desk' },
};

export const HAZARD_STATES = ['reported', 'assigned', 'rectified', 'verified'] as const;
export type HazardState = (typeof HAZARD_STATES)[number];

export const HAZARD_STATE_LABELS: Record<HazardState, { zh: string; en: string }> = {
  reported: { zh: '待交办', en: 'Reported' },
  assigned: { zh: '整改中', en: 'Being rectified' },
  rectified: { zh: '待验收', en: 'Awaiting verification' },
  verified: { zh: '已销号', en: 'Verified' },
};

/** Who rectifies: the hazard's village (its cadres and auxiliary officer) or a town department's staff. */
export const HAZARD_ASSIGNEE_KINDS = ['village', 'department'] as const;
export type HazardAssigneeKind = (typeof HAZARD_ASSIGNEE_KINDS)[number];

/** Who verifies: the police (chief, officers) or the governance office (综治办). */
export const HAZARD_VERIFIER_SIDES = ['police', 'governance'] as const;
export type HazardVerifierSide = (typeof HAZARD_VERIFIER_SIDES)[number];

/** Photos are taken when the hazard is found and when it is rectified. */
export const HAZARD_PHOTO_KINDS = ['report', 'rectification'] as const;
export type HazardPhotoKind = (typeof HAZARD_PHOTO_KINDS)[number];

/**
 * `assign` (also re-assign or move the deadline while being rectified), `rectify`, `verify`, `sendBack` (a
 * rectification not accepted goes back to the assignee), `photo` (a rectification photo, by the rectifying side while
 * assigned).
 */
export const HAZARD_ACTIONS = ['assign', 'rectify', 'verify', 'sendBack', 'photo'] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

/** The police-side roles that report for the police: a hazard they report is verified by the police. */
const POLICE_REPORTERS: readonly Role[] = [...POLICE_ROLES, 'auxiliary', 'patrol'];
/** The governance side: the 综治办 and the village cadres of its grid. */
const GOVERNANCE_REPORTERS: readonly Role[] = ['zongzhiban', 'village_cadre'];

/**
 * The reporter's side, who verifies the rectification: an inspection is the governance office's (综治办), and so is a
 * hazard reported by the 综治办 or a village cadre; anything a police-side role reports (police, auxiliary officer,
 * patrol volunteer) — the patrols, the video patrol, the public desk — is the police's. A caller with roles on both
 * sides reports for the police.
 */
export function hazardVerifierSide(source: HazardSource, reporterRoles: readonly Role[]): HazardVerifierSide {
  if (source === 'inspection') return 'governance';
  if (reporterRoles.some((role) => POLICE_REPORTERS.includes(role))) return 'police';
  if (reporterRoles.some((role) => GOVERNANCE_REPORTERS.includes(role))) return 'governance';
  return 'police';
}

/** Whether roles holding hazard.verify over a hazard are on its verifying side. */
export function mayVerifyHazard(side: HazardVerifierSide, verifyRoles: readonly Role[]): boolean {
  return side === 'police'
    ? verifyRoles.some((role) => POLICE_ROLES.includes(role))
    : verifyRoles.includes('zongzhiban');
}

/**
 * Whether roles holding hazard.rectify over a hazard may rectify it: the village's cadres and auxiliary officer for a
 * hazard assigned to the village, the department's staff for one assigned to their department.
 */
export function mayRectifyHazard(assignee: HazardAssigneeKind | null, rectifyRoles: readonly Role[]): boolean {
  if (assignee === 'village') return rectifyRoles.includes('auxiliary') || rectifyRoles.includes('village_cadre');
  if (assignee === 'department') return rectifyRoles.includes('department');
  return false;
}

/** What the caller may do over one hazard, from their roles over it. */
export interface HazardRights {
  assign: boolean;
  rectify: boolean;
  verify: boolean;
}

const STEPS: Record<HazardAction, { from: readonly HazardState[]; to: HazardState | null; right: keyof HazardRights }> =
  {
    assign: { from: ['reported', 'assigned'], to: 'assigned', right: 'assign' },
    photo: { from: ['assigned'], to: null, right: 'rectify' },
    rectify: { from: ['assigned'], to: 'rectified', right: 'rectify' },
    verify: { from: ['rectified'], to: 'verified', right: 'verify' },
    sendBack: { from: ['rectified'], to: 'assigned', right: 'verify' },
  };

export type HazardStepResult =
  | { ok: true; to: HazardState | null }
  | { ok: false; code: 'FORBIDDEN' | 'HAZARD_STATE_INVALID' };

/** Whether a caller with `rights` may take `action` on a hazard in `state`; the right is checked before the state. */
export function hazardStep(state: HazardState, action: HazardAction, rights: HazardRights): HazardStepResult {
  const step = STEPS[action];
  if (!rights[step.right]) return { ok: false, code: 'FORBIDDEN' };
  if (!step.from.includes(state)) return { ok: false, code: 'HAZARD_STATE_INVALID' };
  return { ok: true, to: step.to };
}

export function hazardActions(state: HazardState, rights: HazardRights): HazardAction[] {
  return HAZARD_ACTIONS.filter((action) => hazardStep(state, action, rights).ok);
}

/**
 * A rectification is closed only with a photo of it and a note: RECTIFY_PHOTO_REQUIRED when no rectification photo
 * was added since the hazard was (last) assigned.
 */
export function rectificationProblem(input: {
  rectificationPhotos: number;
  note: string;
}): 'HAZARD_RECTIFY_PHOTO_REQUIRED' | 'HAZARD_RECTIFY_NOTE_REQUIRED' | null {
  if (input.rectificationPhotos < 1) return 'HAZARD_RECTIFY_PHOTO_REQUIRED';
  if (input.note.trim() === '') return 'HAZARD_RECTIFY_NOTE_REQUIRED';
  return null;
}

/** A hazard still waiting for its rectification (reported or assigned) can be overdue; rectified or verified not. */
export function isHazardOpen(state: HazardState): boolean {
  return state === 'reported' || state === 'assigned';
}

export type HazardDeadlineStatus =
  | { kind: 'none' }
  | { kind: 'remaining'; days: number; lastDay: string }
  | { kind: 'today'; lastDay: string }
  | { kind: 'overdue'; days: number; lastDay: string };

/**
 * A hazard's deadline: the last Shanghai day (`dueOn`) for the rectification, due today on that day and overdue from
 * the next Shanghai day, by whole days. No status without a deadline or once rectified.
 */
export function hazardDeadlineStatus(
  hazard: { state: HazardState; dueOn: string | null },
  now: Instant = new Date(),
): HazardDeadlineStatus {
  if (!hazard.dueOn || !isHazardOpen(hazard.state)) return { kind: 'none' };
  const days = daysBetween(shanghaiDate(now), hazard.dueOn);
  if (days < 0) return { kind: 'overdue', days: -days, lastDay: hazard.dueOn };
  return days === 0 ? { kind: 'today', lastDay: hazard.dueOn } : { kind: 'remaining', days, lastDay: hazard.dueOn };
}

/** Days ahead (today included) that count as "due soon" on the home page and the `dueSoon` filter. */
export const HAZARD_DUE_SOON_DAYS = 3;
/** How far ahead a deadline may lie: a year and a day (further is a mistyped year). */
export const HAZARD_DEADLINE_MAX_DAYS = 366;

/** A deadline cannot lie before today (Shanghai) nor more than HAZARD_DEADLINE_MAX_DAYS ahead. */
export function hazardDeadlineProblem(
  dueOn: string,
  today: string,
): 'HAZARD_DEADLINE_PAST' | 'HAZARD_DEADLINE_TOO_FAR' | null {
  if (dueOn < today) return 'HAZARD_DEADLINE_PAST';
  if (dueOn > addDays(today, HAZARD_DEADLINE_MAX_DAYS)) return 'HAZARD_DEADLINE_TOO_FAR';
  return null;
}

/** The notification kinds hazards send through the notification centre. */
export const HAZARD_NOTIFICATION_KINDS = [
  'hazard.reported',
  'hazard.assigned',
  'hazard.rectified',
  'hazard.verified',
  'hazard.sent_back',
  'hazard.overdue',
] as const;
export type HazardNotificationKind = (typeof HAZARD_NOTIFICATION_KINDS)[number];
