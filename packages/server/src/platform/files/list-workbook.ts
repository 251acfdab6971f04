import { spreadsheetText } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../http/content-disposition';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An export ready to send: the workbook and the names it is saved under (Chinese, and ASCII for old clients). */
export interface ListWorkbook {
  body: Buffer;
  fileName: string;
  asciiName: string;
}

/**
 * One sheet: a header row and the rows as the caller may see them (masked values already masked). Every cell goes
 * through `spreadsheetText`, so text typed in a village never starts a formula in the reader's spreadsheet and a
 * character XML forbids never makes the whole file unreadable.
 */
export async function listWorkbookBody(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row.map((cell) => spreadsheetText(cell)));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(40, Math.max(8, (header[index]?.length ?? 4) * 2 + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a workbook as a download. */
export function sendWorkbook(reply: FastifyReply, file: ListWorkbook): FastifyReply {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', contentDisposition(file.fileName, file.asciiName))
    .send(file.body);
}
