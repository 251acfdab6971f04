import {
  ATTENDEE_KIND_LABELS,
  ATTENDEE_KINDS,
  formatBeijingDate,
  formatBeijingDateTime,
  MEETING_STATE_LABELS,
  type Meeting,
  TASK_PRIORITY_LABELS,
  TASK_STATE_LABELS,
  type TaskListItem,
} from '@fengqiao/domain';
import { esc, printablePage } from '../disputes/printable-page';
import { snapshotLines } from './snapshot-lines';

/** One block of the minutes: a heading and its paragraphs. */
export interface MinutesSection {
  heading: string;
  paragraphs: string[];
}

/**
 * The content of the minutes in the order offices print them, shared by the HTML page and the DOCX so both carry
 * the same: the meeting's particulars, attendees by side, the four items (the 情报研判 item with the frozen
 * figures, raw counts beside every percentage), the earlier tasks still waiting, and this meeting's tasks.
 */
export function minutesSections(meeting: Meeting): MinutesSection[] {
  const sections: MinutesSection[] = [
    {
      heading: '会议概况',
      paragraphs: [
        `时间：${formatBeijingDateTime(meeting.startsAt)}`,
        `地点：${meeting.place}`,
        `主持人：${meeting.chair?.name ?? '—'}`,
        `研判月份：${meeting.month.replace('-', '年').replace(/^(\d+年)0?/, '$1')}月`,
        `状态：${MEETING_STATE_LABELS[meeting.state].zh}`,
      ],
    },
    {
      heading: '参会人员',
      paragraphs: ATTENDEE_KINDS.flatMap((kind) => {
        const names = meeting.attendees
          .filter((a) => a.kind === kind && a.present)
          .map((a) => attendeeName([a.organizationName ?? a.villageName, a.name, a.title]));
        return names.length > 0 ? [`${ATTENDEE_KIND_LABELS[kind].zh}：${names.join('、')}`] : [];
      }),
    },
  ];
  if (meeting.carryOver.length > 0) {
    sections.push({ heading: '上次会商交办任务办理情况', paragraphs: meeting.carryOver.map(taskLine) });
  }
  meeting.items.forEach((item, index) => {
    const paragraphs = item.minutes.trim() === '' ? ['（无记录）'] : item.minutes.split(/\n+/);
    if (item.item === 'intel') {
      const figures =
        meeting.snapshot === null ? ['本月数据尚未冻结（会商召开时冻结）。'] : snapshotLines(meeting.snapshot);
      const asOf = meeting.snapshotAt ? `数据截至${formatBeijingDateTime(meeting.snapshotAt)}：` : '';
      paragraphs.unshift(...(asOf ? [asOf] : []), ...figures);
    }
    if (item.item === 'tasks' && meeting.tasks.length > 0) paragraphs.push(...meeting.tasks.map(taskLine));
    sections.push({ heading: `${'一二三四'[index]}、${item.labelZh}`, paragraphs });
  });
  return sections;
}

/**
 * An attendee's place, name and office, each part once: a department's account is named after the department and
 * a station account's name often carries its office ("周建国（所长）"), which would otherwise print twice.
 */
function attendeeName(parts: ReadonlyArray<string | null | undefined>): string {
  const shown: string[] = [];
  for (const part of parts) if (part && !shown.some((earlier) => earlier.includes(part))) shown.push(part);
  return shown.join(' ');
}

/** The attendees present, one signature line each. */
export function signatureLines(meeting: Meeting): string[] {
  return meeting.attendees.filter((a) => a.present).map((a) => `${a.name}（签名）：＿＿＿＿＿＿＿＿`);
}

export function minutesTitle(meeting: Meeting): string {
  return `${meeting.title}纪要`;
}

function taskLine(task: TaskListItem, index: number): string {
  return (
    `${index + 1}. ${task.title}（责任：${task.owner.name}${task.villageName ? `，${task.villageName}` : ''}；` +
    `期限：${formatBeijingDate(`${task.dueOn}T12:00:00+08:00`)}；${TASK_PRIORITY_LABELS[task.priority].zh}；` +
    `${task.overdue ? '已逾期' : TASK_STATE_LABELS[task.state].zh}）`
  );
}

/** The printable page: on screen an A4 sheet with a 打印 toolbar, on paper only the minutes. */
export function minutesHtml(meeting: Meeting): string {
  const title = minutesTitle(meeting);
  const sections = minutesSections(meeting)
    .map(
      (section) =>
        `<section><h2>${esc(section.heading)}</h2>${section.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</section>`,
    )
    .join('');
  const signatures = signatureLines(meeting)
    .map((line) => `<p>${esc(line)}</p>`)
    .join('');
  return printablePage({
    title,
    css: `@page { size: A4; margin: 25mm 20mm; }
html { background: #e5e5e5; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 14pt; line-height: 1.8; color: #000; margin: 0; }
.toolbar { position: sticky; top: 0; display: flex; justify-content: center; gap: 4mm; padding: 3mm; background: #f5f5f5; border-bottom: 1px solid #ccc; font-family: sans-serif; font-size: 11pt; }
.toolbar button { font-size: 12pt; padding: 1.5mm 8mm; cursor: pointer; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 25mm 20mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
h1 { text-align: center; font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 4mm 0 1mm; }
p { margin: 0 0 1mm; }
.signatures { margin-top: 12mm; break-inside: avoid; }
h1, h2 { break-after: avoid; }
@media print {
  .toolbar { display: none; }
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}`,
    body: `<main class="page">
<h1>${esc(title)}</h1>
${sections}
<div class="signatures"><h2>参会人员签名</h2>${signatures}</div>
</main>`,
  });
}
