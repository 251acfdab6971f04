import type { Role } from '@fengqiao/domain';
import { createJurisdictionRow, findJurisdictionByCode } from '../modules/directory/jurisdictions.repository';
import { UsersService } from '../modules/users/users.service';
import type { Deps } from '../platform/deps';

/**
 * The first administrator of a fresh installation. With --jurisdiction-name, the county (or town)
 * it administers is created when no jurisdiction has that code yet.
 */
export async function createFirstUser(
  deps: Deps,
  input: {
    username: string;
    role: Role;
    displayName: string;
    jurisdictionCode: string;
    jurisdictionName: string | undefined;
    password: string;
  },
): Promise<void> {
  const ctx = { actor: null, ip: null, requestId: 'cli' };
  await deps.db.transaction().execute(async (tx) => {
    let root = await findJurisdictionByCode(tx, input.jurisdictionCode);
    if (!root) {
      if (!input.jurisdictionName)
        throw new Error(`no jurisdiction with code ${input.jurisdictionCode}: add --jurisdiction-name`);
      const level = input.jurisdictionCode.endsWith('000000') ? 'county' : 'town';
      if (level === 'town') throw new Error('create the county first: give a county code (ending 000000)');
      root = await createJurisdictionRow(tx, {
        parent: null,
        level,
        code: input.jurisdictionCode,
        name: input.jurisdictionName,
      });
    }
    await new UsersService(deps).provision(tx, ctx, {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      roles: [{ role: input.role, jurisdictionId: root.id }],
      mustChangePassword: true,
    });
  });
}
