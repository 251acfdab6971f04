import { describe, expect, it } from 'vitest';
import { MEETING_ACTIONS } from './meeting.schema';
import {
  defaultMeetingMonth,
  defaultMeetingTitle,
  meetingDayProblem,
  meetingMonthProblem,
  meetingScheduleEditable,
  meetingStepAllowed,
} from './meeting-rules';

describe('the steps of a meeting', () => {
  it('prepares a draft, holds it, then closes the minutes', () => {
    expect(MEETING_ACTIONS.filter((a) => meetingStepAllowed('draft', a))).toEqual([
      'edit',
      'hold',
      'cancel',
      'assignTask',
      'print',
    ]);
    expect(MEETING_ACTIONS.filter((a) => meetingStepAllowed('held', a))).toEqual([
      'edit',
      'close',
      'assignTask',
      'print',
    ]);
    expect(MEETING_ACTIONS.filter((a) => meetingStepAllowed('closed', a))).toEqual(['print']);
    expect(MEETING_ACTIONS.filter((a) => meetingStepAllowed('cancelled', a))).toEqual([]);
  });

  it('moves its date and month only while a draft, because the frozen figures belong to them', () => {
    expect(meetingScheduleEditable('draft')).toBe(true);
    expect(meetingScheduleEditable('held')).toBe(false);
    expect(meetingScheduleEditable('closed')).toBe(false);
  });

  it('reviews the month before its day by default, across the new year', () => {
    expect(defaultMeetingMonth('2026-12-03')).toBe('2026-11');
    expect(defaultMeetingMonth('2027-01-05')).toBe('2026-12');
    expect(defaultMeetingTitle('2026-11')).toBe('2026年11月警治会商');
  });
});

describe('the month a meeting reviews', () => {
  it('has begun by the meeting day: its own month or an earlier one, never a later one', () => {
    expect(meetingMonthProblem('2026-04', '2026-05-08')).toBeNull();
    expect(meetingMonthProblem('2026-05', '2026-05-08')).toBeNull();
    expect(meetingMonthProblem('2025-12', '2026-01-02')).toBeNull();
    expect(meetingMonthProblem('2026-06', '2026-05-31')).toBe('PERIOD_IN_FUTURE');
    expect(meetingMonthProblem('2027-01', '2026-12-31')).toBe('PERIOD_IN_FUTURE');
  });
});

describe('how far ahead a meeting may be planned', () => {
  it('accepts a year and a day ahead and refuses later, a mistyped year', () => {
    expect(meetingDayProblem('2027-12-01', '2026-11-30')).toBeNull();
    expect(meetingDayProblem('2027-12-02', '2026-11-30')).toBe('MEETING_TOO_FAR_AHEAD');
    expect(meetingDayProblem('9999-12-05', '2026-11-30')).toBe('MEETING_TOO_FAR_AHEAD');
  });
});
