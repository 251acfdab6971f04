import { type MonthlyReport, spreadsheetText } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import {
  FIGURE_HEADINGS,
  figureCells,
  reportSubtitle,
  reportTitle,
  tableCells,
  tableHeadings,
} from './report-document';

/**
 * The monthly report as a workbook: one sheet 报告 with the lines of the print page (report-document.ts), so the
 * figures read the same in all three forms. Counts are written as numbers where the cell holds one alone, so a
 * reader can sum them.
 */
export async function monthlyReportXlsx(report: MonthlyReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fengqiao';
  const sheet = workbook.addWorksheet('报告');
  sheet.columns = [{ width: 28 }, { width: 22 }, { width: 18 }, { width: 30 }, { width: 12 }, { width: 30 }];
  const add = (cells: readonly string[], bold = false) => {
    // Older rows may hold characters XML forbids (one would make the whole workbook unreadable), and names from the
    // towns' code tables are typed by people: none may start like a formula.
    const row = sheet.addRow(cells.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : spreadsheetText(cell))));
    if (bold) row.font = { bold: true };
  };
  add([reportTitle(report)], true);
  for (const line of reportSubtitle(report)) add([line]);
  for (const section of report.sections) {
    add([]);
    add([section.titleZh], true);
    if (!section.available) {
      add([section.textZh]);
      continue;
    }
    if (section.figures.length > 0) {
      add([...FIGURE_HEADINGS], true);
      for (const figure of section.figures) add(figureCells(figure));
    }
    for (const table of section.tables) {
      add([table.titleZh], true);
      add(tableHeadings(table), true);
      for (const cells of tableCells(table)) add(cells);
    }
    section.notes.forEach((note, index) => {
      add([`${index + 1}. ${note.textZh}`], note.level === 'warning');
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
