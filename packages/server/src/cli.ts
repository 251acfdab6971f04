import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ERRORS, MEDIA_FIX_COMMAND, ROLES, type Role } from '@fengqiao/domain';
import { appJobs, buildApp, createDeps } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { missingAuditTriggers } from './db/dialect';
import { migrateToLatest } from './db/migrate';
import { DEMO_ACCOUNTS, hasAnyJurisdiction, seedMaliang } from './demo/maliang';
import { backupData, restoreData } from './ops/backup';
import { createFirstUser } from './ops/create-user';
import { Refused } from './ops/refused';
import { rotateKey } from './ops/rotate-key';
import { anchorAuditChain, verifyAuditChain } from './platform/audit/audit.service';
import { readAnchors } from './platform/audit/audit-anchor';
import { AuditChainKeys, bindAuditChainKeys } from './platform/audit/audit-chain';
import { Keyring } from './platform/crypto/keyring';
import { AppError } from './platform/errors';
import { JobRunner } from './platform/jobs/jobs';
import { demoRtpCameras, launchDemoJanus, startDemoTestStreams } from './platform/media/demo-media';
import type { TestStreams } from './platform/media/test-streams';

const USAGE = `fengqiao <command>

  demo           start with the Maliang demo town (SQLite under ./data/demo unless DATABASE_URL is set)
  serve          start without demo data
  migrate        create the database or bring its schema up to date
  seed           load the Maliang demo town into an empty database
  create-user    --username NAME --role ROLE --jurisdiction-code CODE [--jurisdiction-name NAME] [--display-name NAME]
                 (password from FENGQIAO_NEW_USER_PASSWORD or standard input)
  audit-verify   [--write-anchor] check the keyed audit chain, its anchors and its append-only triggers;
                 exits 1 and names the first bad row or the missing trigger
  rotate-key     add a new encryption key and re-encrypt all personal data (stop the server first)
  backup DIR     write the SQLite database, attachment files and audit anchors to a new directory
                 (never the keyring: back it up separately; PostgreSQL: pg_dump, see docs/operations.md)
  restore DIR    restore such a backup into an empty data directory

Only demo, serve and migrate create a database; the other commands refuse a missing one (exit 2).
`;

