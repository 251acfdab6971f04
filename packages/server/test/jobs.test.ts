import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../src/app';
import { type DatabaseHandle, openDatabase } from '../src/db/database';
import { type Job, JobRunner } from '../src/platform/jobs/jobs';
import { testDialects } from './support/databases';
import { createTestApp, type TestApp } from './support/test-app';

const MINUTE = 60_000;

/**
 * Two processes on one database, as with PostgreSQL behind a load balancer: each has its own connection pool and
 * its own runner, and both tick every job.
 */
describe.each(testDialects())('jobs on %s', (dialect) => {
  let t: TestApp;
  let second: DatabaseHandle;
  let one: JobRunner;
  let two: JobRunner;

  /** A job that counts its runs and takes a little while, so concurrent ticks really overlap. */
  const countingJob = (name: string) => {
    const job = {
      name,
      intervalSeconds: 60,
      leaseSeconds: 600,
      runs: 0,
      async run() {
        job.runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
      },
    };
    return job;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    second = openDatabase(t.config.database);
    one = new JobRunner(t.deps.db, 'process-one');
    two = new JobRunner(second.db, 'process-two');
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('runs the body once per tick however many runners tick it', async () => {
    const job = countingJob('test.once-per-tick');
    const t0 = new Date('2026-12-01T00:00:00Z');
    const first = await Promise.all([one.tick(job, t0), two.tick(job, t0)]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(job.runs).toBe(1);
    // The other process's timer fires later in the same interval: the tick is taken.
    expect(await two.tick(job, new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await one.tick(job, new Date(t0.getTime() + 59_000))).toBe(false);
    expect(job.runs).toBe(1);

    const next = new Date(t0.getTime() + MINUTE);
    const nextTick = await Promise.all([two.tick(job, next), one.tick(job, new Date(next.getTime() + 500))]);
    expect(nextTick.filter(Boolean)).toHaveLength(1);
    expect(job.runs).toBe(2);
  });

  it('lets another runner take over when the holder dies mid-run, once its lease has run out', async () => {
    let finish = () => {};
    const stuck: Job = {
      name: 'test.crashed-holder',
      intervalSeconds: 60,
      leaseSeconds: 600,
      run: () => new Promise<void>((resolve) => (finish = resolve)),
    };
    const t0 = new Date('2026-12-01T00:00:00Z');
    // process-one claims the tick and never comes back, as a process killed mid-run.
    const dead = one.tick(stuck, t0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    let runs = 0;
    const takeover: Job = { ...stuck, run: async () => (runs += 1) };
    expect(await two.tick(takeover, new Date(t0.getTime() + 2 * MINUTE))).toBe(false);
    expect(await two.tick(takeover, new Date(t0.getTime() + 9 * MINUTE))).toBe(false);
    expect(await two.tick(takeover, new Date(t0.getTime() + 10 * MINUTE))).toBe(true);
    expect(runs).toBe(1);
    finish();
    await dead;
    // The dead holder coming back does not hand the job back: the lease is process-two's now.
    const row = await t.deps.db
      .selectFrom('job_leases')
      .select(['holder', 'lease_until'])
      .where('name', '=', stuck.name)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ holder: 'process-two', lease_until: '2026-12-01T00:11:00.000Z' });
  });

  it('registers the disputes’ deadline reminders as a job', () => {
    const jobs = appJobs(t.deps);
    expect(jobs.map((job) => job.name)).toContain('disputes.deadline-reminders');
    const reminders = jobs.find((job) => job.name === 'disputes.deadline-reminders');
    expect(reminders?.intervalSeconds).toBe(t.config.disputes.reminderIntervalSeconds);
  });
});
