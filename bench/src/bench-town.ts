import { loadConfig } from '../../packages/server/src/config';
import type { Tx } from '../../packages/server/src/db/database';
import {
  createJurisdictionRow,
  type JurisdictionRow,
} from '../../packages/server/src/modules/directory/jurisdictions.repository';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import type { Deps } from '../../packages/server/src/platform/deps';
import { INTAKE_PASSWORD, INTAKE_VILLAGES } from './incident-intake-settings';

/** The benchmarks' town: 保康县 → 马良镇 → one district (片区), under which each benchmark adds its villages. */
export async function createBenchTown(tx: Tx): Promise<{ town: JurisdictionRow; district: JurisdictionRow }> {
  const county = await createJurisdictionRow(tx, {
    parent: null,
    level: 'county',
    code: '420626000000',
    name: '保康县',
  });
  const town = await createJurisdictionRow(tx, { parent: county, level: 'town', code: '420626104000', name: '马良镇' });
  const district = await createJurisdictionRow(tx, { parent: town, level: 'district', code: 'P01', name: '片区' });
  return { town, district };
}

/** The `n`th village's code and name (from 0), the same in every benchmark. */
export function benchVillage(n: number): { code: string; name: string } {
  return { code: `420626104${String(200 + n).padStart(3, '0')}`, name: `第${n + 1}村` };
}

/**
 * The intake benchmarks' town: the chief `bench`, six district officers and INTAKE_VILLAGES villages, each with its
 * auxiliary officer `aux<n>`; all with INTAKE_PASSWORD. Answers the villages' ids in order.
 */
export async function seedIntakeTown(deps: Deps): Promise<string[]> {
  const villageIds: string[] = [];
  await deps.db.transaction().execute(async (tx) => {
    const { town, district } = await createBenchTown(tx);
    const users = new UsersService(deps);
    const system = { actor: null, ip: null, requestId: null };
    const account = (username: string, role: 'chief' | 'officer' | 'auxiliary', jurisdictionId: string) =>
      users.provision(tx, system, {
        username,
        displayName: username,
        password: INTAKE_PASSWORD,
        roles: [{ role, jurisdictionId }],
      });
    await account('bench', 'chief', town.id);
    for (let i = 1; i <= 6; i++) await account(`officer${i}`, 'officer', district.id);
    for (let i = 0; i < INTAKE_VILLAGES; i++) {
      const village = await createJurisdictionRow(tx, { parent: district, level: 'village', ...benchVillage(i) });
      villageIds.push(village.id);
      await account(`aux${i + 1}`, 'auxiliary', village.id);
    }
  });
  return villageIds;
}

/** The intake benchmarks' app settings: quiet, no web bundle, no MFA, on a fresh data directory. */
export function intakeConfig(dataDir: string) {
  return {
    ...loadConfig({
      FENGQIAO_DATA_DIR: dataDir,
      FENGQIAO_LOG_LEVEL: 'silent',
      FENGQIAO_WEB_DIST: '/none',
      // Accounts are made once at start-up; the measured requests never hash a password.
      FENGQIAO_ARGON2_MEMORY_KIB: '1024',
    }),
    adminMfaRequired: false,
  };
}
