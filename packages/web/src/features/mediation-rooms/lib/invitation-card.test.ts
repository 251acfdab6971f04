import { describe, expect, it } from 'vitest';
import { invitationCardHtml, svgDataUrl } from './invitation-card';

const card = {
  title: '线上调解邀请',
  roomTitle: '段江村<土地>纠纷',
  guestName: '王德明',
  link: 'https://fq.example/join/abc',
  expires: '有效期至 2026年12月3日 18:00',
  help: '请用手机扫描二维码，或在浏览器中打开链接。',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
};

describe('invitationCardHtml', () => {
  it('prints the QR as an image, never as markup run in the page', () => {
    const html = invitationCardHtml(card);
    expect(html).toContain(`<img src="${svgDataUrl(card.qrSvg)}"`);
    expect(html).not.toContain('<svg');
  });

  it('escapes the names and the room title', () => {
    const html = invitationCardHtml({ ...card, guestName: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('段江村&lt;土地&gt;纠纷');
  });

  it('shows the link and the expiry beside the code, for someone who cannot scan', () => {
    const html = invitationCardHtml(card);
    expect(html).toContain('https://fq.example/join/abc');
    expect(html).toContain('有效期至 2026年12月3日 18:00');
  });
});
