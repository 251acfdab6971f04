import { describe, expect, it } from 'vitest';
import {
  analysisActions,
  analysisArchiveProblem,
  analysisEditProblem,
  analysisSignProblem,
  draftJudgement,
  sectionSummary,
} from './analysis-rules';

describe('analysis actions', () => {
  it('offers edit and regenerate to writers and sign to signers while a draft', () => {
    expect(analysisActions('draft', { mayWrite: true, maySign: true })).toEqual([
      'edit',
      'regenerate',
      'sign',
      'print',
    ]);
    expect(analysisActions('draft', { mayWrite: true, maySign: false })).toEqual(['edit', 'regenerate', 'print']);
    expect(analysisActions('draft', { mayWrite: false, maySign: false })).toEqual(['print']);
  });
  it('offers nothing but archive and print once signed, and only print once archived', () => {
    expect(analysisActions('signed', { mayWrite: true, maySign: true })).toEqual(['archive', 'print']);
    expect(analysisActions('signed', { mayWrite: true, maySign: false })).toEqual(['print']);
    expect(analysisActions('archived', { mayWrite: true, maySign: true })).toEqual(['print']);
  });
});

describe('analysis changes', () => {
  it('edits a draft only: a signed analysis is read-only', () => {
    expect(analysisEditProblem('draft')).toBeNull();
    expect(analysisEditProblem('signed')).toBe('ANALYSIS_SIGNED');
    expect(analysisEditProblem('archived')).toBe('ANALYSIS_SIGNED');
  });
  it('signs a draft with a judgement, once', () => {
    expect(analysisSignProblem('draft', '研判意见：平稳')).toBeNull();
    expect(analysisSignProblem('draft', '  \n ')).toBe('ANALYSIS_JUDGEMENT_REQUIRED');
    expect(analysisSignProblem('signed', '研判意见：平稳')).toBe('ANALYSIS_SIGNED');
  });
  it('archives a signed analysis only', () => {
    expect(analysisArchiveProblem('signed')).toBeNull();
    expect(analysisArchiveProblem('draft')).toBe('ANALYSIS_NOT_SIGNED');
    expect(analysisArchiveProblem('archived')).toBe('ANALYSIS_NOT_SIGNED');
  });
});

describe('draft text', () => {
  const section = {
    module: 'incidents',
    titleZh: '警情',
    titleEn: 'Incidents',
    figures: [
      {
        key: 'received',
        labelZh: '新增警情',
        labelEn: 'New',
        count: 5,
        unitZh: '起',
        previous: 4,
        changeZh: '上升25.0%（4→5）',
        changeEn: 'Up 25.0% (4 → 5)',
      },
      {
        key: 'late',
        labelZh: '迟到',
        labelEn: 'Late',
        count: 1,
        unitZh: '起',
        previous: null,
        changeZh: null,
        changeEn: null,
      },
    ],
    breakdowns: [
      {
        key: 'class',
        titleZh: '类别',
        titleEn: 'Class',
        rows: [
          { key: 'a', labelZh: '盗窃', labelEn: 'Theft', count: 3 },
          { key: 'b', labelZh: '纠纷', labelEn: 'Dispute', count: 2 },
          { key: 'c', labelZh: '交通', labelEn: 'Traffic', count: 0 },
        ],
      },
    ],
  };
  it('sums a section up with its counts and top rows, leaving out zero rows', () => {
    expect(sectionSummary(section)).toBe('警情：新增警情5起，环比上升25.0%（4→5）；迟到1起；类别前列：盗窃3、纠纷2。');
  });
  it('opens the judgement with every summary and a line for the assessment', () => {
    expect(
      draftJudgement([
        { ...section, summaryZh: '甲。' },
        { ...section, summaryZh: '乙。' },
      ]),
    ).toBe('甲。\n乙。\n研判意见：');
  });
});
