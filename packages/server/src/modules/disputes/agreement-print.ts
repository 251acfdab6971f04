import {
  AGREEMENT_ITEM_LABELS,
  type AgreementItemCode,
  type AgreementRecord,
  formatBeijingDate,
  formatBeijingDateTime,
  type MediationTrack,
  PARTY_ROLE_LABELS,
  type PartyRole,
  SIGNATURE_METHOD_LABELS,
  type SignatureMethod,
} from '@fengqiao/domain';
import { esc, printablePage } from './printable-page';

/**
 * A party as the document shows them: in clear on the original the parties sign, masked on the copy printed by
 * someone who may not unmask them (AgreementsService.document decides).
 */
export interface AgreementDocumentParty {
  role: PartyRole;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  age: number | null;
  idNumber: string | null;
  occupation: string | null;
  address: string | null;
  phone: string | null;
  agent: string | null;
}

export interface AgreementDocument {
  record: AgreementRecord;
  track: MediationTrack;
  disputeNumber: string;
  /** Who issues it: the town's people's mediation committee, or the police station for police mediation. */
  committee: string;
  /** The parties' personal data is masked: a copy for reading, not the original for signing. */
  masked: boolean;
  parties: AgreementDocumentParty[];
}

/**
 * One line of the document: a label and its value, or null when the Art. 29 item is missing. A section whose
 * heading already names its one item has a line without a label, so the heading is not printed twice.
 */
export interface DocumentLine {
  label: string | null;
  value: string | null;
}

export interface DocumentSection {
  heading: string;
  lines: DocumentLine[];
}

const SEX_TEXT: Record<string, string> = { male: '男', female: '女' };
export const MISSING_MARK = '【缺】';

/**
 * The content of the agreement in the order offices print it, shared by the HTML page and the DOCX so both carry
 * the same items: parties with every Art. 29 item, facts, matters, responsibilities, terms with manner, place and
 * deadline of performance. A missing item keeps its line, valued null, so the print can mark it.
 */
export function documentSections(doc: AgreementDocument): DocumentSection[] {
  const label = (code: AgreementItemCode) => AGREEMENT_ITEM_LABELS[code].zh;
  const r = doc.record;
  const sections: DocumentSection[] = doc.parties.map((p, index) => ({
    heading: `当事人${index + 1}（${PARTY_ROLE_LABELS[p.role].zh}）`,
    lines: [
      { label: label('PARTY_NAME'), value: p.name || null },
      { label: label('PARTY_SEX'), value: p.sex ? (SEX_TEXT[p.sex] ?? p.sex) : null },
      { label: label('PARTY_ETHNICITY'), value: p.ethnicity },
      {
        label: label('PARTY_AGE_OR_ID_NUMBER'),
        value: p.idNumber ?? (p.age === null ? null : `${p.age}岁`),
      },
      { label: label('PARTY_OCCUPATION'), value: p.occupation },
      { label: label('PARTY_ADDRESS'), value: p.address },
      { label: label('PARTY_PHONE'), value: p.phone },
      { label: '委托代理人', value: p.agent ?? '无' },
    ],
  }));
  if (doc.parties.length < 2) {
    sections.push({ heading: label('PARTIES'), lines: [{ label: null, value: null }] });
  }
  if (r.kind === 'oral') {
    sections.push({
      heading: '口头协议内容',
      lines: [
        { label: '协议内容', value: r.content },
        { label: '记录时间', value: r.recordedAt ? formatBeijingDateTime(r.recordedAt) : null },
      ],
    });
    return sections;
  }
  sections.push(
    { heading: label('FACTS'), lines: [{ label: null, value: r.facts }] },
    { heading: label('DISPUTED_MATTERS'), lines: [{ label: null, value: r.disputedMatters }] },
    { heading: label('RESPONSIBILITIES'), lines: [{ label: null, value: r.responsibilities }] },
    {
      heading: `经调解，${partiesWord(doc)}自愿达成如下协议`,
      lines: [
        { label: label('TERMS'), value: r.terms },
        { label: label('PERFORMANCE_MANNER'), value: r.performanceManner },
        { label: label('PERFORMANCE_PLACE'), value: r.performancePlace },
        {
          label: label('PERFORMANCE_DEADLINE'),
          value: r.performanceDeadline ? formatBeijingDate(r.performanceDeadline) : null,
        },
      ],
    },
  );
  return sections;
}

export function documentTitle(doc: AgreementDocument): string {
  if (doc.track === 'police') return '治安调解协议书';
  if (doc.record.kind === 'oral') return '口头调解协议登记';
  return doc.track === 'people' ? '人民调解协议书' : '行政调解协议书';
}

/** Two parties are 双方; three or more are 各方 (a document naming 双方 over three signatures misstates who agreed). */
function partiesWord(doc: AgreementDocument): string {
  return doc.parties.length > 2 ? '各方当事人' : '双方当事人';
}

