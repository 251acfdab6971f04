import path from 'node:path';
import { Readable } from 'node:stream';
import type { ImportColumn } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';
import { InflateBudget, inflateEntry, readEntry, storedZip, zipEntries } from '../../platform/files/zip';

/** One data row of an import sheet: its row number as Excel shows it, and its cells as trimmed text by column. */
export interface SheetRow<K extends string> {
  row: number;
  cells: Record<K, string>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

export interface SheetLimits {
  maxRows: number;
  /** Bytes the parts read may inflate to, together: a small upload can unpack to gigabytes. */
  maxUncompressedBytes: number;
}

/**
 * Reads the first sheet of an .xlsx upload: row 1 is the header (columns matched by their header
 * text, in any order), then data rows. Blank rows and the template's untouched example row are
 * skipped. Anything unreadable or a missing required column answers IMPORT_FILE_INVALID.
 *
 * The workbook is streamed, never loaded whole: only the parts needed (workbook, relationships,
 * shared strings, styles, the first sheet) are inflated, chunk by chunk, within
 * `maxUncompressedBytes` (413 IMPORT_TOO_LARGE past it), and rows are counted as they are read
 * (422 IMPORT_TOO_MANY_ROWS past `maxRows`). The inflated parts are handed to exceljs's streaming
 * reader as a stored zip, so it never unzips the upload itself, where no limit could be set.
 */
export async function readSheetRows<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
  limits: SheetLimits,
): Promise<SheetRow<K>[]> {
  if (buffer.length < ZIP_MAGIC.length || !buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw invalid('not an .xlsx file');
  }
  const entries = zipEntries(buffer);
  if (!entries) throw invalid('the workbook cannot be read');
  const budget = new InflateBudget(limits.maxUncompressedBytes);
  const tooLarge = () => new AppError('IMPORT_TOO_LARGE', { maxUncompressedBytes: limits.maxUncompressedBytes });
  const read = async (name: string) => {
    const entry = entries.get(name);
    const bytes = entry ? await readEntry(buffer, entry, budget) : Buffer.alloc(0);
    if (bytes === null) throw tooLarge();
    return bytes;
  };
  const workbookXml = await read('xl/workbook.xml');
  const relsXml = await read('xl/_rels/workbook.xml.rels');
  const sheet = entries.get(firstSheetPath(workbookXml.toString('utf8'), relsXml.toString('utf8'), entries) ?? '');
  if (!sheet) throw invalid('the workbook has no sheet');
  const sharedStrings = entries.get('xl/sharedStrings.xml');
  const styles = entries.get('xl/styles.xml');
  const input = Readable.from(
    storedZip([
      { name: 'xl/_rels/workbook.xml.rels', data: [relsXml] },
      { name: 'xl/workbook.xml', data: [workbookXml] },
      // exceljs spools a sheet to a temporary file when no shared strings came first.
      {
        name: 'xl/sharedStrings.xml',
        data: sharedStrings ? inflateEntry(buffer, sharedStrings, budget) : [EMPTY_SHARED_STRINGS],
      },
      ...(styles ? [{ name: 'xl/styles.xml', data: inflateEntry(buffer, styles, budget) }] : []),
      { name: 'xl/worksheets/sheet1.xml', data: inflateEntry(buffer, sheet, budget) },
    ]),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let rows: SheetRow<K>[];
  try {
    rows = await collectRows(reader, columns, limits.maxRows);
  } catch (error) {
    // A part cut short by the budget usually breaks the XML: the budget is the reason, not the XML.
    if (budget.exceeded) throw tooLarge();
    if (error instanceof AppError) throw error;
    throw invalid('the workbook cannot be read');
  } finally {
    input.destroy();
  }
  if (budget.exceeded) throw tooLarge();
  if (rows.length === 0) throw invalid('the sheet has no rows to import');
  return rows;
}

async function collectRows<K extends string>(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  columns: readonly ImportColumn<K>[],
  maxRows: number,
): Promise<SheetRow<K>[]> {
  const rows: SheetRow<K>[] = [];
  let positions: Map<K, number> | null = null;
  for await (const sheet of reader) {
    for await (const sheetRow of sheet) {
      if (positions === null) {
        positions = headerPositions(sheetRow.number === 1 ? sheetRow : null, columns);
        if (sheetRow.number === 1) continue;
      }
      const cells = {} as Record<K, string>;
      for (const column of columns) {
        const col = positions.get(column.key);
        cells[column.key] = col === undefined ? '' : cellText(sheetRow.getCell(col).value);
      }
      if (columns.every((c) => cells[c.key] === '')) continue;
      if (columns.every((c) => cells[c.key] === c.example)) continue;
      if (rows.length >= maxRows) throw new AppError('IMPORT_TOO_MANY_ROWS', { maxRows });
      rows.push({ row: sheetRow.number, cells });
    }
    break;
  }
  if (positions === null) headerPositions(null, columns);
  return rows;
}

/** Where each column is, from the header row (null when the sheet has no row 1); a missing required column refuses. */
function headerPositions<K extends string>(
  header: ExcelJS.Row | null,
  columns: readonly ImportColumn<K>[],
): Map<K, number> {
  const positions = new Map<K, number>();
  header?.eachCell((cell, col) => {
    const key = headerKey(cellText(cell.value));
    const column = columns.find((c) => headerKey(c.header) === key);
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  if (missing.length) throw invalid('required columns are missing', { missing });
  return positions;
}

/**
 * The zip path of the workbook's first sheet in tab order (workbook.xml's first <sheet>, through its relationship),
 * else the lowest-numbered sheet part. Both files are small and flat, so a pattern reads them.
 */
function firstSheetPath(workbookXml: string, relsXml: string, entries: Map<string, unknown>): string | null {
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbookXml)?.[0];
  const relId = sheetTag ? /\s\w+:id="([^"]+)"/.exec(sheetTag)?.[1] : undefined;
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    if (relId === undefined || /\sId="([^"]+)"/.exec(tag)?.[1] !== relId) continue;
    const target = /\sTarget="([^"]+)"/.exec(tag)?.[1];
    if (!target) break;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);
    if (entries.has(resolved)) return resolved;
  }
  const numbered = [...entries.keys()]
    .map((name) => ({ name, n: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((e) => e.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n));
  return numbered[0]?.name ?? null;
}

/** A template: the header row, one example row (skipped on import while unchanged) and a sheet of notes. */
export async function buildTemplate<K extends string>(
  columns: readonly ImportColumn<K>[],
  options: { sheetName: string; notes: readonly string[] },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fengqiao 枫桥';
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, Array.from(c.header).length * 2 + 4),
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const example = sheet.addRow(
    Object.fromEntries(columns.map((c) => [c.key, !c.text && /^\d+$/.test(c.example) ? Number(c.example) : c.example])),
  );
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const help = workbook.addWorksheet('说明');
  help.getColumn(1).width = 100;
  for (const note of options.notes) help.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A cell as trimmed text. Whole numbers keep every digit; dates become YYYY-MM-DD; formulas give their result. A
 * whole number beyond 2^53 (a 20-digit device id or an 18-digit ID number typed as a number) has already lost its
 * last digits in Excel: it comes as Excel shows it (1.23456789012345e+19), so digit checks refuse the row instead of
 * importing another id.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return BigInt(value).toString();
    return Number.isInteger(value) ? value.toPrecision(15) : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellText(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result ?? null);
  return '';
}

/** Headers match without spaces, full-width forms or their bracketed hint: 类型（村/社区） = 类型(村/社区) = 类型. */
function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(.*\)$/, '');
}

function invalid(reason: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('IMPORT_FILE_INVALID', { reason, ...extra });
}
