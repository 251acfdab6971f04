import {
  DISPUTE_STATE_LABELS,
  DISPUTE_TIER_LABELS,
  type DisputeListQuery,
  disputeCategoryLabel,
  RISK_GRADE_LABELS,
} from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { exportScope, mayExportClear } from './disputes.policy';
import type { DisputesService } from './disputes.service';
import { listPartyRows } from './parties.repository';

const MAX_ROWS = 10_000;

/**
 * The Excel export of a filtered list. Party ID numbers and phones are masked unless the caller holds
 * dispute.unmask; the export, its filters and whether it was in clear are audited.
 */
export class DisputesExport {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  async export(ctx: RequestContext, query: Omit<DisputeListQuery, 'cursor' | 'limit'>): Promise<Buffer> {
    const { cipher } = this.deps;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await exportScope(tx, ctx);
      const clear = await mayExportClear(tx, ctx);
      const rows = await this.disputes.query(tx, scope, query, null, MAX_ROWS);
      const parties = await listPartyRows(
        tx,
        rows.map((row) => row.id),
      );
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('纠纷');
      sheet.addRow([
        '编号',
        '村（社区）',
        '类别',
        '层级',
        '状态',
        '风险',
        '简要情况',
        '当事人',
        '身份证号',
        '联系电话',
        '期限',
        '登记时间',
      ]);
      for (const row of rows) {
        const mine = parties.filter((party) => party.dispute_id === row.id);
        const reveal = (enc: string | null, masked: string | null) =>
          clear && enc ? cipher.decrypt(enc) : (masked ?? '');
        sheet.addRow([
          row.number,
          row.jurisdiction_name,
          disputeCategoryLabel(row.category).zh,
          DISPUTE_TIER_LABELS[row.tier as keyof typeof DISPUTE_TIER_LABELS].zh,
          DISPUTE_STATE_LABELS[row.state as keyof typeof DISPUTE_STATE_LABELS].zh,
          RISK_GRADE_LABELS[row.risk_grade as keyof typeof RISK_GRADE_LABELS].zh,
          row.summary,
          mine.map((party) => party.name).join('、'),
          mine.map((party) => reveal(party.id_number_enc, party.id_number_masked)).join('、'),
          mine.map((party) => reveal(party.phone_enc, party.phone_masked)).join('、'),
          row.deadline_at ?? '',
          row.created_at,
        ]);
      }
      await uow.audit({
        action: 'dispute.export',
        targetType: 'dispute',
        detail: { count: rows.length, unmasked: clear, filters: { ...query, q: query.q ? true : undefined } },
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    });
  }
}
