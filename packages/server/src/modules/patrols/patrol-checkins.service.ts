import type {
  CreatePatrolCheckIn,
  Page,
  PatrolCheckIn,
  PatrolCheckInListQuery,
  PatrolCheckInPreview,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { ListWorkbook } from '../../platform/files/list-workbook';

/** Check-ins at checkpoints (contract first; bodies follow). */
export class PatrolCheckInsService {
  constructor(private readonly deps: Deps) {}

  private pending(): never {
    void this.deps;
    throw new AppError('INTERNAL');
  }

  async preview(_ctx: RequestContext, _token: string): Promise<PatrolCheckInPreview> {
    return this.pending();
  }
  async checkIn(_ctx: RequestContext, _body: CreatePatrolCheckIn): Promise<PatrolCheckIn> {
    return this.pending();
  }
  async list(_ctx: RequestContext, _query: PatrolCheckInListQuery): Promise<Page<PatrolCheckIn>> {
    return this.pending();
  }
  async export(_ctx: RequestContext, _query: Omit<PatrolCheckInListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return this.pending();
  }
}
