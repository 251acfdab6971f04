import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripXmlForbidden } from './xml-text';

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
