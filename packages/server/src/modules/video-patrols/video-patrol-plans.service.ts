import type {
  CreateVideoPatrolPlan,
  Page,
  UpdateVideoPatrolPlan,
  VideoPatrolPlan,
  VideoPatrolPlanListQuery,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';

/** Video patrol plans: cameras, checklist and schedule (videopatrol.manage to change, videopatrol.read to read). */
export class VideoPatrolPlansService {
  constructor(private readonly deps: Deps) {}

  async list(_ctx: RequestContext, _query: VideoPatrolPlanListQuery): Promise<Page<VideoPatrolPlan>> {
    throw new AppError('NOT_FOUND', { deps: Boolean(this.deps) });
  }

  async get(_ctx: RequestContext, _id: string): Promise<VideoPatrolPlan> {
    throw new AppError('NOT_FOUND');
  }

  async create(_ctx: RequestContext, _body: CreateVideoPatrolPlan): Promise<VideoPatrolPlan> {
    throw new AppError('NOT_FOUND');
  }

  async update(_ctx: RequestContext, _id: string, _body: UpdateVideoPatrolPlan): Promise<VideoPatrolPlan> {
    throw new AppError('NOT_FOUND');
  }
}
