import pg from 'pg';
import { loadConfig } from '../../packages/server/src/config';

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** p50 and p95 of `runs` calls of `fn` after `warmup` unmeasured ones (caches and JIT settled). */
export async function timeCalls(
  fn: () => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The scale benchmarks' app settings: quiet, no web bundle, no MFA, on SQLite in `dataDir` or on `databaseUrl`. */
export function scaleConfig(dataDir: string, databaseUrl: string | null) {
  return {
    ...loadConfig({
      FENGQIAO_DATA_DIR: dataDir,
      FENGQIAO_LOG_LEVEL: 'silent',
      FENGQIAO_WEB_DIST: '/none',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    }),
    adminMfaRequired: false,
  };
}

/** Runs `fn` on a fresh PostgreSQL database `<prefix>_<pid>` created here and dropped afterwards, whatever happens. */
export async function withPostgres(
  adminUrl: string,
  prefix: string,
  fn: (url: string) => Promise<string[]>,
): Promise<string[]> {
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
