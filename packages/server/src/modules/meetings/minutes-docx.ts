import type { Meeting } from '@fengqiao/domain';
import type { Paragraph } from 'docx';
import { docxA4, docxLine as line, docxText as text } from '../disputes/docx-page';
import { minutesSections, minutesTitle, signatureLines } from './minutes-print';

/** The minutes as a Word document with the same content as the print page (minutes-print.ts). */
export async function minutesDocx(meeting: Meeting): Promise<Buffer> {
  const body: Paragraph[] = [];
  for (const section of minutesSections(meeting)) {
    body.push(line(text(section.heading, true)));
    for (const paragraph of section.paragraphs) body.push(line(text(paragraph)));
  }
  body.push(line(text('参会人员签名', true)));
  for (const signature of signatureLines(meeting)) body.push(line(text(signature)));
  return docxA4(minutesTitle(meeting), body);
}
