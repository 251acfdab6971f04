import { stripXmlForbidden } from '@fengqiao/domain';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const FONT = 'SimSun';
// Sizes are in half-points: 小四 (12 pt) for text, 二号 (22 pt) for the title.
const TEXT_SIZE = 24;
const TITLE_SIZE = 44;
// A4 in twentieths of a point, with the margins offices use (about 2.5 cm top/bottom, 2 cm left/right).
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };

/**
 * A run of body text. A row stored before the contracts stripped them may still hold characters XML forbids; one
 * would make Word refuse the whole file.
 */
export function docxText(value: string, bold = false): TextRun {
  return new TextRun({ text: stripXmlForbidden(value), bold, font: FONT, size: TEXT_SIZE });
}

/** A paragraph of runs with the small gap after it that the printed documents have. */
export function docxLine(...runs: TextRun[]): Paragraph {
  return new Paragraph({ children: runs, spacing: { after: 80 } });
}

/**
 * A Word document of the agreement's and the minutes' shape: the title centred in bold, then the body, on A4
 * with the offices' margins.
 */
export function docxA4(title: string, body: readonly Paragraph[]): Promise<Buffer> {
  const heading = new Paragraph({
    alignment: AlignmentType.CENTER,
    heading: HeadingLevel.TITLE,
    children: [new TextRun({ text: stripXmlForbidden(title), bold: true, font: FONT, size: TITLE_SIZE })],
  });
  const document = new Document({
    creator: 'Fengqiao',
    title,
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: [heading, ...body] }],
  });
  return Packer.toBuffer(document);
}
