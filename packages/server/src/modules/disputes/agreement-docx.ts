import { stripXmlForbidden } from '@fengqiao/domain';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import {
  type AgreementDocument,
  copiesSentence,
  documentSections,
  documentTitle,
  effectiveDateText,
  MASKED_NOTICE,
  MISSING_MARK,
  signatureText,
} from './agreement-print';

const FONT = 'SimSun';
// Sizes are in half-points: 小四 (12 pt) for text, 二号 (22 pt) for the title.
const TEXT_SIZE = 24;
const TITLE_SIZE = 44;
// A4 in twentieths of a point, with the margins offices use (about 2.5 cm top/bottom, 2 cm left/right).
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };

/** The agreement as a Word document with the same items as the print page (agreement-print.ts). */
export async function agreementDocx(doc: AgreementDocument): Promise<Buffer> {
  const r = doc.record;
  // A row stored before the contracts stripped them may still hold characters XML forbids; one would make Word
  // refuse the whole file.
  const text = (value: string, bold = false) =>
    new TextRun({ text: stripXmlForbidden(value), bold, font: FONT, size: TEXT_SIZE });
  const line = (...runs: TextRun[]) => new Paragraph({ children: runs, spacing: { after: 80 } });
  const body: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: documentTitle(doc), bold: true, font: FONT, size: TITLE_SIZE })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(r.number ?? '编号：（生效时编号）')] }),
    line(text(`纠纷编号：${doc.disputeNumber}`)),
  ];
  if (doc.masked) body.push(line(text(MASKED_NOTICE, true)));
  if (r.missingItems.length > 0) {
    body.push(line(text(`本协议书尚缺必备事项：${r.missingItems.map((item) => item.zh).join('、')}`, true)));
  }
  for (const section of documentSections(doc)) {
    body.push(line(text(section.heading, true)));
    for (const item of section.lines) {
      const value = item.value === null || item.value.trim() === '' ? MISSING_MARK : item.value;
      body.push(item.label === null ? line(text(value)) : line(text(`${item.label}：`, true), text(value)));
    }
  }
  body.push(line(text(copiesSentence(doc))));
  doc.parties.forEach((party, index) => {
    const signed = r.signatures.find((s) => s.partyId === r.parties[index]?.id);
    body.push(
      line(
        text(
          `当事人（签名、盖章或按指印）：${party.name}　　${signatureText(signed?.at ?? null, signed?.method ?? null)}`,
        ),
      ),
    );
  });
  body.push(line(text(`调解员（签名）：＿＿＿＿＿＿　　${signatureText(r.mediatorSignedAt)}`)));
  body.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [text(`${doc.committee}（印章）　${signatureText(r.committeeSealedAt)}`)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [text(`生效日期：${effectiveDateText(doc)}`)],
    }),
  );
  const document = new Document({
    creator: 'Fengqiao',
    title: documentTitle(doc),
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}
