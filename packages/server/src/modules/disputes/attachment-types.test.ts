import { describe, expect, it } from 'vitest';
import { AttachmentSniffer, type AttachmentType } from './attachment-types';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const ZIP_LOCAL = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from('word/document.xml'),
]);
const ZIP_END = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);

/** What the sniffer answers for these bytes sent in chunks of `size`. */
function sniff(bytes: Buffer, size = 7): AttachmentType | null {
  const sniffer = new AttachmentSniffer();
  for (let at = 0; at < bytes.length; at += size) sniffer.push(bytes.subarray(at, at + size));
  return sniffer.type();
}

describe('AttachmentSniffer', () => {
  it('recognises whole files, whatever the chunking', () => {
    const cases: [Buffer, AttachmentType][] = [
      [Buffer.concat([PNG_SIGNATURE, Buffer.alloc(3000, 1), IEND]), 'png'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 2), Buffer.from([0xff, 0xd9])]), 'jpg'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from([0xff, 0xd9]), Buffer.alloc(100)]), 'jpg'],
      [Buffer.from(`%PDF-1.7\n${'x'.repeat(3000)}\n%%EOF\n`, 'latin1'), 'pdf'],
      [Buffer.concat([ZIP_LOCAL, Buffer.alloc(3000, 3), ZIP_END]), 'docx'],
    ];
    for (const [bytes, type] of cases) {
      expect(sniff(bytes)).toBe(type);
      expect(sniff(bytes, 4096)).toBe(type);
      expect(sniff(bytes, 1)).toBe(type);
    }
  });

  it('refuses a file cut short: the right first bytes without the end their type requires', () => {
    const cases: Buffer[] = [
      Buffer.from('%PDF-', 'latin1'),
      Buffer.from(`%PDF-1.7\n%%EOF\n${'x'.repeat(2000)}`, 'latin1'),
      Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64, 1)]),
      Buffer.concat([PNG_SIGNATURE, IEND, Buffer.alloc(8, 1)]),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]),
      Buffer.concat([ZIP_LOCAL, Buffer.alloc(64, 3)]),
    ];
    for (const bytes of cases) expect(sniff(bytes)).toBeNull();
  });
});
