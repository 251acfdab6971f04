import type { CameraListFilters } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import type { ListWorkbook } from '../../platform/files/list-workbook';

/** The registry's Excel export (being built: issue #11). */
export class CamerasExport {
  constructor(readonly deps: Deps) {}

  async export(_ctx: RequestContext, _filters: CameraListFilters): Promise<ListWorkbook> {
    throw new AppError('FORBIDDEN');
  }
}
