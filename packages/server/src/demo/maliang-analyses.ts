import { type Analysis, addDays, analysisKeyOfDay, analysisPeriodContaining, shanghaiDate } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { AnalysesService } from '../modules/analyses/analyses.service';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';

/** How far back the demo's analyses go. */
const DAYS = 30;
const WEEKS = 12;

/**
 * Daily analyses of Maliang for the last 30 days and weekly judgements for the last 12 ISO weeks, assembled by the
 * analyses service itself from the demo's own incidents, disputes and duty logs. The chief (周建国) writes a
 * judgement from the figures and signs each one, except today's and this week's, which stay drafts. Runs last in
 * the seed's transaction, so the figures are those of the finished demo. Deterministic: the same records give the
 * same figures and the same text.
 */
export async function seedMaliangAnalyses(tx: Tx, deps: Deps, now: Date): Promise<number> {
  const chief = await findUserByUsername(tx, 'chief');
  if (!chief) throw new Error('demo: the chief account is missing');
  const grants = (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? [];
  const ctx = demoContext(chief, grants);
  const analyses = new AnalysesService(deps);
  const uow = new UnitOfWork(tx, ctx);
  const today = shanghaiDate(now);
  const thisWeek = analysisPeriodContaining('weekly', now).key;
  const periods: { kind: 'daily' | 'weekly'; key: string }[] = [];
  for (let i = DAYS - 1; i >= 0; i--) periods.push({ kind: 'daily', key: addDays(today, -i) });
  for (let i = WEEKS - 1; i >= 0; i--)
    periods.push({ kind: 'weekly', key: analysisKeyOfDay('weekly', addDays(today, -7 * i)) });
  for (const period of periods) {
    const made = await analyses.create(ctx, { kind: period.kind, period: period.key }, uow);
    if (period.key === today || period.key === thisWeek) continue;
    await analyses.update(ctx, made.id, { judgement: chiefJudgement(made) }, uow);
    await analyses.sign(ctx, made.id, uow);
  }
  return periods.length;
}

/** The chief's judgement: the drafted summaries, then an assessment that follows from the figures. */
function chiefJudgement(analysis: Analysis): string {
  const count = (module: string, key: string) =>
    analysis.sections.find((s) => s.module === module)?.figures.find((f) => f.key === key)?.count ?? 0;
  const hotspot = analysis.sections.find((s) => s.module === 'incidents')?.breakdowns.find((b) => b.key === 'village')
    ?.rows[0];
  const lines: string[] = [];
  if (count('disputes', 'red') > 0) lines.push('红色预警纠纷须当日落实稳控责任人，所长包案，综治办同步跟进。');
  if (count('disputes', 'overdue') > 0) lines.push('逾期纠纷由责任民警书面说明原因，限期办结。');
  if (count('incidents', 'late') > 0) lines.push('到场超时警情逐起复盘，优化夜间备勤。');
  if (hotspot && hotspot.count > 1) lines.push(`${hotspot.labelZh}警情相对集中，驻村辅警加密巡逻。`);
  if (lines.length === 0) lines.push('辖区治安总体平稳，继续做好矛盾纠纷排查和巡逻防控。');
  const summaries = analysis.sections.map((s) => s.summaryZh);
  return [...summaries, `研判意见：${lines.join('')}`].join('\n');
}
