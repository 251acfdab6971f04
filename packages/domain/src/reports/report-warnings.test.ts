import { describe, expect, it } from 'vitest';
import { statsFigure, statsRate } from '../statistics/stats-figures';
import type { ReportFigure, ReportSection, ReportTable } from './monthly-report.schema';
import { REPORT_KEYS, reportWarnings } from './report-warnings';

function count(key: string, labelZh: string, current: number, lastYear: number): ReportFigure {
  const figure = statsFigure(
    { measure: key, labelZh, labelEn: labelZh },
    { current, lastYear, previous: current },
    { current: null },
  );
  return { kind: 'count', key, ...figure };
}

function section(key: ReportSection['key'], figures: ReportFigure[], tables: ReportTable[] = []): ReportSection {
  return { key, titleZh: key, titleEn: key, available: true, figures, tables, notes: [] };
}

describe('report warnings', () => {
  it('warns of a class that rose or is new against last year, never of a fall', () => {
    const notes = reportWarnings([
      section('incidents', [
        count(REPORT_KEYS.incidentsTotal, '警情总数', 9, 4),
        count('incidents.received.criminal', '刑事警情', 1, 4),
        count('incidents.received.traffic', '交通警情', 5, 4),
        count('incidents.received.fire_rescue', '火灾及抢险救援', 3, 0),
      ]),
    ]);
    expect(notes.map((note) => note.textZh)).toEqual([
      '交通警情同比上升25.0%（4→5）',
      '火灾及抢险救援同比新增3起（上年同期为0）',
    ]);
  });

  it('warns of red and overdue disputes and of a resolution rate that fell, in 百分点 with its counts', () => {
    const rate = statsRate(
      { measure: REPORT_KEYS.resolutionRate, labelZh: '化解率', labelEn: 'Resolution rate' },
      { numerator: 8, denominator: 10, lastYear: { numerator: 9, denominator: 10 } },
      { numerator: null, denominator: null },
    );
    const notes = reportWarnings([
      section('disputes', [
        count(REPORT_KEYS.disputesRed, '红色预警', 2, 0),
        count(REPORT_KEYS.disputesOverdue, '超期', 0, 1),
        { kind: 'rate', key: REPORT_KEYS.resolutionRate, ...rate },
      ]),
    ]);
    expect(notes.map((note) => note.textZh)).toEqual([
      '本月红色预警纠纷2件，须所长、综治办跟踪化解',
      '化解率同比下降10.0个百分点（8/10）',
    ]);
  });

  it('names the busiest village and hour with their raw counts, and says when nothing calls for a warning', () => {
    const row = (key: string, labelZh: string, n: number) => ({
      key,
      labelZh,
      labelEn: key,
      count: n,
      lastYear: 0,
      drill: null,
    });
    const table = (key: string, rows: ReturnType<typeof row>[]): ReportTable => ({
      key,
      titleZh: key,
      titleEn: key,
      columnZh: '',
      columnEn: '',
      rows,
      total: rows.reduce((sum, r) => sum + r.count, 0),
    });
    const notes = reportWarnings([
      section(
        'hotspots',
        [],
        [
          table(REPORT_KEYS.byVillage, [row('a', '双坪村', 2), row('b', '南垭村', 5)]),
          table(REPORT_KEYS.byHour, [row('21', '21时', 3), row('22', '22时', 3)]),
        ],
      ),
    ]);
    expect(notes.map((note) => [note.level, note.textZh])).toEqual([
      ['info', '本月未发现需预警的问题'],
      ['info', '警情最多的村（社区）：南垭村，5起（全镇7起）'],
      ['info', '警情最多的时段：21时，3起'],
    ]);
  });

  it('reads nothing from a section that is unavailable', () => {
    const unavailable: ReportSection = {
      key: 'disputes',
      titleZh: '',
      titleEn: '',
      available: false,
      textZh: '',
      textEn: '',
    };
    expect(reportWarnings([unavailable])).toEqual([
      { level: 'info', textZh: '本月未发现需预警的问题', textEn: 'Nothing this month calls for a warning' },
    ]);
  });
});
