/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE
 * and U+FFFF. Free text ends up in XML (the Excel export, the DOCX), where one such character makes the whole file
 * unreadable, and none of them means anything a person typed on purpose.
 */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids; everything else (Chinese, emoji, line breaks) is kept. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * Characters that make a spreadsheet read a cell as a formula when it is edited or re-imported (CSV/formula
 * injection: `=cmd|' /C calc'!A0`, `=HYPERLINK(…)`), the full-width forms a Chinese input method types included.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Free text for a spreadsheet cell: without the characters XML forbids, and with a leading apostrophe when it would
 * start like a formula, so an exported name or title is shown as typed and never evaluated (the OWASP rule).
 */
export function spreadsheetText(text: string): string {
  const clean = stripXmlForbidden(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
