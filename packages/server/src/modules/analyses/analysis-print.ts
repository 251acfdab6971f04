import { ANALYSIS_KIND_LABELS, type Analysis, formatBeijingDateTime } from '@fengqiao/domain';
import { esc, printablePage } from '../disputes/printable-page';

/** The words an unsigned analysis carries on screen and on paper, so a draft is never taken for a signed one. */
const DRAFT_MARK = '草稿';
const UNSIGNED_NOTE = '未签发';

/**
 * The printable A4 page of an analysis: heading, period, each section's figures and breakdowns, the judgement and
 * the signature line. An unsigned draft prints with a 草稿 watermark across every page and 未签发 where the
 * signature goes.
 */
export function analysisHtml(a: Analysis): string {
  const title = `${a.townName}${ANALYSIS_KIND_LABELS[a.kind].zh}`;
  const draft = a.state === 'draft';
  const sections = a.sections
    .map((s, index) => {
      const figures = s.figures
        .map(
          (f) =>
            `<li>${esc(f.labelZh)}：<b>${f.count}</b>${esc(f.unitZh)}${f.changeZh ? `，环比${esc(f.changeZh)}` : ''}</li>`,
        )
        .join('');
      const tables = s.breakdowns
        .filter((b) => b.rows.some((r) => r.count > 0))
        .map(
          (b) =>
            `<table><caption>${esc(b.titleZh)}</caption><tbody>${b.rows
              .filter((r) => r.count > 0)
              .map((r) => `<tr><td>${esc(r.labelZh)}</td><td class="n">${r.count}</td></tr>`)
              .join('')}</tbody></table>`,
        )
        .join('');
      return `<section><h2>${CHINESE_ORDINALS[index] ?? index + 1}、${esc(s.titleZh)}</h2><ul>${figures}</ul>${tables}</section>`;
    })
    .join('');
  const judgement = a.judgement
    .split('\n')
    .map((line) => `<p>${esc(line)}</p>`)
    .join('');
  const signature = draft
    ? `<p class="unsigned">${UNSIGNED_NOTE}</p>`
    : `<p>签发人：${esc(a.signedByName ?? '')}　　签发时间：${esc(a.signedAt ? formatBeijingDateTime(a.signedAt) : '')}</p>`;
  return printablePage({
    title: `${title} ${a.period.labelZh}${draft ? `（${DRAFT_MARK}）` : ''}`,
    css: `@page { size: A4; margin: 20mm 18mm; }
html { background: #e5e5e5; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 12pt; line-height: 1.7; color: #000; margin: 0; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; gap: 4mm; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; font-family: sans-serif; font-size: 11pt; z-index: 2; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 120pt; color: rgba(200, 0, 0, 0.15); transform: rotate(-30deg); pointer-events: none; z-index: 1; letter-spacing: 0.2em; }
h1 { text-align: center; font-size: 20pt; margin: 0 0 2mm; }
.period { text-align: center; margin-bottom: 6mm; }
h2 { font-size: 14pt; margin: 5mm 0 1mm; }
ul { margin: 0 0 2mm; padding-left: 6mm; }
table { border-collapse: collapse; margin: 1mm 6mm 3mm 0; display: inline-table; vertical-align: top; }
caption { text-align: left; font-weight: bold; }
td { border: 1px solid #000; padding: 0.5mm 3mm; }
td.n { text-align: right; }
p { margin: 0 0 1mm; }
.unsigned { color: #c00; font-weight: bold; font-size: 14pt; }
.signature { margin-top: 10mm; break-inside: avoid; }
.meta { color: #555; font-size: 10pt; margin-top: 6mm; }
@media print {
  .toolbar { display: none; }
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}`,
    body: `${draft ? `<div class="watermark" aria-hidden="true">${DRAFT_MARK}</div>` : ''}
<main class="page">
<h1>${esc(title)}${draft ? `（${DRAFT_MARK}）` : ''}</h1>
<div class="period">${esc(a.period.labelZh)}</div>
${sections}
<section><h2>${CHINESE_ORDINALS[a.sections.length] ?? a.sections.length + 1}、研判意见</h2>${judgement}</section>
<div class="signature">${signature}</div>
<p class="meta">数据生成时间：${esc(formatBeijingDateTime(a.generatedAt))}</p>
</main>`,
  });
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
