import os from 'node:os';
import type { Db } from '../../db/database';
import { newId, nowIso } from '../ids';
import { claimJobLease, ensureJobRow, finishJobLease } from './jobs.repository';

/** A timer-driven piece of work, such as the disputes' deadline reminders. */
export interface Job {
  /** Unique across the app: the key of its lease row. */
  name: string;
  /** How often the job is due. Every process ticks this often; per tick one of them runs the body. */
  intervalSeconds: number;
  /**
   * Longer than a run can take: a holder that dies mid-run blocks the job at most this long, after which another
   * process takes over. Never shorter than the interval.
   */
  leaseSeconds: number;
  run(now: Date): Promise<unknown>;
}

/**
 * Runs jobs so that several processes on one database (PostgreSQL behind a load balancer, or the CLI beside
 * `serve`) run each tick's body once. A tick claims the job's lease row with one conditional update; the winner
 * runs the body and then keeps the lease to the end of the tick, so a process whose timer fires a little later in
 * the same interval finds it taken. On SQLite there is one process, and the lease costs one small write per tick.
 */
export class JobRunner {
  private readonly running = new Set<string>();

  constructor(
    private readonly db: Db,
    /** Names this process in the lease row; unique per runner so a restarted process is a new holder. */
    readonly holder: string = `${os.hostname()}:${process.pid}:${newId()}`,
  ) {}

  /** Runs the job's body if this runner wins the tick at `now`; says whether it did. */
  async tick(job: Job, now: Date = new Date()): Promise<boolean> {
    // A run still going in this process (slower than its interval) is not overlapped by this process either.
    if (this.running.has(job.name)) return false;
    this.running.add(job.name);
    try {
      await ensureJobRow(this.db, job.name);
      const leaseSeconds = Math.max(job.leaseSeconds, job.intervalSeconds);
      if (!(await claimJobLease(this.db, job.name, this.holder, nowIso(now), after(now, leaseSeconds)))) return false;
      try {
        await job.run(now);
      } finally {
        await finishJobLease(this.db, job.name, this.holder, after(now, job.intervalSeconds), nowIso());
      }
      return true;
    } finally {
      this.running.delete(job.name);
    }
  }

  /** Ticks every job on its own timer until the returned function is called. */
  start(jobs: readonly Job[], onError: (job: Job, error: unknown) => void): () => void {
    const timers = jobs.map((job) => {
      const timer = setInterval(() => {
        this.tick(job).catch((error: unknown) => onError(job, error));
      }, job.intervalSeconds * 1000);
      timer.unref();
      return timer;
    });
    return () => {
      for (const timer of timers) clearInterval(timer);
    };
  }
}

function after(now: Date, seconds: number): string {
  return nowIso(new Date(now.getTime() + seconds * 1000));
}
