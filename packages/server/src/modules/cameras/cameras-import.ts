import {
  CAMERA_IMPORT_COLUMNS,
  type CameraImportKey,
  type CameraImportResult,
  type CameraKind,
  createCameraSchema,
  IMPORT_MAX_ROWS,
  type ImportRowError,
  type StreamSource,
  townDivisionCode,
  validateDeviceId,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { Lookup } from '../directory/import-lookup';
import { attempt, codeError, schemaErrors } from '../directory/import-row-errors';
import { buildTemplate, readSheetRows, type SheetRow } from '../directory/import-workbook';
import { type JurisdictionRow, listJurisdictionRows } from '../directory/jurisdictions.repository';
import { insertPersonRows } from '../directory/people.repository';
import { newPersonRow, normalizePhone } from '../directory/person-pii';
import { encryptSource } from './camera-presenter';
import { cameraScope } from './cameras.policy';
import { type CameraRow, insertCameraRows, listTakenDeviceIds } from './cameras.repository';

const NOTES = [
  '视频点位导入说明',
  '1. 第一行为表头，请勿修改；从第二行起每行一个点位。灰色斜体的示例行原样保留时不会导入。',
  '2. 所属村/社区：填写名称或 12 位区划代码，须在本人可管理的范围内。',
  '3. 国标编码：20 位数字（前 8 位为本镇中心编码，第 11–13 位为 131 或 132），请以文本格式填写。',
  '4. 类别：公共、看家或场所；看家视频须填写户主姓名，手机号加密保存、页面上脱敏显示。',
  '5. RTSP 地址可不填；含账号密码时加密保存，页面上不显示密码。',
  '6. 任何一行有误时整批不导入，并列出所有有误的行，改正后重新上传。',
];

const HEADER = Object.fromEntries(CAMERA_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CameraImportKey,
  string
>;
const FIELD_COLUMN: Record<string, string> = { ...HEADER, villageId: HEADER.village, source: HEADER.rtspUrl };
const KINDS: Record<string, CameraKind> = {
  公共: 'public',
  公共视频: 'public',
  public: 'public',
  看家: 'household',
  看家视频: 'household',
  household: 'household',
  场所: 'venue',
  场所视频: 'venue',
  venue: 'venue',
};

type Village = JurisdictionRow & { town_id: string };

interface Draft {
  village: Village;
  deviceId: string;
  name: string;
  kind: CameraKind;
  address: string | null;
  lat: number | null;
  lng: number | null;
  owner: { name: string; phone: string | null } | null;
  source: StreamSource;
}

/**
 * The Excel import of cameras, like the directory's people import: every row checked with the rules of POST
 * /cameras (device id by its parts and its town, duplicates in the database and in the file, household owners), and
 * one bad row means nothing is written and every bad row is reported (IMPORT_ROWS_INVALID). A good file is one unit
 * of work with one audit row; household owners become residents of the camera's village.
 */
export class CameraImports {
  constructor(private readonly deps: Deps) {}

  async template(ctx: RequestContext): Promise<Buffer> {
    await this.manageScope(ctx);
    return buildTemplate(CAMERA_IMPORT_COLUMNS, { sheetName: '视频点位', notes: NOTES });
  }

  /** The upload is read only after the permission check. */
  async import(ctx: RequestContext, upload: () => Promise<Buffer>): Promise<CameraImportResult> {
    const { db, cipher } = this.deps;
    const scope = await this.manageScope(ctx);
    const rows = await readSheetRows<CameraImportKey>(await upload(), CAMERA_IMPORT_COLUMNS, {
      maxRows: IMPORT_MAX_ROWS,
      maxUncompressedBytes: this.deps.config.importMaxUncompressedBytes,
    });
    const places = await listJurisdictionRows(db, scope);
    const towns = new Map(places.filter((p) => p.level === 'town').map((t) => [t.id, t]));
    const villages = new Lookup<Village>();
    for (const place of places) {
      if ((place.level !== 'village' && place.level !== 'community') || !place.town_id) continue;
      const village = { ...place, town_id: place.town_id };
      villages.add(place.name, village);
      if (place.code) villages.add(place.code, village);
    }
    const taken = await listTakenDeviceIds(
      db,
      rows.map((r) => r.cells.deviceId).filter((id) => id !== ''),
    );
    const townCodes = new Map<string, string | null>();
    for (const place of places) {
      if (place.town_id && !townCodes.has(place.town_id)) {
        townCodes.set(place.town_id, townDivisionCode(towns.get(place.town_id)?.code));
      }
    }
    const { drafts, errors } = validateRows(rows, villages, taken, townCodes);
    if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors });
    const now = nowIso();
    const persons = drafts.map((d) =>
      d.owner
        ? newPersonRow(cipher, {
            townId: d.village.town_id,
            jurisdictionId: d.village.id,
            name: d.owner.name,
            kind: 'resident',
            phone: d.owner.phone,
          })
        : null,
    );
    const cameras: CameraRow[] = drafts.map((d, i) => ({
      id: newId(),
      town_id: d.village.town_id,
      village_id: d.village.id,
      device_id: d.deviceId,
      name: d.name,
      kind: d.kind,
      address: d.address,
      lat: d.lat,
      lng: d.lng,
      owner_person_id: persons[i]?.id ?? null,
      venue_id: null,
      source_kind: d.source.kind,
      source_enc: encryptSource(cipher, d.source),
      status: 'offline',
      last_seen_at: null,
      status_checked_at: null,
      active: 1,
      created_at: now,
      updated_at: now,
    }));
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      await insertPersonRows(
        uow.tx,
        persons.flatMap((p) => (p ? [p] : [])),
      );
      await refuseDuplicate(insertCameraRows(uow.tx, cameras), 'CAMERA_DEVICE_ID_TAKEN');
      await uow.audit({
        action: 'camera.import',
        targetType: 'camera',
        detail: { count: cameras.length, owners: persons.filter((p) => p).length },
      });
    });
    return { imported: cameras.length };
  }

  private async manageScope(ctx: RequestContext) {
    const scope = await cameraScope(this.deps.db, ctx, 'camera.manage');
    if (scope.townIds.size === 0 && scope.jurisdictionIds.size === 0) throw new AppError('FORBIDDEN');
    return scope;
  }
}

