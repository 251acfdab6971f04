import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file written by the store: its stored name (relative to the files root), size and sha256. */
export interface StoredFile {
  stored: string;
  size: number;
  sha256: string;
}

/**
 * Uploaded files live outside the database under `<dataDir>/files/<town>/<yyyy>/<uuid>`: the stored name is a
 * generated UUID (never the uploader's name), so no path can be steered by a request. Files are streamed to a
 * temporary name and renamed, so a crash or a refused upload leaves no half-written file under a real name, and
 * the temporary file is removed when the write fails. Files are the owner's only (0600, directories 0700), as they
 * hold case evidence.
 */
export class FileStore {
  constructor(private readonly dataDir: string) {}

  /** Streams the bytes to a new file; an error from the source (a size limit, say) removes the partial file. */
  async write(townId: string, year: string, source: AsyncIterable<Buffer>): Promise<StoredFile> {
    const stored = path.posix.join(safeSegment(townId), safeSegment(year), randomUUID());
    const target = this.resolve(stored);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temp = `${target}.part`;
    const hash = createHash('sha256');
    let size = 0;
    async function* measured(): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    }
    // Opened before the bytes flow: a stream that opens lazily may still be opening (its open queued on a busy thread
    // pool) when a refused upload's clean-up runs, and then create the `.part` file after it.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await pipeline(measured(), handle.createWriteStream());
      await rename(temp, target);
    } catch (error) {
      // The stream closes the handle itself when it ends or is destroyed; a second close has nothing to do.
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    return { stored, size, sha256: hash.digest('hex') };
  }

  /**
   * The file as a stream with its size, or null when it is missing from disk. `part`, given the size, may choose a
   * byte range to stream (a video's Range request); the size returned is still the whole file's.
   */
  async open(
    stored: string,
    part?: (size: number) => { start: number; end: number } | null,
  ): Promise<{ stream: Readable; size: number } | null> {
    let handle: FileHandle;
    try {
      handle = await open(this.resolve(stored), 'r');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const range = part?.(size) ?? null;
      return { stream: handle.createReadStream(range ?? {}), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
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
