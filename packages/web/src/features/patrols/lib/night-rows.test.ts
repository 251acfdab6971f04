import type { PatrolCheckIn, PatrolShift } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { checkInsByCheckpoint, nightOfLog, nightOfShift } from './night-rows';

const shift = (over: Partial<PatrolShift>): PatrolShift => ({
  id: 's1',
  teamId: 't1',
  teamName: '一队',
  day: '2026-11-29',
  startsAt: '2026-11-29T14:00:00.000Z',
  endsAt: '2026-11-29T22:00:00.000Z',
  checkInCount: 2,
  logId: null,
  actions: [],
  ...over,
});

const checkIn = (id: string, checkpointId: string, checkpointName: string, at: string): PatrolCheckIn => ({
  id,
  checkpointId,
  checkpointName,
  villageName: '双坪村',
  shiftId: 's1',
  shiftDay: '2026-11-29',
  teamId: 't1',
  teamName: '一队',
  personId: 'p1',
  personName: '张三',
  at,
  position: null,
});

describe('the nights of the patrol log', () => {
  it('offers 填写日志 only when the shift allows it, has begun and has no log', () => {
    const night = new Date('2026-11-29T17:30:00.000Z');
    expect(nightOfShift(shift({ actions: ['log'] }), night).mayLog).toBe(true);
    expect(nightOfShift(shift({ actions: ['log'], logId: 'l1' }), night).mayLog).toBe(false);
    expect(nightOfShift(shift({ actions: ['delete'] }), night).mayLog).toBe(false);
    expect(nightOfShift(shift({ actions: ['log'] }), new Date('2026-11-29T13:59:59.000Z')).mayLog).toBe(false);
  });

  it('carries a written log’s findings', () => {
    const row = nightOfLog({
      id: 'l1',
      shiftId: 's1',
      teamId: 't1',
      teamName: '一队',
      day: '2026-11-29',
      note: null,
      findings: [{ kind: 'hazard', note: '井盖缺失', villageId: 'v1', hazardId: 'h1', incidentId: null }],
      checkInCount: 3,
      writtenBy: 'u1',
      writtenByName: '队长',
      createdAt: '2026-11-29T22:10:00.000Z',
      actions: [],
    });
    expect(row).toMatchObject({ shiftId: 's1', logWritten: true, mayLog: false, checkInCount: 3 });
    expect(row.findings?.[0]?.hazardId).toBe('h1');
  });

  it('groups check-ins per checkpoint in pinyin order of the name, each in time order across midnight', () => {
    const groups = checkInsByCheckpoint([
      checkIn('c3', 'k2', '村委会', '2026-11-29T17:30:00.000Z'),
      checkIn('c1', 'k1', '大桥', '2026-11-29T18:05:00.000Z'),
      checkIn('c2', 'k1', '大桥', '2026-11-29T14:10:00.000Z'),
    ]);
    expect(groups.map((g) => g.checkpointName)).toEqual(['村委会', '大桥']);
    expect(groups[1]?.checkIns.map((c) => c.id)).toEqual(['c2', 'c1']);
  });
});
