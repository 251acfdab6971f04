export interface InvitationCard {
  title: string;
  roomTitle: string;
  guestName: string;
  link: string;
  expires: string;
  help: string;
  /** The server's QR code of the link, as SVG markup. */
  qrSvg: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The SVG as an image source: an image cannot run scripts, markup pasted into the page could. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The printed invitation (打印邀请卡): a card the auxiliary officer hands to a party who has no smartphone at hand
 * today, with the code, the link written out and when it expires; printed from a window of its own so the room page
 * and its video stay as they are.
 */
export function invitationCardHtml(card: InvitationCard): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(card.title)}</title>
<style>
  body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; }
  .card { width: 120mm; margin: 20mm auto; padding: 10mm; border: 1px solid #333; text-align: center; }
  h1 { font-size: 20pt; margin: 0 0 4mm; }
  .room { font-size: 13pt; margin-bottom: 2mm; }
  .guest { font-size: 15pt; font-weight: bold; margin-bottom: 4mm; }
  img { width: 60mm; height: 60mm; }
  .link { font-family: monospace; font-size: 10pt; word-break: break-all; margin-top: 4mm; }
  .small { font-size: 10pt; color: #555; margin-top: 2mm; }
</style></head>
<body><div class="card">
  <h1>${escapeHtml(card.title)}</h1>
  <div class="room">${escapeHtml(card.roomTitle)}</div>
  <div class="guest">${escapeHtml(card.guestName)}</div>
  <img src="${svgDataUrl(card.qrSvg)}" alt="">
  <div class="link">${escapeHtml(card.link)}</div>
  <div class="small">${escapeHtml(card.expires)}</div>
  <div class="small">${escapeHtml(card.help)}</div>
</div></body></html>`;
}
