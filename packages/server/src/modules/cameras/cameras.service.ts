import type {
  AddCameraConsent,
  Camera,
  CameraConsent,
  CameraListQuery,
  CreateCamera,
  Page,
  UpdateCamera,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';

/** Cameras and their consents (being built: issue #11). */
export class CamerasService {
  constructor(readonly deps: Deps) {}

  async list(_ctx: RequestContext, _query: CameraListQuery): Promise<Page<Camera>> {
    return { items: [], nextCursor: null };
  }

  async get(_ctx: RequestContext, _id: string): Promise<Camera> {
    throw new AppError('CAMERA_NOT_FOUND');
  }

  async create(_ctx: RequestContext, _input: CreateCamera): Promise<Camera> {
    throw new AppError('CAMERA_VILLAGE_UNKNOWN');
  }

  async update(_ctx: RequestContext, _id: string, _input: UpdateCamera): Promise<Camera> {
    throw new AppError('CAMERA_NOT_FOUND');
  }

  async consents(_ctx: RequestContext, _id: string): Promise<{ items: CameraConsent[] }> {
    throw new AppError('CAMERA_NOT_FOUND');
  }

  async addConsent(_ctx: RequestContext, _id: string, _input: AddCameraConsent): Promise<CameraConsent> {
    throw new AppError('CAMERA_NOT_FOUND');
  }

  async revokeConsent(_ctx: RequestContext, _id: string, _consentId: string): Promise<CameraConsent> {
    throw new AppError('CAMERA_NOT_FOUND');
  }
}
