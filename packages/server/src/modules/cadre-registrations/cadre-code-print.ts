import { formatBeijingDateTime } from '@fengqiao/domain';
import QRCode from 'qrcode';
import { esc, printablePage } from '../disputes/printable-page';

/**
 * The A4 sheet of a village's cadre registration code: a large QR code (inline SVG, sharp in print) linking to the
 * public registration page, the village, how to scan, the link in text for typing, and the expiry in Beijing time.
 */
export async function cadreCodeSheetHtml(input: {
  townName: string;
  villageName: string;
  url: string;
  expiresAt: string;
  printedAt: string;
}): Promise<string> {
  const svg = await QRCode.toString(input.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const title = `${input.villageName}村干部注册二维码`;
  return printablePage({
    title,
    css: `@page { size: A4; margin: 15mm; }
html { background: #e5e5e5; }
body { font-family: "SimHei", "Heiti SC", sans-serif; margin: 0; color: #000; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { box-sizing: border-box; width: 210mm; margin: 8mm auto; padding: 20mm; background: #fff; text-align: center; }
h1 { font-size: 22pt; margin: 0 0 4mm; }
.town { font-size: 13pt; margin-bottom: 8mm; }
.qr svg { width: 110mm; height: 110mm; }
ol { text-align: left; font-size: 13pt; line-height: 1.8; margin: 8mm auto; width: 150mm; }
.link { font-family: monospace; font-size: 10pt; word-break: break-all; }
.expiry { font-size: 13pt; font-weight: bold; margin-top: 6mm; }
.printed { font-size: 9pt; margin-top: 4mm; }
@media print { html { background: #fff; } .toolbar { display: none; } .page { margin: 0; padding: 0; width: auto; } }`,
    body: `<div class="page"><h1>${esc(title)}</h1><div class="town">${esc(input.townName)} · ${esc(input.villageName)}</div><div class="qr">${svg}</div><ol><li>用手机微信或浏览器扫描上方二维码，打开注册页面。</li><li>填写姓名、手机号、职务，设置用户名和密码后提交。</li><li>派出所审批通过后，用所设用户名和密码登录平台。</li></ol><div class="link"><a href="${esc(input.url)}">${esc(input.url)}</a></div><div class="expiry">有效期至：${esc(formatBeijingDateTime(input.expiresAt))}</div><div class="printed">打印时间：${esc(formatBeijingDateTime(input.printedAt))}　本码仅限${esc(input.villageName)}村干部注册使用，请勿外传</div></div>`,
  });
}
