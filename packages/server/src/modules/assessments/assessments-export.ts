import {
  ASSESSMENT_ITEM_LABELS,
  ASSESSMENT_ITEMS,
  assessmentAsciiName,
  assessmentFileName,
  stripXmlForbidden,
} from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import type { AssessmentsService } from './assessments.service';

/** The workbook and the names it is saved under (Chinese, and ASCII for clients that cannot read `filename*`). */
export interface AssessmentWorkbook {
  body: Buffer;
  fileName: string;
  asciiName: string;
}

/**
 * The Excel export of a month: the ranking by district on one sheet, every officer's points per item on the other.
 * Officers are named and nothing else personal is written; the rows are those the caller may read. Audited.
 */
export class AssessmentsExport {
  constructor(
    private readonly deps: Deps,
    private readonly assessments: AssessmentsService,
  ) {}

  async export(ctx: RequestContext, month: string): Promise<AssessmentWorkbook> {
    const { ranking, cards, townIds } = await this.assessments.rankingWithCards(ctx, month);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const workbook = new ExcelJS.Workbook();
      const rankingSheet = workbook.addWorksheet('排名');
      rankingSheet.addRow(['片区', '排名', '村（社区）', '驻村辅警', '总分', '状态']);
      for (const district of ranking.districts) {
        for (const entry of district.entries) {
          rankingSheet.addRow(
            [
              district.districtName,
              entry.rank,
              entry.officer.villageName,
              entry.officer.name,
              entry.total,
              entry.status === 'signed' ? '已签字' : '未签字',
            ].map(cell),
          );
        }
      }
      const itemsSheet = workbook.addWorksheet('分项得分');
      itemsSheet.addRow([
        '片区',
        '村（社区）',
        '驻村辅警',
        ...ASSESSMENT_ITEMS.map((item) => ASSESSMENT_ITEM_LABELS[item].zh),
        '调整前总分',
        '总分',
      ]);
      for (const card of cards) {
        itemsSheet.addRow(
          [
            card.officer.districtName,
            card.officer.villageName,
            card.officer.name,
            ...ASSESSMENT_ITEMS.map((item) => card.items.find((i) => i.item === item)?.points ?? 0),
            card.computedTotal,
            card.total,
          ].map(cell),
        );
      }
      await uow.audit({
        action: 'assessment.export',
        targetType: 'assessment',
        detail: { month, count: cards.length },
      });
      // The file is named after the town when the rows are of one town (a chief's or an officer's export).
      const [only, ...others] = townIds;
      const townName = only && others.length === 0 ? ((await findJurisdiction(uow.tx, only))?.name ?? null) : null;
      return {
        body: Buffer.from(await workbook.xlsx.writeBuffer()),
        fileName: assessmentFileName(townName, month),
        asciiName: assessmentAsciiName(month),
      };
    });
  }
}

/** Names keep what XML forbids out, so one odd character never makes the workbook unreadable. */
function cell(value: string | number): string | number {
  return typeof value === 'string' ? stripXmlForbidden(value) : value;
}
