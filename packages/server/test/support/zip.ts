import { inflateRawSync } from 'node:zlib';

/** The text of one entry of a zip, read from its local file header (stored or deflated). */
export function zipEntry(zip: Buffer, name: string): string {
  let offset = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  while (offset >= 0) {
    const method = zip.readUInt16LE(offset + 8);
    const compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extraLength;
    if (entryName === name) {
      const data = zip.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), start + compressed);
  }
  throw new Error(`${name} not in the zip`);
}