function validateRows(
  rows: readonly SheetRow<CameraImportKey>[],
  villages: Lookup<Village>,
  taken: ReadonlySet<string>,
  townCodes: ReadonlyMap<string, string | null>,
): { drafts: Draft[]; errors: ImportRowError[] } {
  const drafts: Draft[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const rowErrors: ImportRowError[] = [];
    const village = villages.find(cells.village);
    if (!village.found) rowErrors.push(codeError(row, HEADER.village, 'CAMERA_VILLAGE_UNKNOWN'));
    const kind = KINDS[cells.kind.toLowerCase()];
    if (!kind) {
      rowErrors.push(
        codeError(row, HEADER.kind, 'VALIDATION_FAILED', {
          en: 'write 公共, 看家 or 场所',
          zh: '请填写“公共”“看家”或“场所”',
        }),
      );
    }
    const lat = cells.lat ? Number(cells.lat) : undefined;
    const lng = cells.lng ? Number(cells.lng) : undefined;
    const parsed = createCameraSchema.safeParse({
      villageId: village.found?.id ?? '-',
      deviceId: cells.deviceId,
      name: cells.name,
      kind: kind ?? 'public',
      address: cells.address || undefined,
      lat,
      lng,
      source: cells.rtspUrl ? { kind: 'rtsp', url: cells.rtspUrl } : { kind: 'gb28181' },
    });
    if (!parsed.success) rowErrors.push(...schemaErrors(row, parsed.error.issues, (f) => FIELD_COLUMN[f] ?? null));
    if (village.found && cells.deviceId) {
      const problem = validateDeviceId(cells.deviceId, townCodes.get(village.found.town_id) ?? null);
      const earlier = seen.get(cells.deviceId);
      if (problem) rowErrors.push(codeError(row, HEADER.deviceId, problem));
      else if (taken.has(cells.deviceId)) rowErrors.push(codeError(row, HEADER.deviceId, 'CAMERA_DEVICE_ID_TAKEN'));
      else if (earlier !== undefined) {
        rowErrors.push(
          codeError(row, HEADER.deviceId, 'CAMERA_DEVICE_ID_TAKEN', {
            en: `also on row ${earlier}`,
            zh: `与第 ${earlier} 行重复`,
          }),
        );
      }
      seen.set(cells.deviceId, row);
    }
    let owner: Draft['owner'] = null;
    if (kind === 'household') {
      if (!cells.ownerName) rowErrors.push(codeError(row, HEADER.ownerName, 'CAMERA_OWNER_REQUIRED'));
      const phone = attempt(() => normalizePhone(cells.ownerPhone || null));
      if (!phone.ok) rowErrors.push(codeError(row, HEADER.ownerPhone, phone.code));
      if (cells.ownerName && phone.ok) owner = { name: cells.ownerName, phone: phone.value };
    }
    if (rowErrors.length > 0 || !parsed.success || !village.found || !kind) {
      errors.push(...rowErrors);
      continue;
    }
    drafts.push({
      village: village.found,
      deviceId: parsed.data.deviceId,
      name: parsed.data.name,
      kind,
      address: parsed.data.address ?? null,
      lat: parsed.data.lat ?? null,
      lng: parsed.data.lng ?? null,
      owner,
      source: parsed.data.source,
    });
  }
  return { drafts, errors };
}
