import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsheetText, stripXmlForbidden } from './xml-text';

describe('stripXmlForbidden', () => {
  it('removes U+FFFF, U+FFFE, C0 controls and lone surrogates', () => {
    expect(stripXmlForbidden('山林\uFFFF纠纷\uFFFE')).toBe('山林纠纷');
    expect(stripXmlForbidden('a\u0000b\u0008c\u001Fd')).toBe('abcd');
    expect(stripXmlForbidden('x\uD800y\uDFFFz')).toBe('xyz');
  });

  it('keeps tabs, line breaks, Chinese text and characters beyond the BMP', () => {
    expect(stripXmlForbidden('第一行\r\n\t第二行 😀 𠀀')).toBe('第一行\r\n\t第二行 😀 𠀀');
  });

  it('leaves nothing XML forbids, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(stripXmlForbidden(text)).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
      }),
    );
  });
});

describe('spreadsheetText', () => {
  it('puts an apostrophe before text a spreadsheet would take for a formula', () => {
    expect(spreadsheetText("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(spreadsheetText('+1')).toBe("'+1");
    expect(spreadsheetText('-1')).toBe("'-1");
    expect(spreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetText('\t=1')).toBe("'\t=1");
    expect(spreadsheetText('＝HYPERLINK("x")')).toBe('\'＝HYPERLINK("x")');
  });

  it('leaves other text as it is, less what XML forbids', () => {
    expect(spreadsheetText('山林纠纷\uFFFF')).toBe('山林纠纷');
    expect(spreadsheetText('— 上升25.0%（4→5）')).toBe('— 上升25.0%（4→5）');
    expect(spreadsheetText('1. a=b')).toBe('1. a=b');
  });
});