const COMMANDS = [
  'demo',
  'serve',
  'migrate',
  'seed',
  'create-user',
  'audit-verify',
  'rotate-key',
  'backup',
  'restore',
] as const;
type Command = (typeof COMMANDS)[number];
/** Pointed at the wrong directory, any other command would create an empty database there and report success. */
const CREATES_DATABASE: readonly Command[] = ['demo', 'serve', 'migrate'];

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c === name);
  if (!command) {
    process.stderr.write(`unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(process.env, { demo: command === 'demo' });
  if (command === 'restore') return restore(config, rest[0]);
  return run(config, command, rest);
}

async function run(config: Config, command: Exclude<Command, 'restore'>, rest: string[]): Promise<number> {
  const creates = CREATES_DATABASE.includes(command);
  if (!creates && config.database.kind === 'sqlite' && !fs.existsSync(config.database.file)) {
    throw new Refused(noDatabase(config));
  }
  const handle = openDatabase(config.database);
  try {
    if (!creates && !(await hasSchema(handle))) throw new Refused(noDatabase(config));
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
        return await auditVerify(config, handle, rest);
      case 'rotate-key':
        requireKeyring(config);
        await rotateKey(config, handle);
        return 0;
      case 'backup':
        return await backup(config, handle, rest[0]);
      default:
        return command satisfies never;
    }
  } finally {
    if (command !== 'demo' && command !== 'serve') await handle.close();
  }
}

function noDatabase(config: Config): string {
  const where = config.database.kind === 'sqlite' ? config.database.file : redactUrl(config.database.url);
  return `no Fengqiao database at ${where} 找不到数据库 (check FENGQIAO_DATA_DIR / DATABASE_URL; \`fengqiao migrate\` creates one)`;
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function hasSchema(handle: DatabaseHandle): Promise<boolean> {
  return (await handle.db.introspection.getTables()).some((table) => table.name === 'audit_log');
}

/** Commands that check or re-encrypt data need the keyring it was written with: never a fresh one. */
function requireKeyring(config: Config): void {
  if (config.crypto.keyringJson === undefined && !fs.existsSync(config.crypto.keyFile)) {
    throw new Refused(
      `no keyring at ${config.crypto.keyFile} 找不到密钥文件 (set FENGQIAO_KEY_FILE or FENGQIAO_KEYRING to the installation's keyring)`,
    );
  }
}

async function serve(given: Config, handle: DatabaseHandle): Promise<number> {
  // The demo brings its own media server when Janus is installed (FENGQIAO_MEDIA_LAUNCH, docs/operations.md).
  const janus = given.demo ? await launchDemoJanus(given.media, (m) => process.stderr.write(`${m}\n`)) : undefined;
  const config: Config = janus
    ? { ...given, media: { ...given.media, janusUrl: janus.url, apiSecret: janus.apiSecret } }
    : given;
  const deps = createDeps(config, handle);
  if (config.demo && !(await hasAnyJurisdiction(deps))) {
    process.stdout.write('seeding the Maliang demo town 正在生成马良镇演示数据…\n');
    await seedMaliang(deps, config.demoPassword);
  }
  let streams: TestStreams | undefined;
  if (janus) {
    try {
      streams = await startDemoTestStreams(deps.media, await demoRtpCameras(deps));
    } catch (error) {
      process.stderr.write(`demo test streams did not start 演示视频源未能启动: ${String(error)}\n`);
    }
  }
  const app = await buildApp(config, handle, deps);
  const address = await app.listen({ port: config.port, host: config.host });
  const shown = address.replace('://127.0.0.1', '://localhost');
  const lines = [
    '',
    `枫桥 Fengqiao is running 已启动: ${shown}`,
    `API docs 接口文档: ${shown}/api/docs`,
    `database 数据库: ${handle.kind}${config.database.kind === 'sqlite' ? ` (${config.database.file})` : ''}`,
    `live video 实时视频: ${
      janus
        ? `local Janus 本地流媒体服务器 (${streams?.count ?? 0} test streams 路测试视频)`
        : config.media.janusUrl
          ? 'Janus (FENGQIAO_JANUS_URL)'
          : `not configured 未配置 (${MEDIA_FIX_COMMAND})`
    }`,
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
  // Anchors outside the database: rows cut off the end, or a rebuilt chain, no longer match them.
  const anchor = async () => {
    try {
      const result = await anchorAuditChain(deps.db, config.audit.anchorFile);
      if (result.problem)
        app.log.error({ anchorFile: config.audit.anchorFile }, `audit anchor refused: ${result.problem}`);
      else if (result.anchor) app.log.info({ auditAnchor: result.anchor }, 'audit anchor written');
    } catch (error) {
      app.log.error({ err: error }, 'audit anchor failed');
    }
  };
  void anchor();
  const anchors = setInterval(anchor, config.audit.anchorIntervalSeconds * 1000);
  anchors.unref();
  const stop = async () => {
    stopJobs();
    clearInterval(anchors);
    await anchor();
    await streams?.stop();
    await app.close();
    await janus?.stop();
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

async function auditVerify(config: Config, handle: DatabaseHandle, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'write-anchor': { type: 'boolean' } } });
  requireKeyring(config);
  const keys = new AuditChainKeys(Keyring.load(config.crypto), config.crypto.suite);
  bindAuditChainKeys(handle.db, keys);
  const file = config.audit.anchorFile;
  const read = readAnchors(file, keys);
  const report = await verifyAuditChain(handle.db, { anchors: read.anchors });
  const problems: string[] = [];
  if (read.problem) problems.push(`audit anchor file unusable 审计锚点文件无效: ${read.problem}`);
  if (report.problem) {
    const { seq, problem } = report.problem;
    problems.push(`audit chain BROKEN at row seq=${seq} (${problem}) 审计日志链在第 ${seq} 行断裂`);
  }
  for (const name of await missingAuditTriggers(handle.db)) {
    problems.push(`append-only trigger ${name} is missing or disabled 审计日志防篡改触发器缺失或被禁用: ${name}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 1;
  }
  const lines = [
    `audit chain intact: ${report.rows} rows${report.unkeyedRows > 0 ? ` (${report.unkeyedRows} written before the chain was keyed)` : ''} 审计日志完整`,
  ];
  const newest = read.anchors.at(-1);
  if (newest) lines.push(`matches ${read.anchors.length} anchors in ${file}, the newest at seq=${newest.seq}`);
  if (values['write-anchor']) {
    const written = await anchorAuditChain(handle.db, file);
    if (written.problem) {
      process.stderr.write(`${written.problem}\n`);
      return 1;
    }
    lines.push(
      written.anchor ? `anchor written to ${file} at seq=${written.anchor.seq}` : 'no new rows since the newest anchor',
    );
  } else if (read.missing) {
    lines.push(
      `no anchor file at ${file} yet: rows cut off the end cannot be detected (serve writes anchors; or --write-anchor)`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function backup(config: Config, handle: DatabaseHandle, target: string | undefined): Promise<number> {
  const manifest = await backupData(config, handle, target);
  process.stdout.write(
    `backup written to ${path.resolve(target ?? '')}: database, ${manifest.files.length} files, ${manifest.anchors ? 'audit anchors' : 'no audit anchors yet'}\n` +
      `the keyring is NOT in it: keep ${config.crypto.keyringJson === undefined ? config.crypto.keyFile : 'FENGQIAO_KEYRING'} (key ids ${manifest.keyIds.join(', ') || 'none'}) backed up separately 密钥未包含在备份中，请另行备份\n`,
  );
  return 0;
}

function restore(config: Config, source: string | undefined): number {
  const { manifest, missingKeyIds } = restoreData(config, source);
  const lines = [
    `restored the backup of ${manifest.createdAt} into ${config.dataDir}: database, ${manifest.files.length} files${manifest.anchors ? ', audit anchors' : ''}`,
  ];
  if (missingKeyIds.length > 0) {
    lines.push(
      `the keyring is not here yet: put it at ${config.crypto.keyFile} (mode 0600) or set FENGQIAO_KEYRING; it must hold key ids ${missingKeyIds.join(', ')} 请放回密钥文件`,
    );
  }
  lines.push('then run `fengqiao audit-verify` and start the server');
  process.stdout.write(`${lines.join('\n')}\n`);
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
    if (error instanceof ConfigError || error instanceof Refused) {
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
