import type {
  AddCameraGrant,
  CameraGrant,
  CameraGroup,
  CameraGroupDetail,
  CameraGroupMembers,
  CreateCameraGroup,
  UpdateCameraGroup,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';

/** Camera groups, their members and grants (being built: issue #11). */
export class CameraGroupsService {
  constructor(readonly deps: Deps) {}

  async list(_ctx: RequestContext): Promise<{ items: CameraGroup[] }> {
    return { items: [] };
  }

  async get(_ctx: RequestContext, _id: string): Promise<CameraGroupDetail> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }

  async create(_ctx: RequestContext, _input: CreateCameraGroup): Promise<CameraGroupDetail> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }

  async update(_ctx: RequestContext, _id: string, _input: UpdateCameraGroup): Promise<CameraGroupDetail> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }

  async members(_ctx: RequestContext, _id: string, _input: CameraGroupMembers): Promise<CameraGroupDetail> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }

  async grant(_ctx: RequestContext, _id: string, _input: AddCameraGrant): Promise<CameraGrant> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }

  async ungrant(_ctx: RequestContext, _id: string, _grantId: string): Promise<void> {
    throw new AppError('CAMERA_GROUP_NOT_FOUND');
  }
}
