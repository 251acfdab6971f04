import zlib from 'node:zlib';
import { InflateBudget, readEntry, zipEntries } from '../../src/platform/files/zip';

const SPACES = Buffer.alloc(1024 * 1024, 0x20);

/**
 * The workbook with `padMiB` MiB of spaces inside its first sheet's <sheetData>: still a valid workbook with the
 * same rows, but its sheet unpacks to that much XML while the file stays about 1/1000 of it (deflate at level 9).
 */
export async function paddedWorkbook(workbook: Buffer, padMiB: number): Promise<Buffer> {
  const entries = zipEntries(workbook);
  if (!entries) throw new Error('not a zip');
  const members: { name: Buffer; crc: number; size: number; data: Buffer }[] = [];
  for (const entry of entries.values()) {
    const content = await readEntry(workbook, entry, new InflateBudget(Number.MAX_SAFE_INTEGER));
    if (!content) throw new Error('unreadable member');
    const parts = [content];
    let repeat = 0;
    if (entry.name === 'xl/worksheets/sheet1.xml') {
      const at = content.indexOf('<sheetData>') + '<sheetData>'.length;
      parts.splice(0, 1, content.subarray(0, at), SPACES, content.subarray(at));
      repeat = padMiB;
    }
    const deflater = zlib.createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflater.on('data', (chunk: Buffer) => out.push(chunk));
    const done = new Promise((resolve) => deflater.on('end', resolve));
    let crc = 0;
    let size = 0;
    const write = async (chunk: Buffer) => {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
    };
    for (const [i, part] of parts.entries()) {
      const times = parts.length === 3 && i === 1 ? repeat : 1;
      for (let n = 0; n < times; n++) await write(part);
    }
    deflater.end();
    await done;
    members.push({ name: Buffer.from(entry.name), crc, size, data: Buffer.concat(out) });
  }
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(m.crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.size, 22);
    local.writeUInt16LE(m.name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(m.crc, 16);
    entry.writeUInt32LE(m.data.length, 20);
    entry.writeUInt32LE(m.size, 24);
    entry.writeUInt16LE(m.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, m.name, m.data);
    central.push(entry, m.name);
    offset += local.length + m.name.length + m.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
