import type {
  Page,
  RecordVideoReminderOutcome,
  RetryVideoReminder,
  VideoReminder,
  VideoReminderDetail,
  VideoReminderListFilters,
  VideoReminderListQuery,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { ListWorkbook } from '../../platform/files/list-workbook';

/** Remote reminders (远程喊话提醒): read in the village's videopatrol.read scope, outcomes by videopatrol.respond. */
export class VideoRemindersService {
  constructor(private readonly deps: Deps) {}

  async list(_ctx: RequestContext, _query: VideoReminderListQuery): Promise<Page<VideoReminder>> {
    throw new AppError('NOT_FOUND', { deps: Boolean(this.deps) });
  }

  async export(_ctx: RequestContext, _query: VideoReminderListFilters): Promise<ListWorkbook> {
    throw new AppError('NOT_FOUND');
  }

  async get(_ctx: RequestContext, _id: string): Promise<VideoReminderDetail> {
    throw new AppError('NOT_FOUND');
  }

  async recordOutcome(
    _ctx: RequestContext,
    _id: string,
    _body: RecordVideoReminderOutcome,
  ): Promise<VideoReminderDetail> {
    throw new AppError('NOT_FOUND');
  }

  async retry(_ctx: RequestContext, _id: string, _body: RetryVideoReminder): Promise<VideoReminderDetail> {
    throw new AppError('NOT_FOUND');
  }
}
