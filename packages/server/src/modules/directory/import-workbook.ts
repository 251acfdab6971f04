import { IMPORT_MAX_ROWS, type ImportColumn } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors';

/** One data row of an import sheet: its row number as Excel shows it, and its cells as trimmed text by column. */
export interface SheetRow<K extends string> {
  row: number;
  cells: Record<K, string>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads the first sheet of an .xlsx upload: row 1 is the header (columns matched by their header
 * text, in any order), then data rows. Blank rows and the template's untouched example row are
 * skipped. Anything unreadable, a missing required column or more than IMPORT_MAX_ROWS rows
 * answers IMPORT_FILE_INVALID.
 */
export async function readSheetRows<K extends string>(
  buffer: Buffer,
  columns: readonly ImportColumn<K>[],
  maxRows = IMPORT_MAX_ROWS,
): Promise<SheetRow<K>[]> {
  if (buffer.length < ZIP_MAGIC.length || !buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw invalid('not an .xlsx file');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
  } catch {
    throw invalid('the workbook cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('the workbook has no sheet');

  const positions = new Map<K, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = headerKey(cellText(cell.value));
    const column = columns.find((c) => headerKey(c.header) === header);
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  if (missing.length) throw invalid('required columns are missing', { missing });

  const rows: SheetRow<K>[] = [];
  let tooMany = false;
  sheet.eachRow((sheetRow, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const cells = {} as Record<K, string>;
    for (const column of columns) {
      const col = positions.get(column.key);
      cells[column.key] = col === undefined ? '' : cellText(sheetRow.getCell(col).value);
    }
    if (columns.every((c) => cells[c.key] === '')) return;
    if (columns.every((c) => cells[c.key] === c.example)) return;
    if (rows.length >= maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  if (tooMany) throw invalid(`more than ${maxRows} rows`, { maxRows });
  if (rows.length === 0) throw invalid('the sheet has no rows to import');
  return rows;
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

/** A cell as trimmed text. Whole numbers keep every digit; dates become YYYY-MM-DD; formulas give their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
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
