/** The attachment types a dispute accepts, recognised by their first bytes rather than by the name sent. */
export const ATTACHMENT_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from('%PDF-', 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const DOCX_ENTRY = Buffer.from('word/document.xml', 'latin1');
const HEAD = PNG.length;
const PDF_END = Buffer.from('%%EOF', 'latin1');
/** The IEND chunk: no data, so its length, type and CRC are always these twelve bytes. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPG_END = Buffer.from([0xff, 0xd9]);
/** The zip's end-of-central-directory record, 22 bytes plus a comment, closes every complete zip. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** How much of the end is remembered: the end markers must lie in the last KiB (a PDF's `%%EOF` by its spec). */
const TAIL = 1024;

/**
 * Tells the type the bytes really are while they stream past, or null. A DOCX is a zip holding
 * `word/document.xml` (any other zip, such as an .xlsx or an archive of executables, is refused); the entry name
 * appears in the zip's local headers, anywhere in the file and possibly split across two chunks. The end must match
 * the type as well, so a file cut short (the first bytes of a PDF and nothing after) is refused: only the last KiB
 * is remembered, never the whole file.
 */
export class AttachmentSniffer {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private carry = Buffer.alloc(0);
  private docxEntry = false;

  push(chunk: Buffer): void {
    if (this.head.length < HEAD) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD - this.head.length)]);
    this.tail = Buffer.from(Buffer.concat([this.tail, chunk.subarray(-TAIL)]).subarray(-TAIL));
    if (this.docxEntry || !this.startsWith(ZIP)) return;
    const window = Buffer.concat([this.carry, chunk]);
    this.docxEntry = window.includes(DOCX_ENTRY);
    this.carry = window.subarray(Math.max(0, window.length - DOCX_ENTRY.length + 1));
  }

  type(): AttachmentType | null {
    if (this.startsWith(PNG)) return this.tail.subarray(-PNG_END.length).equals(PNG_END) ? 'png' : null;
    if (this.startsWith(JPG)) return this.tail.includes(JPG_END) ? 'jpg' : null;
    if (this.startsWith(PDF)) return this.tail.includes(PDF_END) ? 'pdf' : null;
    if (this.startsWith(ZIP) && this.docxEntry) return this.tail.includes(ZIP_END) ? 'docx' : null;
    return null;
  }

  private startsWith(magic: Buffer): boolean {
    return this.head.length >= magic.length && this.head.subarray(0, magic.length).equals(magic);
  }
}

const EXTENSIONS: Record<string, AttachmentType> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', pdf: 'pdf', docx: 'docx' };

/** The type the name claims by its extension, or null when it claims none we accept. */
export function extensionType(fileName: string): AttachmentType | null {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match?.[1] ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

/**
 * The original name kept as metadata: control characters, path separators and characters Windows forbids removed,
 * at most 120 characters (keeping the extension), never empty.
 */
export function sanitiseFileName(name: string, type: AttachmentType): string {
  const base = lastSegment(name)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]/gu, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const cleaned = [...base].length > 120 ? [...base].slice(-120).join('') : base;
  return cleaned === '' ? `file.${type}` : cleaned;
}

function lastSegment(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts.at(-1) ?? '';
}
