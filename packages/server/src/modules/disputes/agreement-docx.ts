import { AlignmentType, Paragraph } from 'docx';
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
import { docxA4, docxLine as line, docxText as text } from './docx-page';

/** The agreement as a Word document with the same items as the print page (agreement-print.ts). */
export async function agreementDocx(doc: AgreementDocument): Promise<Buffer> {
  const r = doc.record;
  const body: Paragraph[] = [
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
  return docxA4(documentTitle(doc), body);
}
