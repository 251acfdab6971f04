export type AutosaveStatus = 'saved' | 'dirty' | 'saving' | 'error';

export interface AutosaveSnapshot {
  status: AutosaveStatus;
  /** When the text was last stored (ISO instant), null before the first save of this page. */
  savedAt: string | null;
  /** The last refusal, shown until a save succeeds. */
  error: unknown;
}

export interface AutosaveOptions {
  /** The text the server holds when the page opens. */
  initial: string;
  save: (text: string) => Promise<void>;
  /** A pause in typing this long stores the text. */
  idleMs: number;
  /** Someone typing without pause still gets the text stored this often. */
  maxWaitMs: number;
  onChange?: (snapshot: AutosaveSnapshot) => void;
  now?: () => Date;
}

/**
 * Stores a text some seconds after it changes, one save at a time and only when it differs from the stored one: the
 * mediator types the 笔录 during the session and a dropped village line loses at most the last few seconds.
 */
export class Autosaver {
  private stored: string;
  private latest: string;
  private state: AutosaveSnapshot = { status: 'saved', savedAt: null, error: null };
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private maxTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly options: AutosaveOptions) {
    this.stored = options.initial;
    this.latest = options.initial;
  }

  snapshot(): AutosaveSnapshot {
    return this.state;
  }

  change(text: string): void {
    this.latest = text;
    if (this.disposed) return;
    if (text === this.stored && this.running === null) {
      this.clearTimers();
      this.update({ status: 'saved' });
      return;
    }
    if (this.state.status !== 'saving') this.update({ status: 'dirty' });
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.flush(), this.options.idleMs);
    this.maxTimer ??= setTimeout(() => void this.flush(), this.options.maxWaitMs);
  }

  /** Stores the latest text now (leaving the page, closing the room); waits for a save already running first. */
  flush(): Promise<void> {
    this.clearTimers();
    if (this.running !== null) return this.running.then(() => this.flush());
    if (this.latest === this.stored) return Promise.resolve();
    this.running = this.saveNow(this.latest).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }

  private async saveNow(text: string): Promise<void> {
    this.update({ status: 'saving' });
    try {
      await this.options.save(text);
      this.stored = text;
      const now = (this.options.now ?? (() => new Date()))();
      this.update({ status: this.latest === text ? 'saved' : 'dirty', savedAt: now.toISOString(), error: null });
    } catch (error) {
      this.update({ status: 'error', error });
      // A dropped line comes back by itself: try again later even if nobody types.
      if (!this.disposed && this.idleTimer === null) {
        this.idleTimer = setTimeout(() => void this.flush(), this.options.maxWaitMs);
      }
    }
  }

  private clearTimers(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    if (this.maxTimer !== null) clearTimeout(this.maxTimer);
    this.idleTimer = null;
    this.maxTimer = null;
  }

  private update(change: Partial<AutosaveSnapshot>): void {
    this.state = { ...this.state, ...change };
    this.options.onChange?.(this.state);
  }
}

/** The hour and minute of a Beijing date-time formatted by `useT().dateTime` (both languages end in `HH:mm`). */
export function savedClock(formatted: string): string {
  return formatted.slice(-5);
}
