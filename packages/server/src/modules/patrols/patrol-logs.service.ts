import type {
  CreatePatrolLog,
  Page,
  PatrolHours,
  PatrolHoursQuery,
  PatrolLog,
  PatrolLogListQuery,
  PatrolShiftDetail,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { ListWorkbook } from '../../platform/files/list-workbook';

/** Patrol logs with findings and volunteer hours (contract first; bodies follow). */
export class PatrolLogsService {
  constructor(private readonly deps: Deps) {}

  private pending(): never {
    void this.deps;
    throw new AppError('INTERNAL');
  }

  async shiftDetail(_ctx: RequestContext, _id: string): Promise<PatrolShiftDetail> {
    return this.pending();
  }
  async list(_ctx: RequestContext, _query: PatrolLogListQuery): Promise<Page<PatrolLog>> {
    return this.pending();
  }
  async create(_ctx: RequestContext, _body: CreatePatrolLog): Promise<PatrolLog> {
    return this.pending();
  }
  async get(_ctx: RequestContext, _id: string): Promise<PatrolLog> {
    return this.pending();
  }
  async export(_ctx: RequestContext, _query: Omit<PatrolLogListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return this.pending();
  }
  async hours(_ctx: RequestContext, _query: PatrolHoursQuery): Promise<PatrolHours> {
    return this.pending();
  }
  async exportHours(_ctx: RequestContext, _query: PatrolHoursQuery): Promise<ListWorkbook> {
    return this.pending();
  }
}
