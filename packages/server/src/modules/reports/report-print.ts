import type { MonthlyReport, ReportSection } from '@fengqiao/domain';
import { esc, printablePage } from '../disputes/printable-page';
import {
  FIGURE_HEADINGS,
  figureCells,
  reportSubtitle,
  reportTitle,
  tableCells,
  tableHeadings,
} from './report-document';

/**
 * The printable A4 page (inline style is allowed by the CSP; the 打印 button's handler is the agreement page's
 * script file). A section whose module does not exist yet prints its sentence, never a row of zeros.
 */
export function monthlyReportHtml(report: MonthlyReport): string {
  const title = reportTitle(report);
  return printablePage({
    title,
    css: `@page { size: A4; margin: 20mm 18mm; }
html { background: #e5e5e5; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 12pt; line-height: 1.7; color: #000; margin: 0; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; gap: 4mm; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; font-family: sans-serif; font-size: 11pt; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
h1 { text-align: center; font-size: 20pt; margin: 0 0 3mm; }
.subtitle { text-align: center; font-size: 11pt; margin: 0 0 5mm; }
.subtitle p { margin: 0; }
h2 { font-size: 14pt; margin: 5mm 0 2mm; }
h3 { font-size: 12pt; margin: 3mm 0 1mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 10.5pt; }
th, td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.number { text-align: right; white-space: nowrap; }
.unavailable { color: #555; font-style: italic; }
.warning { font-weight: bold; }
h1, h2, h3 { break-after: avoid; }
tr { break-inside: avoid; }
@media print {
  .toolbar { display: none; }
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  th { background: none; }
}`,
    body: `<main class="page">
<h1>${esc(title)}</h1>
<div class="subtitle">${reportSubtitle(report)
      .map((line) => `<p>${esc(line)}</p>`)
      .join('')}</div>
${report.sections.map(sectionHtml).join('\n')}
</main>`,
  });
}

function sectionHtml(section: ReportSection): string {
  const heading = `<h2>${esc(section.titleZh)}</h2>`;
  if (!section.available) return `<section>${heading}<p class="unavailable">${esc(section.textZh)}</p></section>`;
  const figures =
    section.figures.length === 0
      ? ''
      : tableHtml(
          [...FIGURE_HEADINGS],
          section.figures.map((figure) => figureCells(figure)),
        );
  const tables = section.tables
    .map((table) => `<h3>${esc(table.titleZh)}</h3>${tableHtml(tableHeadings(table), tableCells(table))}`)
    .join('');
  const notes =
    section.notes.length === 0
      ? ''
      : `<ol>${section.notes
          .map((note) => `<li${note.level === 'warning' ? ' class="warning"' : ''}>${esc(note.textZh)}</li>`)
          .join('')}</ol>`;
  return `<section>${heading}${figures}${tables}${notes}</section>`;
}

function tableHtml(headings: readonly string[], rows: readonly string[][]): string {
  const head = `<tr>${headings.map((cell) => `<th>${esc(cell)}</th>`).join('')}</tr>`;
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td${index > 0 && /^\d/.test(cell) ? ' class="number"' : ''}>${esc(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
