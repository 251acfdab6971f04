import type { RoomState } from '@fengqiao/domain';
import { useMemo } from 'react';
import { usePermission } from '../../../app/auth/use-permission';
import { MediaNotConfigured } from '../../video/live/MediaNotConfigured';
import { useMediaStatus } from '../../video/live/use-media-status';
import { staffRoomApi } from '../media/staff-room-api';
import { RoomStage } from '../stage/RoomStage';

/**
 * The video half of the room page. Without a media server the room still works (people, record, draft) and the
 * stage says why there is no video.
 */
export function StageSlot({ state, compact }: { state: RoomState | undefined; compact: boolean }) {
  // The media status route answers the video roles; the others learn it from the stage's own refusal.
  const mayAsk = usePermission('video.view');
  const media = useMediaStatus(mayAsk);
  const roomId = state?.roomId;
  const api = useMemo(() => (roomId ? staffRoomApi(roomId) : null), [roomId]);
  if (media.data && media.data.state !== 'ready') return <MediaNotConfigured status={media.data} />;
  if (!state || !api) return null;
  return <RoomStage api={api} state={state} compact={compact} />;
}
