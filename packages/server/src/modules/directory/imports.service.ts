import {
  IMPORT_MAX_ROWS,
  PERSON_IMPORT_COLUMNS,
  type PersonImportKey,
  VILLAGE_IMPORT_COLUMNS,
  type VillageImportKey,
} from '@fengqiao/domain';
import { requireAccess } from '../../platform/access/access';
import { audit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { buildTemplate, readSheetRows, type SheetLimits } from './import-workbook';
import {
  buildJurisdictionRow,
  insertJurisdictionRows,
  listJurisdictionRows,
  listJurisdictionsByIds,
  listTakenJurisdictionCodes,
} from './jurisdictions.repository';
import { insertPersonRows, listTakenIdNumberIndexes } from './people.repository';
import { homeLookup, idNumbersIn, validatePersonRows } from './person-import';
import { newPersonRow } from './person-pii';
import { districtLookup, validateVillageRows } from './village-import';

const VILLAGE_NOTES = [
  '村/社区导入说明',
  '1. 第一行为表头，请勿修改；从第二行起每行一个村或社区。灰色斜体的示例行原样保留时不会导入。',
  '2. 上级片区：填写片区名称或片区代码，须为本人可管理的片区。',
  '3. 类型：填写“村”或“社区”。',
  '4. 区划代码：12 位统计用区划代码，前 9 位与所属镇一致；村为 200–399，社区为 001–199。',
  '5. 人口、户数：整数，可不填。',
  '6. 任何一行有误时整批不导入，并列出所有有误的行，改正后重新上传。',
];

const PERSON_NOTES = [
  '人员导入说明',
  '1. 第一行为表头，请勿修改；从第二行起每行一人。灰色斜体的示例行原样保留时不会导入。',
  '2. 所属村/社区/组：填写村或社区名称、“村名+组名”（如“双坪村1组”）或区划代码，须在本人负责的范围内。',
  '3. 性别填“男”或“女”（不填时按身份证号判断）；类别填“居民”或“工作人员”（不填为居民）。',
  '4. 身份证号请以文本格式填写，18 位，末位可为 X；手机号 11 位。身份证号、手机号、住址加密保存，页面上脱敏显示。',
  '5. 任何一行有误时整批不导入，并列出所有有误的行，改正后重新上传。',
];

/**
 * Bulk loading from .xlsx (villages and communities; people). Every row is checked with the
 * single-record rules first; one bad row means nothing is written and every bad row is reported.
 * A good file is written in one transaction with one audit row. Checking, encrypting and building
 * the rows happen before that transaction so it holds the (SQLite: only) connection just for the
 * inserts; a duplicate that appears in between is still refused by the unique indexes.
 */
export class ImportsService {
  constructor(private readonly deps: Deps) {}

  async villageTemplate(ctx: RequestContext): Promise<Buffer> {
    await requireAccess(this.deps.db, ctx, 'directory.manage');
    return buildTemplate(VILLAGE_IMPORT_COLUMNS, { sheetName: '村社区', notes: VILLAGE_NOTES });
  }

  async personTemplate(ctx: RequestContext): Promise<Buffer> {
    await requireAccess(this.deps.db, ctx, 'person.manage');
    return buildTemplate(PERSON_IMPORT_COLUMNS, { sheetName: '人员', notes: PERSON_NOTES });
  }

  /** The upload is read only after the permission check. */
  async importVillages(ctx: RequestContext, upload: () => Promise<Buffer>): Promise<{ imported: number }> {
    const { db } = this.deps;
    const scope = await requireAccess(db, ctx, 'directory.manage');
    const rows = await readSheetRows<VillageImportKey>(await upload(), VILLAGE_IMPORT_COLUMNS, this.sheetLimits());
    const districts = await listJurisdictionRows(db, scope, { level: 'district' });
    const towns = await listJurisdictionsByIds(
      db,
      districts.flatMap((d) => (d.town_id ? [d.town_id] : [])),
    );
    const takenCodes = await listTakenJurisdictionCodes(
      db,
      rows.flatMap((r) => (r.cells.code ? [r.cells.code] : [])),
    );
    const { drafts, errors } = validateVillageRows(rows, {
      districts: districtLookup(districts),
      townCodes: new Map(towns.map((t) => [t.id, t.code])),
      takenCodes,
    });
    if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors });
    const created = drafts.map((d) =>
      buildJurisdictionRow({
        parent: d.parent,
        level: d.level,
        code: d.code,
        name: d.name,
        population: d.population,
        households: d.households,
        note: d.note,
      }),
    );
    await db.transaction().execute(async (tx) => {
      await refuseDuplicate(insertJurisdictionRows(tx, created), 'JURISDICTION_CODE_TAKEN');
      await audit(tx, ctx, {
        action: 'import.villages',
        targetType: 'jurisdiction',
        detail: { count: created.length },
      });
    });
    return { imported: created.length };
  }

  async importPeople(ctx: RequestContext, upload: () => Promise<Buffer>): Promise<{ imported: number }> {
    const { db, cipher } = this.deps;
    const scope = await requireAccess(db, ctx, 'person.manage');
    const rows = await readSheetRows<PersonImportKey>(await upload(), PERSON_IMPORT_COLUMNS, this.sheetLimits());
    const jurisdictions = await listJurisdictionRows(db, scope);
    const indexOf = new Map(idNumbersIn(rows).map((id) => [cipher.blindIndex(id), id]));
    const visible = await requireAccess(db, ctx, 'person.read');
    const takenIndexes = await listTakenIdNumberIndexes(db, [...indexOf.keys()], visible);
    const { drafts, errors } = validatePersonRows(rows, {
      homes: homeLookup(jurisdictions, scope),
      takenIdNumbers: new Set([...takenIndexes].flatMap((index) => indexOf.get(index) ?? [])),
    });
    if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors });
    const created = drafts.map((d) =>
      newPersonRow(cipher, { ...d.input, townId: d.home.town_id, jurisdictionId: d.home.id }),
    );
    await db.transaction().execute(async (tx) => {
      await refuseDuplicate(insertPersonRows(tx, created), 'ID_NUMBER_TAKEN');
      await audit(tx, ctx, { action: 'import.people', targetType: 'person', detail: { count: created.length } });
    });
    return { imported: created.length };
  }

  private sheetLimits(): SheetLimits {
    return { maxRows: IMPORT_MAX_ROWS, maxUncompressedBytes: this.deps.config.importMaxUncompressedBytes };
  }
}
