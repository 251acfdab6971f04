import { type MonthlyReport, type ReportSection, stripXmlForbidden } from '@fengqiao/domain';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  FIGURE_HEADINGS,
  figureCells,
  reportSubtitle,
  reportTitle,
  tableCells,
  tableHeadings,
} from './report-document';

const FONT = 'SimSun';
// Sizes in half-points: 五号 (10.5 pt) in tables, 小四 (12 pt) for text, 三号 (16 pt) headings, 二号 (22 pt) title.
const CELL_SIZE = 21;
const TEXT_SIZE = 24;
const HEADING_SIZE = 32;
const TITLE_SIZE = 44;
// A4 in twentieths of a point, with about 2 cm margins all round.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1021, right: 1021 };

/** The monthly report as a Word document with the lines of the print page (report-document.ts). */
export async function monthlyReportDocx(report: MonthlyReport): Promise<Buffer> {
  const title = reportTitle(report);
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: stripXmlForbidden(title), bold: true, font: FONT, size: TITLE_SIZE })],
    }),
    ...reportSubtitle(report).map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(line)], spacing: { after: 60 } }),
    ),
  ];
  for (const section of report.sections) body.push(...sectionBlocks(section));
  const document = new Document({
    creator: 'Fengqiao',
    title,
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}

function sectionBlocks(section: ReportSection): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: section.titleZh, bold: true, font: FONT, size: HEADING_SIZE })],
    }),
  ];
  if (!section.available) {
    blocks.push(new Paragraph({ children: [text(section.textZh, { italics: true })] }));
    return blocks;
  }
  if (section.figures.length > 0) {
    blocks.push(
      table(
        [...FIGURE_HEADINGS],
        section.figures.map((figure) => figureCells(figure)),
      ),
    );
  }
  for (const breakdown of section.tables) {
    blocks.push(
      new Paragraph({ spacing: { before: 160, after: 80 }, children: [text(breakdown.titleZh, { bold: true })] }),
      table(tableHeadings(breakdown), tableCells(breakdown)),
    );
  }
  section.notes.forEach((note, index) => {
    blocks.push(
      new Paragraph({
        spacing: { after: 60 },
        children: [text(`${index + 1}. ${note.textZh}`, { bold: note.level === 'warning' })],
      }),
    );
  });
  return blocks;
}

function table(headings: readonly string[], rows: readonly string[][]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      children: cells.map(
        (cell) =>
          new TableCell({
            children: [new Paragraph({ children: [text(cell, { bold, size: CELL_SIZE })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(headings, true), ...rows.map((cells) => row(cells, false))],
  });
}

/**
 * A run of text. Names of villages and classes come from stored rows that may predate the contracts' stripping of
 * characters XML forbids; one would make Word refuse the whole file.
 */
function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: stripXmlForbidden(value),
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    font: FONT,
    size: options.size ?? TEXT_SIZE,
  });
}
