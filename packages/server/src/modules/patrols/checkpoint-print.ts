import { formatBeijingDateTime } from '@fengqiao/domain';
import QRCode from 'qrcode';
import { esc, printablePage } from '../disputes/printable-page';

export interface PrintedCheckpoint {
  name: string;
  villageName: string;
  version: number;
  url: string;
}

/**
 * The A4 sheet of checkpoint codes: one cell per checkpoint with its QR code (inline SVG, so it prints sharp and
 * needs no image request), its name, village and print version; cells never break across pages, to be cut out and
 * posted at the checkpoint.
 */
export async function checkpointSheetHtml(input: {
  townName: string;
  printedAt: string;
  checkpoints: readonly PrintedCheckpoint[];
}): Promise<string> {
  const cells = await Promise.all(
    input.checkpoints.map(async (checkpoint) => {
      const svg = await QRCode.toString(checkpoint.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return `<div class="cell"><div class="qr">${svg}</div><div class="name">${esc(checkpoint.name)}</div><div class="meta">${esc(checkpoint.villageName)} · 第${checkpoint.version}版</div><div class="hint">夜巡签到：请用手机扫码</div></div>`;
    }),
  );
  const title = `${input.townName}夜间巡逻点二维码`;
  return printablePage({
    title,
    css: `@page { size: A4; margin: 12mm; }
html { background: #e5e5e5; }
body { font-family: "SimHei", "Heiti SC", sans-serif; margin: 0; color: #000; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { box-sizing: border-box; width: 210mm; margin: 8mm auto; padding: 12mm; background: #fff; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
.printed { text-align: center; font-size: 9pt; margin-bottom: 4mm; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
.cell { border: 1px dashed #666; padding: 3mm; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.qr svg { width: 48mm; height: 48mm; }
.name { font-size: 13pt; font-weight: bold; margin-top: 1mm; }
.meta, .hint { font-size: 9pt; }
@media print { html { background: #fff; } .toolbar { display: none; } .page { margin: 0; padding: 0; width: auto; } }`,
    body: `<div class="page"><h1>${esc(title)}</h1><div class="printed">打印时间：${esc(formatBeijingDateTime(input.printedAt))}　共 ${input.checkpoints.length} 个巡逻点　旧版二维码重新打印后即作废</div><div class="grid">${cells.join('')}</div></div>`,
  });
}
