import type {
  AddPatrolMember,
  CreatedPatrolShifts,
  CreatePatrolCheckpoint,
  CreatePatrolShifts,
  CreatePatrolTeam,
  Page,
  PatrolCheckpoint,
  PatrolCheckpointCode,
  PatrolCheckpointListQuery,
  PatrolCheckpointPrintQuery,
  PatrolMember,
  PatrolSettings,
  PatrolShift,
  PatrolShiftListQuery,
  PatrolTeam,
  PatrolTeamDetail,
  PatrolTeamListQuery,
  UpdatePatrolCheckpoint,
  UpdatePatrolTeam,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';

/** Teams, members, the rota and checkpoints of the night patrols (contract first; bodies follow). */
export class PatrolsService {
  constructor(private readonly deps: Deps) {}

  private pending(): never {
    void this.deps;
    throw new AppError('INTERNAL');
  }

  async settings(_ctx: RequestContext): Promise<PatrolSettings> {
    return this.pending();
  }
  async listTeams(_ctx: RequestContext, _query: PatrolTeamListQuery): Promise<Page<PatrolTeam>> {
    return this.pending();
  }
  async createTeam(_ctx: RequestContext, _body: CreatePatrolTeam): Promise<PatrolTeam> {
    return this.pending();
  }
  async getTeam(_ctx: RequestContext, _id: string): Promise<PatrolTeamDetail> {
    return this.pending();
  }
  async updateTeam(_ctx: RequestContext, _id: string, _body: UpdatePatrolTeam): Promise<PatrolTeam> {
    return this.pending();
  }
  async addMember(_ctx: RequestContext, _teamId: string, _body: AddPatrolMember): Promise<PatrolMember> {
    return this.pending();
  }
  async removeMember(_ctx: RequestContext, _teamId: string, _memberId: string): Promise<void> {
    return this.pending();
  }
  async listShifts(_ctx: RequestContext, _query: PatrolShiftListQuery): Promise<Page<PatrolShift>> {
    return this.pending();
  }
  async createShifts(_ctx: RequestContext, _body: CreatePatrolShifts): Promise<CreatedPatrolShifts> {
    return this.pending();
  }
  async deleteShift(_ctx: RequestContext, _id: string): Promise<void> {
    return this.pending();
  }
  async listCheckpoints(_ctx: RequestContext, _query: PatrolCheckpointListQuery): Promise<Page<PatrolCheckpoint>> {
    return this.pending();
  }
  async createCheckpoint(_ctx: RequestContext, _body: CreatePatrolCheckpoint): Promise<PatrolCheckpoint> {
    return this.pending();
  }
  async updateCheckpoint(_ctx: RequestContext, _id: string, _body: UpdatePatrolCheckpoint): Promise<PatrolCheckpoint> {
    return this.pending();
  }
  async reissueCheckpoint(_ctx: RequestContext, _id: string): Promise<PatrolCheckpoint> {
    return this.pending();
  }
  async checkpointCode(_ctx: RequestContext, _id: string): Promise<PatrolCheckpointCode> {
    return this.pending();
  }
  async printSheet(_ctx: RequestContext, _query: PatrolCheckpointPrintQuery): Promise<string> {
    return this.pending();
  }
}
