import {
  formatBeijingDate,
  formatBeijingDateTime,
  KEY_PERSON_CATEGORY_LABELS,
  KEY_PERSON_LEVEL_LABELS,
  KEY_PERSON_REQUEST_KIND_LABELS,
  KEY_PERSON_REQUEST_STATE_LABELS,
  KEY_PERSON_STATUS_LABELS,
  KEY_PERSON_VISIT_METHOD_LABELS,
  type KeyPersonDetail,
  type KeyPersonVisit,
  VISIT_STATUS_LABELS,
} from '@fengqiao/domain';
import { esc, printablePage } from '../disputes/printable-page';

/**
 * One key person's record on A4 (重点人员管控档案): the profile as the screen shows it (ID number, phone and address
 * masked: paper travels), the latest visits and the control changes, marked 内部资料 on every page.
 */
export function keyPersonHtml(kp: KeyPersonDetail, visits: readonly KeyPersonVisit[], printedAt: Date): string {
  const day = (value: string | null) => (value ? formatBeijingDate(value) : '');
  const rows: [string, string][] = [
    ['姓名', kp.name],
    ['村（社区）', kp.villageName],
    ['类别', KEY_PERSON_CATEGORY_LABELS[kp.category].zh],
    ['管控级别', KEY_PERSON_LEVEL_LABELS[kp.level].zh],
    ['状态', KEY_PERSON_STATUS_LABELS[kp.status].zh],
    ['身份证号', kp.idNumberMasked ?? ''],
    ['联系电话', kp.phoneMasked ?? ''],
    ['住址', kp.addressMasked ?? ''],
    ['列管日期', day(kp.since)],
    ['责任民警', kp.responsibleOfficer?.name ?? ''],
    ['责任辅警', kp.responsibleAuxiliary?.name ?? ''],
    ['列管依据', kp.basis ?? ''],
    ['最近走访', day(kp.lastVisitOn)],
    ['下次走访期限', `${day(kp.nextVisitDue)}${kp.visitStatus ? `（${VISIT_STATUS_LABELS[kp.visitStatus].zh}）` : ''}`],
  ];
  const profile = rows.map(([label, value]) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`).join('');
  const visitRows = visits
    .map(
      (v) =>
        `<tr><td>${esc(formatBeijingDateTime(v.visitedAt))}</td><td>${esc(KEY_PERSON_VISIT_METHOD_LABELS[v.method].zh)}</td>` +
        `<td>${esc(v.visitorName)}</td><td>${esc(v.findings ?? '')}</td></tr>`,
    )
    .join('');
  const history = kp.history
    .map(
      (h) =>
        `<tr><td>${esc(day(h.requestedAt))}</td><td>${esc(KEY_PERSON_REQUEST_KIND_LABELS[h.kind].zh)}` +
        `${h.toLevel ? `：${esc(KEY_PERSON_LEVEL_LABELS[h.fromLevel].zh)} → ${esc(KEY_PERSON_LEVEL_LABELS[h.toLevel].zh)}` : ''}</td>` +
        `<td>${esc(h.reason)}</td><td>${esc(KEY_PERSON_REQUEST_STATE_LABELS[h.state].zh)}</td></tr>`,
    )
    .join('');
  return printablePage({
    title: `重点人员管控档案 ${kp.name}`,
    css: `@page { size: A4; margin: 20mm 18mm; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 12pt; line-height: 1.6; margin: 0; }
.toolbar { display: flex; justify-content: center; padding: 3mm; background: #f5f5f5; font-family: sans-serif; }
.page { width: 210mm; margin: 0 auto; padding: 12mm 18mm; box-sizing: border-box; }
.secret { text-align: right; color: #a00; font-weight: bold; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 5mm 0 1mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { width: 30mm; font-weight: normal; background: #f2f2f2; }
.foot { margin-top: 6mm; font-size: 10pt; color: #444; }
@media print { .toolbar { display: none; } .page { padding: 0; } }`,
    body: `<div class="page"><p class="secret">内部资料 注意保密</p><h1>重点人员管控档案</h1>
<table><tbody>${profile}</tbody></table>
<h2>走访记录</h2><table><thead><tr><th>时间</th><th>方式</th><th>走访人</th><th>情况</th></tr></thead><tbody>${visitRows}</tbody></table>
<h2>管控调整记录</h2><table><thead><tr><th>日期</th><th>事项</th><th>理由</th><th>结果</th></tr></thead><tbody>${history}</tbody></table>
<p class="foot">打印时间：${esc(formatBeijingDateTime(printedAt))}</p></div>`,
  });
}
