import type {
  Page,
  RecordVideoPatrolResult,
  StartVideoPatrolRound,
  VideoPatrolResult,
  VideoPatrolRound,
  VideoPatrolRoundDetail,
  VideoPatrolRoundExportQuery,
  VideoPatrolRoundListQuery,
  VideoReminderRecipientOptions,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { ListWorkbook } from '../../platform/files/list-workbook';
import type { HazardsService } from '../hazards/hazards.service';
import type { IncidentsService } from '../incidents/incidents.service';
import type { VideoRemindersService } from './video-reminders.service';

/** Video patrol rounds: started, recorded camera by camera, finished; findings become reminders, incidents, hazards. */
export class VideoPatrolRoundsService {
  constructor(
    private readonly deps: Deps,
    private readonly incidents: IncidentsService,
    private readonly hazards: HazardsService,
    private readonly reminders: VideoRemindersService,
  ) {}

  async list(_ctx: RequestContext, _query: VideoPatrolRoundListQuery): Promise<Page<VideoPatrolRound>> {
    throw new AppError('NOT_FOUND', {
      wired: [this.deps, this.incidents, this.hazards, this.reminders].every(Boolean),
    });
  }

  async export(_ctx: RequestContext, _query: VideoPatrolRoundExportQuery): Promise<ListWorkbook> {
    throw new AppError('NOT_FOUND');
  }

  async start(_ctx: RequestContext, _body: StartVideoPatrolRound): Promise<VideoPatrolRoundDetail> {
    throw new AppError('NOT_FOUND');
  }

  async get(_ctx: RequestContext, _id: string): Promise<VideoPatrolRoundDetail> {
    throw new AppError('NOT_FOUND');
  }

  async recordResult(_ctx: RequestContext, _id: string, _body: RecordVideoPatrolResult): Promise<VideoPatrolResult> {
    throw new AppError('NOT_FOUND');
  }

  async finish(_ctx: RequestContext, _id: string): Promise<VideoPatrolRoundDetail> {
    throw new AppError('NOT_FOUND');
  }

  async recipients(_ctx: RequestContext, _id: string, _cameraId: string): Promise<VideoReminderRecipientOptions> {
    throw new AppError('NOT_FOUND');
  }
}
