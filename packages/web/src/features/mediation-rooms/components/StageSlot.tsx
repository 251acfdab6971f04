import type { RoomState } from '@fengqiao/domain';
import { Flex, Typography } from 'antd';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { MediaNotConfigured } from '../../video/live/MediaNotConfigured';
import { useMediaStatus } from '../../video/live/use-media-status';

/**
 * The video half of the room page. Without a media server the room still works (people, record, draft) and the
 * stage says why there is no video.
 */
export function StageSlot({ state, compact }: { state: RoomState | undefined; compact: boolean }) {
  const { t } = useT();
  // The media status route answers the video roles; the others learn it from the stage's own refusal.
  const mayAsk = usePermission('video.view');
  const media = useMediaStatus(mayAsk);
  if (media.data && media.data.state !== 'ready') return <MediaNotConfigured status={media.data} />;
  return (
    <Flex
      align="center"
      justify="center"
      data-testid="room-stage"
      data-state={state?.me?.status ?? 'joining'}
      style={{ background: '#1f1f1f', borderRadius: 8, aspectRatio: compact ? '3 / 4' : '16 / 9', width: '100%' }}
    >
      <Typography.Text style={{ color: '#bfbfbf' }}>{t('rooms.stagePending')}</Typography.Text>
    </Flex>
  );
}
