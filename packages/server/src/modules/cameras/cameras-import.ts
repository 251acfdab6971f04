import type { CameraImportResult } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';

/** The registry's Excel import (being built: issue #11). */
export class CameraImports {
  constructor(readonly deps: Deps) {}

  async template(_ctx: RequestContext): Promise<Buffer> {
    throw new AppError('FORBIDDEN');
  }

  async import(_ctx: RequestContext, _read: () => Promise<Buffer>): Promise<CameraImportResult> {
    throw new AppError('FORBIDDEN');
  }
}
