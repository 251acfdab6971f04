import { type AnalysisBreakdown, type AnalysisSection, sectionSummary } from '@fengqiao/domain';
import { type AnalysisSource, countedFigure } from '../analysis-sources';
import { countIncidentsByClass, countIncidentsByUtcHour, countIncidentsByVillage } from './incidents-source.repository';

/** How many villages and hours a section names as hotspots. */
const HOTSPOTS = 5;

/**
 * 警情: incidents received in the period, by class, with the hotspot villages and hours (Beijing time) and the late
 * arrivals. Three grouped queries.
 */
export const incidentsAnalysisSource: AnalysisSource = {
  module: 'incidents',
  async section(exec, input) {
    const byClass = await countIncidentsByClass(exec, input);
    const byVillage = await countIncidentsByVillage(exec, input);
    const byHour = await countIncidentsByUtcHour(exec, input);
    const total = byClass.reduce((sum, row) => sum + Number(row.n), 0);
    const late = byClass.reduce((sum, row) => sum + Number(row.late ?? 0), 0);
    const classes: AnalysisBreakdown = {
      key: 'class',
      titleZh: '警情类别',
      titleEn: 'By class',
      rows: largestFirst(
        byClass.map((row) => ({
          key: row.class_code,
          labelZh: row.class_name,
          labelEn: row.class_code,
          count: Number(row.n),
        })),
      ),
    };
    const villages: AnalysisBreakdown = {
      key: 'village',
      titleZh: '高发村（社区）',
      titleEn: 'Hotspot villages',
      rows: largestFirst(
        byVillage.map((row) => ({
          key: row.village_id,
          labelZh: row.village_name,
          labelEn: row.village_name,
          count: Number(row.n),
        })),
      ).slice(0, HOTSPOTS),
    };
    const hourCounts = new Map<number, number>();
    for (const row of byHour) {
      const hour = (Number(row.utc_hour) + 8) % 24;
      hourCounts.set(hour, (hourCounts.get(hour) ?? 0) + Number(row.n));
    }
    const hours: AnalysisBreakdown = {
      key: 'hour',
      titleZh: '高发时段',
      titleEn: 'Hotspot hours',
      rows: largestFirst(
        [...hourCounts].map(([hour, count]) => {
          const label = `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;
          return { key: String(hour).padStart(2, '0'), labelZh: label, labelEn: label, count };
        }),
      ).slice(0, HOTSPOTS),
    };
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'incidents',
      titleZh: '警情',
      titleEn: 'Incidents',
      figures: [
        countedFigure('received', { zh: '新增警情', en: 'New incidents' }, total, '起'),
        countedFigure('late', { zh: '到场超时', en: 'Late arrivals' }, late, '起'),
      ],
      breakdowns: [classes, villages, hours],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};

/** Largest count first, then by key, so equal counts always print in the same order. */
function largestFirst<R extends { key: string; count: number }>(rows: R[]): R[] {
  return rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
