import {
  formatBeijingDateTimeOrBlank,
  formatDuration,
  PARTICIPANT_KIND_LABELS,
  participantDisplayName,
  ROOM_CLOSE_REASON_LABELS,
  ROOM_JOIN_METHOD_LABELS,
  ROOM_OUTCOME_LABELS,
  ROOM_STATUS_LABELS,
  type RoomFilters,
  registerAsciiName,
  registerFileName,
  roomDurationSeconds,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { mayUnmaskRoom } from './room-participation';
import { roomListScope } from './rooms.policy';
import { listParticipantRows, listScopedRoomRows } from './rooms.repository';

const MAX_ROWS = 10_000;

const HEADER = [
  '案件编号',
  '状态',
  '开启时间',
  '开启人',
  '开始通话',
  '结束时间',
  '时长',
  '结束方式',
  '调解结果',
  '参与人（身份·进入方式）',
] as const;

/**
 * The Excel export of the rooms list (线上调解室), with the list's filters and scope. Guests' names are masked except
 * in rooms where the caller holds dispute.unmask; one audit row with the count, the filters and how many names are
 * in clear.
 */
export class RoomsExport {
  constructor(private readonly deps: Deps) {}

  async export(ctx: RequestContext, filters: RoomFilters): Promise<ListWorkbook> {
    const now = new Date();
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await roomListScope(tx, ctx);
      const rooms = await listScopedRoomRows(tx, scope, { status: filters.status ?? 'open' }, null, MAX_ROWS);
      const participants = await listParticipantRows(
        tx,
        rooms.map((room) => room.id),
      );
      let clear = 0;
      const rows: string[][] = [];
      for (const room of rooms) {
        const mayUnmask = await mayUnmaskRoom(tx, ctx, room);
        const people = participants
          .filter((p) => p.room_id === room.id)
          .map((p) => {
            if (mayUnmask && p.account_id === null) clear += 1;
            const name = participantDisplayName({ displayName: p.display_name, accountId: p.account_id }, mayUnmask);
            return `${name}（${PARTICIPANT_KIND_LABELS[p.kind].zh}·${ROOM_JOIN_METHOD_LABELS[p.join_method].zh}）`;
          });
        rows.push([
          room.dispute_number,
          ROOM_STATUS_LABELS[room.status].zh,
          formatBeijingDateTimeOrBlank(room.opened_at),
          room.opened_by_name,
          formatBeijingDateTimeOrBlank(room.media_started_at),
          formatBeijingDateTimeOrBlank(room.closed_at),
          room.closed_at
            ? formatDuration(roomDurationSeconds(room.opened_at, room.media_started_at, room.closed_at))
            : '',
          room.close_reason ? ROOM_CLOSE_REASON_LABELS[room.close_reason].zh : '',
          room.outcome ? ROOM_OUTCOME_LABELS[room.outcome].zh : '',
          people.join('、'),
        ]);
      }
      const body = await listWorkbookBody('线上调解室', HEADER, rows);
      await uow.audit({
        action: 'room.export',
        targetType: 'mediation_room',
        detail: { count: rooms.length, unmaskedValues: clear, filters },
      });
      const towns = [...scope.townIds];
      const town = towns.length === 1 && towns[0] ? await findJurisdiction(tx, towns[0]) : undefined;
      return {
        body,
        fileName: registerFileName('线上调解室', town?.name ?? null, now),
        asciiName: registerAsciiName('mediation-rooms', now),
      };
    });
  }
}
