import {
  DISPUTE_STATE_LABELS,
  DISPUTE_TIER_LABELS,
  type DisputeListQuery,
  disputeCategoryLabel,
  disputeLedgerAsciiName,
  disputeLedgerFileName,
  formatBeijingDateTime,
  RISK_GRADE_LABELS,
  spreadsheetText,
} from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { Executor } from '../../db/database';
import { inScope, type Scope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction, listJurisdictionsByIds } from '../directory/jurisdictions.repository';
import { exportScope, unmaskScope } from './disputes.policy';
import type { DisputesService } from './disputes.service';
import { listPartyRows } from './parties.repository';

const MAX_ROWS = 10_000;

/** The workbook and the names it is saved under (Chinese, and ASCII for clients that cannot read `filename*`). */
export interface DisputesWorkbook {
  body: Buffer;
  fileName: string;
  asciiName: string;
}

/**
 * The Excel export of a filtered list. Party ID numbers and phones are in clear only on the rows whose place lies
 * where the caller holds dispute.unmask (an officer exporting the town sees his districts' in clear, the rest
 * masked); the export, its filters and how many clear values it carried are audited in one row.
 */
export class DisputesExport {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  async export(ctx: RequestContext, query: Omit<DisputeListQuery, 'cursor' | 'limit'>): Promise<DisputesWorkbook> {
    const { cipher } = this.deps;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await exportScope(tx, ctx);
      const clearScope = await unmaskScope(tx, ctx);
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
      let unmaskedRows = 0;
      let unmaskedValues = 0;
      for (const row of rows) {
        const mine = parties.filter((party) => party.dispute_id === row.id);
        const clear =
          clearScope !== null && inScope(clearScope, { townId: row.town_id, jurisdictionId: row.jurisdiction_id });
        const reveal = (enc: string | null, masked: string | null) => {
          if (!(clear && enc)) return masked ?? '';
          unmaskedValues += 1;
          return cipher.decrypt(enc);
        };
        const cells = [
          row.number,
          row.jurisdiction_name,
          disputeCategoryLabel(row.category).zh,
          DISPUTE_TIER_LABELS[row.tier].zh,
          DISPUTE_STATE_LABELS[row.state].zh,
          RISK_GRADE_LABELS[row.risk_grade].zh,
          row.summary,
          listed(mine.map((party) => party.name)),
          listed(mine.map((party) => reveal(party.id_number_enc, party.id_number_masked))),
          listed(mine.map((party) => reveal(party.phone_enc, party.phone_masked))),
          row.deadline_at ? formatBeijingDateTime(row.deadline_at) : '',
          formatBeijingDateTime(row.created_at),
        ];
        // Older rows may hold characters XML forbids (stored before the contracts stripped them): one of them
        // would make the whole workbook unreadable. Summaries and names are typed in the villages: none may start
        // like a formula in the chief's spreadsheet.
        sheet.addRow(cells.map((cell) => spreadsheetText(cell)));
        if (clear) unmaskedRows += 1;
      }
      await uow.audit({
        action: 'dispute.export',
        targetType: 'dispute',
        detail: {
          count: rows.length,
          unmaskedRows,
          unmaskedValues,
          filters: { ...query, q: query.q ? true : undefined },
        },
      });
      const now = new Date();
      return {
        body: Buffer.from(await workbook.xlsx.writeBuffer()),
        fileName: disputeLedgerFileName(await townName(tx, scope), now),
        asciiName: disputeLedgerAsciiName(now),
      };
    });
  }
}

/** A cell listing the parties' values: a party without one is left out, so no 、 stands beside an empty value. */
function listed(values: readonly string[]): string {
  return values.filter((value) => value !== '').join('、');
}

/** The town the export covers, for its file name: null when the caller's reach spans several towns (a county). */
async function townName(db: Executor, scope: Scope): Promise<string | null> {
  const places = await listJurisdictionsByIds(db, [...scope.jurisdictionIds]);
  const towns = new Set([
    ...scope.townIds,
    ...(scope.assigned?.townIds ?? []),
    ...places.flatMap((place) => (place.town_id ? [place.town_id] : [])),
  ]);
  const [only] = towns;
  if (towns.size !== 1 || only === undefined) return null;
  return (await findJurisdiction(db, only))?.name ?? null;
}
