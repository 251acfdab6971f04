import type { PatrolCheckIn, PatrolFinding, PatrolLog, PatrolShift } from '@fengqiao/domain';

/** One night of one team in the patrol log, whether it came from the rota or from the written logs. */
export interface NightRow {
  shiftId: string;
  day: string;
  teamId: string;
  teamName: string;
  checkInCount: number;
  logWritten: boolean;
  /** Known for a row from the written logs; a rota row shows its findings once opened. */
  findings: PatrolFinding[] | null;
  /** The leader may write the log now (the shift's `log` action, begun, no log yet). */
  mayLog: boolean;
}

/** A rota night; 填写日志 only once the shift has begun (the server refuses an earlier log). */
export function nightOfShift(shift: PatrolShift, now: Date = new Date()): NightRow {
  return {
    shiftId: shift.id,
    day: shift.day,
    teamId: shift.teamId,
    teamName: shift.teamName,
    checkInCount: shift.checkInCount,
    logWritten: shift.logId !== null,
    findings: null,
    mayLog: shift.logId === null && shift.actions.includes('log') && Date.parse(shift.startsAt) <= now.getTime(),
  };
}

export function nightOfLog(log: PatrolLog): NightRow {
  return {
    shiftId: log.shiftId,
    day: log.day,
    teamId: log.teamId,
    teamName: log.teamName,
    checkInCount: log.checkInCount,
    logWritten: true,
    findings: log.findings,
    mayLog: false,
  };
}

/** The night's check-ins by checkpoint (in name order), each checkpoint's in time order. */
export function checkInsByCheckpoint(checkIns: readonly PatrolCheckIn[]): Array<{
  checkpointId: string;
  checkpointName: string;
  villageName: string;
  checkIns: PatrolCheckIn[];
}> {
  const groups = new Map<
    string,
    { checkpointId: string; checkpointName: string; villageName: string; checkIns: PatrolCheckIn[] }
  >();
  for (const checkIn of checkIns) {
    const group = groups.get(checkIn.checkpointId) ?? {
      checkpointId: checkIn.checkpointId,
      checkpointName: checkIn.checkpointName,
      villageName: checkIn.villageName,
      checkIns: [],
    };
    group.checkIns.push(checkIn);
    groups.set(checkIn.checkpointId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.checkpointName.localeCompare(b.checkpointName, 'zh-CN'));
  for (const group of sorted) group.checkIns.sort((a, b) => a.at.localeCompare(b.at));
  return sorted;
}
