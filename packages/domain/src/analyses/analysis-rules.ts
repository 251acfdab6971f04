/**
 * The life of an analysis (domain.md §6): a draft is assembled from the data and edited by a person holding
 * analysis.write; a person holding analysis.sign signs it, after which it is read-only (its figures and text are
 * what was signed, whatever the records do later); a signed analysis may be archived. One analysis per town, kind
 * and period (the table's unique index keeps it so even under concurrent requests).
 */
import type { AnalysisSection } from './analysis.schema';

export const ANALYSIS_STATES = ['draft', 'signed', 'archived'] as const;
export type AnalysisState = (typeof ANALYSIS_STATES)[number];

export const ANALYSIS_KIND_LABELS = {
  daily: { zh: '日分析', en: 'Daily analysis' },
  weekly: { zh: '周研判', en: 'Weekly judgement' },
} as const;

export type AnalysisChangeProblem = 'ANALYSIS_SIGNED' | 'ANALYSIS_JUDGEMENT_REQUIRED' | 'ANALYSIS_NOT_SIGNED';

/** What the caller holds over the analysis's town. */
export interface AnalysisGrants {
  mayWrite: boolean;
  maySign: boolean;
}

/** The buttons a reader sees: a draft is edited, regenerated and signed; a signed one archived; every one printed. */
export function analysisActions(state: AnalysisState, grants: AnalysisGrants): string[] {
  const actions: string[] = [];
  if (state === 'draft') {
    if (grants.mayWrite) actions.push('edit', 'regenerate');
    if (grants.maySign) actions.push('sign');
  }
  if (state === 'signed' && grants.maySign) actions.push('archive');
  actions.push('print');
  return actions;
}

/** Editing the text or regenerating the figures: only while a draft. */
export function analysisEditProblem(state: AnalysisState): AnalysisChangeProblem | null {
  return state === 'draft' ? null : 'ANALYSIS_SIGNED';
}

/** Signing: a draft with a judgement written (a signature under an empty judgement signs nothing). */
export function analysisSignProblem(state: AnalysisState, judgement: string): AnalysisChangeProblem | null {
  if (state !== 'draft') return 'ANALYSIS_SIGNED';
  if (judgement.trim() === '') return 'ANALYSIS_JUDGEMENT_REQUIRED';
  return null;
}

/** Archiving: a signed analysis, once. */
export function analysisArchiveProblem(state: AnalysisState): AnalysisChangeProblem | null {
  return state === 'signed' ? null : 'ANALYSIS_NOT_SIGNED';
}

/** A section's summary sentence from its figures and the top rows of its first breakdown. */
export function sectionSummary(section: Omit<AnalysisSection, 'summaryZh'>): string {
  const figures = section.figures
    .map((f) => `${f.labelZh}${f.count}${f.unitZh}${f.changeZh ? `，环比${f.changeZh}` : ''}`)
    .join('；');
  const top = section.breakdowns[0]?.rows.filter((row) => row.count > 0).slice(0, 3) ?? [];
  const detail =
    top.length > 0
      ? `；${section.breakdowns[0]?.titleZh}前列：${top.map((r) => `${r.labelZh}${r.count}`).join('、')}`
      : '';
  return `${section.titleZh}：${figures || '无'}${detail}。`;
}

/** The judgement a draft opens with: the sections' summaries, then a line for the person's own assessment. */
export function draftJudgement(sections: readonly AnalysisSection[]): string {
  return [...sections.map((s) => s.summaryZh), '研判意见：'].join('\n');
}
