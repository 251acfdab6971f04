import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { MeetingSnapshotSource } from './meetings.service';

/** The statistics behind a held meeting's figures: StatsService.monthSnapshot (modules/statistics). */
export function meetingSnapshotSource(_deps: Deps): MeetingSnapshotSource {
  return {
    monthSnapshot: async () => {
      throw new AppError('INTERNAL');
    },
  };
}
