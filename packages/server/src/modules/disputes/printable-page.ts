/**
 * Where the print page's 打印 button gets its handler: the CSP (script-src 'self') forbids inline scripts, so it is
 * a file the web app serves (packages/web/public).
 */
const PRINT_SCRIPT = '/agreement-print.js';

/**
 * The shell of every printable page (agreement, minutes, analysis, report): its own style sheet (inline style is
 * allowed by the CSP), the 打印 toolbar, then its body.
 */
export function printablePage(page: { title: string; css: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(page.title)}</title>
<style>
${page.css}
</style>
<script src="${PRINT_SCRIPT}" defer></script></head>
<body>
<div class="toolbar"><button type="button" id="print-button">打印</button></div>
${page.body}
</body></html>`;
}

export function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
