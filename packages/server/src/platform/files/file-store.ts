import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Uploaded files live outside the database under `<dataDir>/files/<town>/<yyyy>/<uuid>`: the stored name is a
 * generated UUID (never the uploader's name), so no path can be steered by a request. Files are written to a
 * temporary name and renamed, so a crash leaves no half-written file under a real name.
 */
export class FileStore {
  constructor(private readonly dataDir: string) {}

  /** Writes the bytes and answers the stored name, relative to the files root. */
  async put(townId: string, year: string, bytes: Buffer): Promise<string> {
    const stored = path.posix.join(safeSegment(townId), safeSegment(year), randomUUID());
    const target = this.resolve(stored);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.part`;
    await writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
    await rename(temp, target);
    return stored;
  }

  async read(stored: string): Promise<Buffer> {
    return readFile(this.resolve(stored));
  }

  async remove(stored: string): Promise<void> {
    await rm(this.resolve(stored), { force: true });
  }

  private resolve(stored: string): string {
    const root = path.resolve(this.dataDir, 'files');
    const full = path.resolve(root, stored);
    if (!full.startsWith(`${root}${path.sep}`)) throw new Error('stored file name outside the files root');
    return full;
  }
}

function safeSegment(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new Error('unsafe path segment');
  return value;
}
