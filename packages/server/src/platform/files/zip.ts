import zlib from 'node:zlib';

/** One member of a zip held in memory, as its central directory and local header place it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

/**
 * The members of a zip by name, from its central directory, or null when the bytes are not a zip this reader
 * takes: no end record, an entry outside the bytes, encryption, a compression other than stored or deflate, a
 * name twice, or zip64 (a workbook within the upload limit never needs it).
 */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> | null {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) return null;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || entries.has(name)) return null;
    if (compressedSize === 0xffffffff || local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) return null;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressedSize > zip.length) return null;
    entries.set(name, { name, method, compressedSize, dataStart });
  }
  return entries;
}

/** A limit on the bytes inflated from one upload, over all its members. */
export class InflateBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** False once the limit is passed: the caller stops and refuses the upload. */
  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.maxBytes;
  }

  get exceeded(): boolean {
    return this.used > this.maxBytes;
  }
}

/**
 * The member's bytes as they inflate, chunk by chunk (zlib works off the event loop, and only as fast as the
 * reader takes the output), ending early once the budget is spent: the caller checks `budget.exceeded`.
 */
export async function* inflateEntry(zip: Buffer, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  const raw = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (budget.take(raw.length)) yield raw;
    return;
  }
  const inflater = zlib.createInflateRaw();
  inflater.end(raw);
  try {
    for await (const chunk of inflater) {
      const bytes = chunk as Buffer;
      if (!budget.take(bytes.length)) return;
      yield bytes;
    }
  } finally {
    inflater.destroy();
  }
}

/** The whole member in memory, within the budget; null when the budget runs out. */
export async function readEntry(zip: Buffer, entry: ZipEntry, budget: InflateBudget): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(zip, entry, budget)) chunks.push(chunk);
  return budget.exceeded ? null : Buffer.concat(chunks);
}

/**
 * A zip of stored (uncompressed) members written as their bytes arrive, each followed by a data descriptor, then
 * the central directory: how a streaming zip writer lays one out, readable by any streaming zip reader.
 */
export async function* storedZip(
  members: { name: string; data: AsyncIterable<Buffer> | Iterable<Buffer> }[],
): AsyncGenerator<Buffer> {
  let offset = 0;
  const central: Buffer[] = [];
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // sizes in the data descriptor; UTF-8 name
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);
    let crc = 0;
    let size = 0;
    for await (const chunk of member.data) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0808, 8);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(size, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + size + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}
