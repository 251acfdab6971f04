import { parseArgs } from 'node:util';
import { ERRORS, ROLES, type Role } from '@fengqiao/domain';
import { appJobs, buildApp, createDeps } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { DEMO_ACCOUNTS, hasAnyJurisdiction, seedMaliang } from './demo/maliang';
import { backupDatabase } from './ops/backup';
import { createFirstUser } from './ops/create-user';
import { rotateKey } from './ops/rotate-key';
import { verifyAuditChain } from './platform/audit/audit.service';
import { AppError } from './platform/errors';
import { JobRunner } from './platform/jobs/jobs';

const USAGE = `fengqiao <command>

  demo           start with the Maliang demo town (SQLite under ./data/demo unless DATABASE_URL is set)
  serve          start without demo data
  migrate        bring the database schema up to date
  seed           load the Maliang demo town into an empty database
  create-user    --username NAME --role ROLE --jurisdiction-code CODE [--jurisdiction-name NAME] [--display-name NAME]
                 (password from FENGQIAO_NEW_USER_PASSWORD or standard input)
  audit-verify   check the audit hash chain; exits 1 and names the first bad row
  rotate-key     add a new encryption key and re-encrypt all personal data (stop the server first)
  backup FILE    copy the SQLite database to FILE (PostgreSQL: use pg_dump)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const demo = command === 'demo';
  const config = loadConfig(process.env, { demo });
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    switch (command) {
      case 'demo':
      case 'serve':
        return await serve(config, handle);
      case 'migrate':
        process.stdout.write(`database up to date (${handle.kind})\n`);
        return 0;
      case 'seed':
        return await seed(config, handle);
      case 'create-user':
        return await createUserCommand(config, handle, rest);
      case 'audit-verify':
        return await auditVerify(handle);
      case 'rotate-key':
        await rotateKey(config, handle);
        return 0;
      case 'backup':
        await backupDatabase(config, handle, rest[0]);
        return 0;
      default:
        process.stderr.write(`unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    if (command !== 'demo' && command !== 'serve') await handle.close();
  }
}

async function serve(config: Config, handle: DatabaseHandle): Promise<number> {
  const deps = createDeps(config, handle);
  if (config.demo && !(await hasAnyJurisdiction(deps))) {
    process.stdout.write('seeding the Maliang demo town 正在生成马良镇演示数据…\n');
    await seedMaliang(deps, config.demoPassword);
  }
  const app = await buildApp(config, handle, deps);
  const address = await app.listen({ port: config.port, host: config.host });
  const shown = address.replace('://127.0.0.1', '://localhost');
  const lines = [
    '',
    `枫桥 Fengqiao is running 已启动: ${shown}`,
    `API docs 接口文档: ${shown}/api/docs`,
    `database 数据库: ${handle.kind}${config.database.kind === 'sqlite' ? ` (${config.database.file})` : ''}`,
  ];
  if (config.demo) {
    lines.push(
      '',
      `demo accounts 演示账号 (password 密码: ${process.env.FENGQIAO_DEMO_PASSWORD ? 'FENGQIAO_DEMO_PASSWORD' : config.demoPassword}):`,
    );
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.username.padEnd(12)} ${account.label}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  // Every process runs the timers; each job's lease lets one of them run each tick.
  const stopJobs = new JobRunner(deps.db).start(appJobs(deps), (job, error) =>
    app.log.error({ err: error, job: job.name }, 'job failed'),
  );
  const stop = async () => {
    stopJobs();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

async function seed(config: Config, handle: DatabaseHandle): Promise<number> {
  const deps = createDeps(config, handle);
  if (await hasAnyJurisdiction(deps)) {
    process.stderr.write('the database already has data: seed only fills an empty one\n');
    return 1;
  }
  await seedMaliang(deps, config.demoPassword);
  process.stdout.write('Maliang demo town loaded 已导入马良镇演示数据\n');
  return 0;
}

async function createUserCommand(config: Config, handle: DatabaseHandle, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      'jurisdiction-code': { type: 'string' },
      'jurisdiction-name': { type: 'string' },
    },
  });
  if (!values.username || !values.role || !values['jurisdiction-code'] || !ROLES.includes(values.role as Role)) {
    process.stderr.write(`create-user needs --username, --role (one of ${ROLES.join(', ')}) and --jurisdiction-code\n`);
    return 2;
  }
  await createFirstUser(createDeps(config, handle), {
    username: values.username,
    role: values.role as Role,
    displayName: values['display-name'] ?? values.username,
    jurisdictionCode: values['jurisdiction-code'],
    jurisdictionName: values['jurisdiction-name'],
    password: process.env.FENGQIAO_NEW_USER_PASSWORD ?? (await readStdinLine()),
  });
  process.stdout.write(`created ${values.username} (${values.role}); the password must be changed at first login\n`);
  return 0;
}

async function auditVerify(handle: DatabaseHandle): Promise<number> {
  const result = await verifyAuditChain(handle.db);
  if (result.problem) {
    process.stderr.write(
      `audit chain BROKEN at row seq=${result.problem.seq} (${result.problem.problem}) 审计日志链在第 ${result.problem.seq} 行断裂\n`,
    );
    return 1;
  }
  process.stdout.write(`audit chain intact: ${result.rows} rows 审计日志完整\n`);
  return 0;
}

async function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password 密码: ');
  let data = '';
  for await (const chunk of process.stdin) {
    data += String(chunk);
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0]?.trim() ?? '';
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof AppError) {
      const { en, zh } = ERRORS[error.code];
      const details = error.details === undefined ? '' : ` ${JSON.stringify(error.details)}`;
      process.stderr.write(`${error.code}: ${en} ${zh}${details}\n`);
      process.exit(1);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
