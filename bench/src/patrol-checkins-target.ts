// Started as a child process by patrol-checkins.ts: the real app on a fresh SQLite database in <dir> with one town,
// one night-patrol team of VOLUNTEERS members (accounts vol000…), on the rota for a shift running now, and ROUNDS
// checkpoints. Prints READY <port> <tokens as JSON> once it listens; answers 'count' over IPC with the number of
// check-ins stored, read straight from the database.
import crypto from 'node:crypto';
import path from 'node:path';
import { shanghaiTimeOfDay, shiftContaining } from '@fengqiao/domain';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { createJurisdictionRow } from '../../packages/server/src/modules/directory/jurisdictions.repository';
import { insertPersonRows } from '../../packages/server/src/modules/directory/people.repository';
import { newPersonRow } from '../../packages/server/src/modules/directory/person-pii';
import { CheckpointCodes } from '../../packages/server/src/modules/patrols/checkpoint-codes';
import {
  insertPatrolCheckpointRows,
  insertPatrolMemberRows,
  insertPatrolShiftRows,
  insertPatrolTeamAreaRows,
  insertPatrolTeamRows,
} from '../../packages/server/src/modules/patrols/patrols.repository';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import { createBenchTown } from './bench-town';
import { BENCH_PASSWORD } from './settings';

const [, , dir = '', volunteersArg = '200', roundsArg = '5'] = process.argv;
const VOLUNTEERS = Number(volunteersArg);
const ROUNDS = Number(roundsArg);

const now = new Date();
const shift = {
  start: shanghaiTimeOfDay(new Date(now.getTime() - 3_600_000)),
  end: shanghaiTimeOfDay(new Date(now.getTime() + 3 * 3_600_000)),
};
const config = {
  ...loadConfig({
    FENGQIAO_DATA_DIR: dir,
    FENGQIAO_LOG_LEVEL: 'silent',
    FENGQIAO_WEB_DIST: '/none',
    FENGQIAO_LOGIN_RATE_LIMIT: '10000',
    // Hashing 200 passwords at set-up and 200 logins is not what is measured.
    FENGQIAO_ARGON2_MEMORY_KIB: '1024',
    FENGQIAO_PATROL_SHIFT_START: shift.start,
    FENGQIAO_PATROL_SHIFT_END: shift.end,
    DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
  }),
  adminMfaRequired: false,
};
const handle = openDatabase(config.database);
await migrateToLatest(handle);
const deps = createDeps(config, handle);
const codes = new CheckpointCodes(deps.cipher);
const tokens: string[] = [];
await deps.db.transaction().execute(async (tx) => {
  const { town, district } = await createBenchTown(tx);
  const village = await createJurisdictionRow(tx, {
    parent: district,
    level: 'village',
    code: '420626104201',
    name: '双坪村',
  });
  const at = now.toISOString();
  const people = Array.from({ length: VOLUNTEERS + 1 }, (_, i) =>
    newPersonRow(deps.cipher, { townId: town.id, jurisdictionId: village.id, name: `队员${i}`, kind: 'resident' }),
  );
  await insertPersonRows(tx, people);
  const [leader, ...volunteers] = people;
  if (!leader) throw new Error('no leader');
  const teamId = crypto.randomUUID();
  await insertPatrolTeamRows(tx, [
    {
      id: teamId,
      town_id: town.id,
      jurisdiction_id: district.id,
      name: '夜巡队',
      leader_person_id: leader.id,
      active: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  await insertPatrolTeamAreaRows(tx, [{ team_id: teamId, area_id: district.id, town_id: town.id }]);
  const users = new UsersService(deps);
  const members = [];
  for (const [i, person] of volunteers.entries()) {
    const user = await users.provision(
      tx,
      { actor: null, ip: null, requestId: null },
      {
        username: `vol${String(i).padStart(3, '0')}`,
        displayName: person.name,
        password: BENCH_PASSWORD,
        personId: person.id,
        roles: [{ role: 'patrol', jurisdictionId: district.id }],
      },
    );
    members.push({
      id: crypto.randomUUID(),
      team_id: teamId,
      town_id: town.id,
      person_id: person.id,
      user_id: user.id,
      joined_at: at,
    });
  }
  await insertPatrolMemberRows(tx, members);
  const window = shiftContaining(now, config.patrolShift);
  if (!window) throw new Error('no shift now');
  await insertPatrolShiftRows(tx, [
    {
      id: crypto.randomUUID(),
      town_id: town.id,
      jurisdiction_id: district.id,
      team_id: teamId,
      day: window.day,
      starts_at: window.startsAt,
      ends_at: window.endsAt,
      created_at: at,
    },
  ]);
  const checkpoints = Array.from({ length: ROUNDS }, (_, i) => ({
    id: crypto.randomUUID(),
    town_id: town.id,
    jurisdiction_id: village.id,
    name: `巡逻点${i + 1}`,
    lat: null,
    lng: null,
    version: 1,
    active: 1,
    created_at: at,
    updated_at: at,
  }));
  await insertPatrolCheckpointRows(tx, checkpoints);
  for (const checkpoint of checkpoints) tokens.push(codes.token({ checkpointId: checkpoint.id, version: 1 }));
});

const app = await buildApp(config, handle, deps);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.on('message', async (message) => {
  if (message !== 'count') return;
  const row = await deps.db
    .selectFrom('patrol_check_ins')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  process.send?.({ count: Number(row?.n ?? 0) });
});
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
console.log(`READY ${port} ${JSON.stringify(tokens)}`);
