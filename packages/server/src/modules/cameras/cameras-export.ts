import {
  CAMERA_KIND_LABELS,
  CAMERA_STATUS_LABELS,
  type CameraListFilters,
  type CONSENT_STATES,
  formatBeijingDate,
  formatBeijingDateTimeOrBlank,
  maskName,
  registerAsciiName,
  registerFileName,
} from '@fengqiao/domain';
import { inScope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { consentSummary } from './camera-presenter';
import { cameraScope } from './cameras.policy';
import { listCameraViews, listConsentsOfCameras, listOwnerPii } from './cameras.repository';

const MAX_ROWS = 10_000;

const HEADER = [
  '名称',
  '国标编码',
  '类别',
  '村（社区）',
  '安装地址',
  '纬度',
  '经度',
  '户主',
  '户主电话',
  '户主住址',
  '状态',
  '最后在线',
  '授权状态',
  '授权截止',
] as const;

const CONSENT_STATE_ZH: Record<(typeof CONSENT_STATES)[number], string> = {
  pending: '未生效',
  active: '有效',
  expired: '已过期',
  revoked: '已撤销',
};

/**
 * The registry's Excel export (视频点位台账), for camera.manage: the filtered list of the caller's managed cameras,
 * never a stream source. Owners' names, phones and addresses are masked, and clear only where the caller holds
 * person.unmask over the owner. One audit row with the count, the filters and how many clear values left.
 */
export class CamerasExport {
  constructor(private readonly deps: Deps) {}

  async export(ctx: RequestContext, filters: CameraListFilters): Promise<ListWorkbook> {
    const { db, cipher } = this.deps;
    const scope = await cameraScope(db, ctx, 'camera.manage');
    if (scope.townIds.size === 0 && scope.jurisdictionIds.size === 0) throw new AppError('FORBIDDEN');
    const unmask = await cameraScope(db, ctx, 'person.unmask');
    const now = new Date();
    const at = nowIso(now);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const rows = await listCameraViews(tx, scope, { ...filters, after: null, limit: MAX_ROWS });
      const consents = await listConsentsOfCameras(
        tx,
        rows.filter((r) => r.kind !== 'public').map((r) => r.id),
      );
      const clearOwners = rows.filter(
        (r) =>
          r.owner_person_id &&
          r.owner_jurisdiction_id &&
          inScope(unmask, { townId: r.town_id, jurisdictionId: r.owner_jurisdiction_id }),
      );
      const pii = new Map(
        (
          await listOwnerPii(
            tx,
            clearOwners.flatMap((r) => (r.owner_person_id ? [r.owner_person_id] : [])),
          )
        ).map((p) => [p.id, p]),
      );
      let clearValues = 0;
      const clear = (stored: string | null | undefined, masked: string | null) => {
        if (!stored) return masked ?? '';
        clearValues += 1;
        return cipher.decrypt(stored);
      };
      const body = await listWorkbookBody(
        '视频点位',
        HEADER,
        rows.map((row) => {
          const owner = row.owner_person_id ? pii.get(row.owner_person_id) : undefined;
          const consent =
            row.kind === 'public'
              ? null
              : consentSummary(
                  consents.filter((c) => c.camera_id === row.id),
                  at,
                );
          return [
            row.name,
            row.device_id,
            CAMERA_KIND_LABELS[row.kind].zh,
            row.village_name,
            row.address ?? '',
            row.lat === null ? '' : String(row.lat),
            row.lng === null ? '' : String(row.lng),
            (owner ? row.owner_name : maskName(row.owner_name)) ?? '',
            clear(owner?.phone_enc, row.owner_phone_masked),
            clear(owner?.address_enc, row.owner_address_masked),
            CAMERA_STATUS_LABELS[row.status].zh,
            formatBeijingDateTimeOrBlank(row.last_seen_at),
            consent ? CONSENT_STATE_ZH[consent.state] : '',
            consent ? formatBeijingDate(`${consent.lastDay}T12:00:00+08:00`) : '',
          ];
        }),
      );
      await uow.audit({
        action: 'camera.export',
        targetType: 'camera',
        detail: { count: rows.length, unmaskedValues: clearValues, filters },
      });
      const towns = [...scope.townIds];
      const town = towns.length === 1 && towns[0] ? await findJurisdiction(tx, towns[0]) : undefined;
      return {
        body,
        fileName: registerFileName('视频点位台账', town?.name ?? null, now),
        asciiName: registerAsciiName('cameras', now),
      };
    });
  }
}
