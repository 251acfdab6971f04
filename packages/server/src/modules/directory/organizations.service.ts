import type { Organization, OrganizationKind } from '@fengqiao/domain';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { listOrganizationRows, type OrganizationView } from './organizations.repository';

/** Police stations, posts, offices and departments (domain.md §1), read with the directory. */
export class OrganizationsService {
  constructor(private readonly deps: Deps) {}

  async list(ctx: RequestContext, filter: { kind?: OrganizationKind | undefined }): Promise<{ items: Organization[] }> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, 'directory.read');
    const rows = await listOrganizationRows(db, scope, filter);
    return { items: rows.map(present) };
  }
}

/** No organisation endpoint changes anything yet, so no actions are offered. */
function present(row: OrganizationView): Organization {
  return {
    id: row.id,
    townId: row.town_id,
    jurisdictionId: row.jurisdiction_id,
    jurisdictionName: row.jurisdiction_name,
    kind: row.kind,
    name: row.name,
    phone: row.phone,
    note: row.note,
    actions: [],
  };
}
