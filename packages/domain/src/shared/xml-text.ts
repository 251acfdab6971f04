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