/**
 * How many copies are made and when it takes effect. An oral agreement has no copies: the mediator records it and
 * it takes effect that day (Arts. 28, 30).
 */
export function copiesSentence(doc: AgreementDocument): string {
  if (doc.record.kind === 'oral' || doc.record.copies === null) return '本口头协议由调解员记录，自记录之日起生效。';
  const holder = doc.track === 'people' ? '人民调解委员会' : doc.track === 'police' ? '公安机关' : '调解机关';
  return `本协议书一式${doc.record.copies}份，${partiesWord(doc)}各执一份，${holder}留存一份，自各方当事人签名（盖章或按指印）、调解员签名并加盖${holder}印章之日起生效。`;
}

/** Shown above the document when the parties' personal data is masked, in both the HTML page and the DOCX. */
export const MASKED_NOTICE = '本件当事人身份证号码、联系电话、住址已脱敏，仅供查阅，不作签署原件。';

export const BLANK_DATE = '＿＿＿＿年＿＿月＿＿日';

export function signatureText(at: string | null, method: SignatureMethod | null = null): string {
  if (!at) return BLANK_DATE;
  return `${method ? `${SIGNATURE_METHOD_LABELS[method].zh} ` : ''}${formatBeijingDate(at)}`;
}

/** The effective day as printed, or a blank to fill in by hand. */
export function effectiveDateText(doc: AgreementDocument): string {
  return doc.record.effectiveDate ? formatBeijingDate(doc.record.effectiveDate) : BLANK_DATE;
}

/**
 * The printable page (inline style is allowed by the CSP): on screen an A4 sheet with a 打印 toolbar, on paper
 * only the document. Missing Art. 29 items are printed as 【缺】 and listed in a notice above the document, so
 * nobody signs an incomplete original by mistake.
 */
export function agreementHtml(doc: AgreementDocument): string {
  const r = doc.record;
  const title = documentTitle(doc);
  const sections = documentSections(doc)
    .map(
      (section) =>
        `<section><h2>${esc(section.heading)}</h2>${section.lines
          .map(
            (line) =>
              `<p>${line.label === null ? '' : `<span class="label">${esc(line.label)}：</span>`}${
                line.value === null || line.value.trim() === ''
                  ? `<span class="missing">${MISSING_MARK}</span>`
                  : esc(line.value)
              }</p>`,
          )
          .join('')}</section>`,
    )
    .join('');
  const missing =
    r.missingItems.length > 0
      ? `<div class="notice">本协议书尚缺必备事项：${esc(r.missingItems.map((item) => item.zh).join('、'))}</div>`
      : '';
  const masked = doc.masked ? `<div class="masked">${esc(MASKED_NOTICE)}</div>` : '';
  const partySignatures = doc.parties
    .map((p, index) => {
      const signed = r.signatures.find((s) => s.partyId === r.parties[index]?.id);
      return `<p>当事人（签名、盖章或按指印）：${esc(p.name)}　　${esc(signatureText(signed?.at ?? null, signed?.method ?? null))}</p>`;
    })
    .join('');
  return printablePage({
    title: `${title} ${r.number ?? ''}`,
    css: `@page { size: A4; margin: 25mm 20mm; }
html { background: #e5e5e5; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 14pt; line-height: 1.8; color: #000; margin: 0; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; gap: 4mm; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; font-family: sans-serif; font-size: 11pt; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 4mm 0 1mm; }
p { margin: 0 0 1mm; }
.number { text-align: right; margin-bottom: 6mm; }
.label { font-weight: bold; }
.missing { color: #c00; font-weight: bold; }
.notice { border: 1px solid #c00; color: #c00; padding: 2mm 4mm; margin-bottom: 4mm; }
.masked { border: 1px solid #000; padding: 2mm 4mm; margin-bottom: 4mm; }
.signatures { margin-top: 12mm; }
.seal { text-align: right; margin-top: 8mm; }
h1, h2 { break-after: avoid; }
.signatures, .seal { break-inside: avoid; }
@media print {
  .toolbar, .notice { display: none; }
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}`,
    body: `<main class="page">
${missing}
${masked}
<h1>${esc(title)}</h1>
<div class="number">${esc(r.number ?? '编号：（生效时编号）')}</div>
<p>纠纷编号：${esc(doc.disputeNumber)}</p>
${sections}
<p>${esc(copiesSentence(doc))}</p>
<div class="signatures">
${partySignatures}
<p>调解员（签名）：＿＿＿＿＿＿　　${esc(signatureText(r.mediatorSignedAt))}</p>
</div>
<div class="seal">
<p>${esc(doc.committee)}（印章）　${esc(signatureText(r.committeeSealedAt))}</p>
<p>生效日期：${esc(effectiveDateText(doc))}</p>
</div>
</main>`,
  });
}
