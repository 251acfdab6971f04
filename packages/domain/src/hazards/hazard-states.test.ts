import { describe, expect, it } from 'vitest';
import {
  hazardActions,
  hazardDeadlineProblem,
  hazardDeadlineStatus,
  hazardStep,
  hazardVerifierSide,
  mayRectifyHazard,
  mayVerifyHazard,
  rectificationProblem,
} from './hazard-states';

const ALL = { assign: true, rectify: true, verify: true };
const NONE = { assign: false, rectify: false, verify: false };

describe('who verifies a hazard: the reporter’s side', () => {
  it('gives the police what the police, an auxiliary officer or a patrol volunteer reports', () => {
    expect(hazardVerifierSide('patrol', ['patrol'])).toBe('police');
    expect(hazardVerifierSide('video_patrol', ['officer'])).toBe('police');
    expect(hazardVerifierSide('public', ['auxiliary'])).toBe('police');
    expect(hazardVerifierSide('public', ['chief'])).toBe('police');
  });

  it('gives the 综治办 an inspection, whoever reports it, and what the 综治办 or a village cadre reports', () => {
    expect(hazardVerifierSide('inspection', ['chief'])).toBe('governance');
    expect(hazardVerifierSide('public', ['zongzhiban'])).toBe('governance');
    expect(hazardVerifierSide('patrol', ['village_cadre'])).toBe('governance');
  });

  it('prefers the police for a caller holding roles on both sides', () => {
    expect(hazardVerifierSide('public', ['zongzhiban', 'officer'])).toBe('police');
  });

  it('lets only that side verify', () => {
    expect(mayVerifyHazard('police', ['officer'])).toBe(true);
    expect(mayVerifyHazard('police', ['chief'])).toBe(true);
    expect(mayVerifyHazard('police', ['zongzhiban'])).toBe(false);
    expect(mayVerifyHazard('governance', ['zongzhiban'])).toBe(true);
    expect(mayVerifyHazard('governance', ['chief', 'officer'])).toBe(false);
  });
});

describe('who rectifies a hazard', () => {
  it('is the village’s auxiliary officer or cadre for the village, the department’s staff for the department', () => {
    expect(mayRectifyHazard('village', ['auxiliary'])).toBe(true);
    expect(mayRectifyHazard('village', ['village_cadre'])).toBe(true);
    expect(mayRectifyHazard('village', ['department'])).toBe(false);
    expect(mayRectifyHazard('department', ['department'])).toBe(true);
    expect(mayRectifyHazard('department', ['auxiliary', 'village_cadre'])).toBe(false);
    expect(mayRectifyHazard(null, ['auxiliary'])).toBe(false);
  });
});

describe('the steps of a hazard', () => {
  it('goes reported → assigned → rectified → verified, or back to assigned', () => {
    expect(hazardStep('reported', 'assign', ALL)).toEqual({ ok: true, to: 'assigned' });
    expect(hazardStep('assigned', 'assign', ALL)).toEqual({ ok: true, to: 'assigned' });
    expect(hazardStep('assigned', 'rectify', ALL)).toEqual({ ok: true, to: 'rectified' });
    expect(hazardStep('rectified', 'verify', ALL)).toEqual({ ok: true, to: 'verified' });
    expect(hazardStep('rectified', 'sendBack', ALL)).toEqual({ ok: true, to: 'assigned' });
    expect(hazardStep('assigned', 'photo', ALL)).toEqual({ ok: true, to: null });
  });

  it('refuses a step without its right before looking at the state, and a step out of order', () => {
    expect(hazardStep('verified', 'verify', NONE)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(hazardStep('reported', 'rectify', ALL)).toEqual({ ok: false, code: 'HAZARD_STATE_INVALID' });
    expect(hazardStep('assigned', 'verify', ALL)).toEqual({ ok: false, code: 'HAZARD_STATE_INVALID' });
    expect(hazardStep('verified', 'assign', ALL)).toEqual({ ok: false, code: 'HAZARD_STATE_INVALID' });
  });

  it('offers exactly the allowed actions', () => {
    expect(hazardActions('reported', ALL)).toEqual(['assign']);
    expect(hazardActions('assigned', { ...NONE, rectify: true })).toEqual(['rectify', 'photo']);
    expect(hazardActions('rectified', { ...NONE, verify: true })).toEqual(['verify', 'sendBack']);
    expect(hazardActions('verified', ALL)).toEqual([]);
  });

  it('closes a rectification only with a photo and a note', () => {
    expect(rectificationProblem({ rectificationPhotos: 0, note: '已整改' })).toBe('HAZARD_RECTIFY_PHOTO_REQUIRED');
    expect(rectificationProblem({ rectificationPhotos: 1, note: '  ' })).toBe('HAZARD_RECTIFY_NOTE_REQUIRED');
    expect(rectificationProblem({ rectificationPhotos: 2, note: '已整改' })).toBeNull();
  });
});

describe('the deadline of a hazard, in Shanghai days', () => {
  const assigned = { state: 'assigned' as const, dueOn: '2026-11-30' };

  it('is due today until Shanghai midnight and overdue from the next Shanghai day', () => {
    // 23:59 on the 30th in Shanghai is 15:59 UTC.
    expect(hazardDeadlineStatus(assigned, '2026-11-30T15:59:00Z')).toEqual({ kind: 'today', lastDay: '2026-11-30' });
    // 00:01 on 1 December in Shanghai is still 30 November in UTC.
    expect(hazardDeadlineStatus(assigned, '2026-11-30T16:01:00Z')).toEqual({
      kind: 'overdue',
      days: 1,
      lastDay: '2026-11-30',
    });
    expect(hazardDeadlineStatus(assigned, '2026-11-27T02:00:00Z')).toEqual({
      kind: 'remaining',
      days: 3,
      lastDay: '2026-11-30',
    });
  });

  it('has no status without a deadline, or once rectified or verified', () => {
    expect(hazardDeadlineStatus({ state: 'reported', dueOn: null }, '2026-12-30T00:00:00Z')).toEqual({ kind: 'none' });
    expect(hazardDeadlineStatus({ ...assigned, state: 'rectified' }, '2026-12-30T00:00:00Z')).toEqual({ kind: 'none' });
    expect(hazardDeadlineStatus({ ...assigned, state: 'verified' }, '2026-12-30T00:00:00Z')).toEqual({ kind: 'none' });
  });

  it('refuses a deadline in the past or more than a year and a day ahead', () => {
    expect(hazardDeadlineProblem('2026-11-29', '2026-11-30')).toBe('HAZARD_DEADLINE_PAST');
    expect(hazardDeadlineProblem('2026-11-30', '2026-11-30')).toBeNull();
    expect(hazardDeadlineProblem('2027-12-01', '2026-11-30')).toBeNull();
    expect(hazardDeadlineProblem('2027-12-02', '2026-11-30')).toBe('HAZARD_DEADLINE_TOO_FAR');
  });
});
