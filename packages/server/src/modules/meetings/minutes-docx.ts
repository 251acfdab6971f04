import { type Meeting, stripXmlForbidden } from '@fengqiao/domain';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { minutesSections, minutesTitle, signatureLines } from './minutes-print';

const FONT = 'SimSun';
// Sizes are in half-points: 小四 (12 pt) for text, 二号 (22 pt) for the title.
const TEXT_SIZE = 24;
const TITLE_SIZE = 44;
// A4 in twentieths of a point, with the margins offices use (about 2.5 cm top/bottom, 2 cm left/right).
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };

/** The minutes as a Word document with the same content as the print page (minutes-print.ts). */
export async function minutesDocx(meeting: Meeting): Promise<Buffer> {
  // Minutes typed before the contracts stripped them may hold characters XML forbids; one would break the file.
  const text = (value: string, bold = false) =>
    new TextRun({ text: stripXmlForbidden(value), bold, font: FONT, size: TEXT_SIZE });
  const line = (...runs: TextRun[]) => new Paragraph({ children: runs, spacing: { after: 80 } });
  const body: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [
        new TextRun({ text: stripXmlForbidden(minutesTitle(meeting)), bold: true, font: FONT, size: TITLE_SIZE }),
      ],
    }),
  ];
  for (const section of minutesSections(meeting)) {
    body.push(line(text(section.heading, true)));
    for (const paragraph of section.paragraphs) body.push(line(text(paragraph)));
  }
  body.push(line(text('参会人员签名', true)));
  for (const signature of signatureLines(meeting)) body.push(line(text(signature)));
  const document = new Document({
    creator: 'Fengqiao',
    title: minutesTitle(meeting),
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}
