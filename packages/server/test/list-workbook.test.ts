import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listWorkbookBody } from '../src/platform/files/list-workbook';

describe('listWorkbookBody', () => {
  it('writes the header and rows, and no cell typed in a village can start a formula', async () => {
    const body = await listWorkbookBody('隐患', ['编号', '描述'], [['H-1', '=HYPERLINK("http://x")']]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('隐患');
    expect(sheet?.getRow(1).values).toEqual([undefined, '编号', '描述']);
    expect(sheet?.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://x")`);
  });
});
