import { PlayCircleOutlined } from '@ant-design/icons';
import {
  formatDuration,
  PARTICIPANT_KIND_LABELS,
  RECORDING_SEGMENT_STATUS_LABELS,
  type RecordingFileView,
  type RecordingSegmentStatus,
} from '@fengqiao/domain';
import { Button, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isNotFound } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { recordingPlayUrl, useClosedRoomRecordings } from '../hooks/use-rooms';

const SEGMENT_COLORS: Record<RecordingSegmentStatus, string> = {
  recording: 'red',
  stopped: 'default',
  converting: 'processing',
  stored: 'green',
  failed: 'error',
};

/**
 * A closed room's recordings on the case page: each segment (start … pause) with its status, and per participant
 * the part recorded, with 播放 once stored for those who read the case. A 404 means the recordings are not this
 * caller's to see: nothing is shown.
 */
export function RoomRecordings({ disputeId, roomId }: { disputeId: string; roomId: string }) {
  const { t, label, lang, dateTime } = useT();
  const recordings = useClosedRoomRecordings(disputeId, roomId);
  const [playing, setPlaying] = useState<RecordingFileView | null>(null);
  if (recordings.isError) return isNotFound(recordings.error) ? null : <ErrorAlert error={recordings.error} />;
  const segments = recordings.data?.segments ?? [];
  if (segments.length === 0) return null;

  return (
    <Flex vertical gap={6} data-testid={`room-recordings-${roomId}`}>
      <Typography.Text strong>{t('rooms.recordings.title')}</Typography.Text>
      {segments.map((segment) => (
        <Flex key={segment.id} vertical gap={4} data-testid="room-recording-segment">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('rooms.recordings.segment', { n: segment.segment })}</Typography.Text>
            <Typography.Text type="secondary">
              {dateTime(segment.startedAt)}
              {segment.endedAt ? ` – ${dateTime(segment.endedAt)}` : ''}
            </Typography.Text>
            {segment.durationSeconds !== null ? (
              <Typography.Text type="secondary">{formatDuration(segment.durationSeconds, lang)}</Typography.Text>
            ) : null}
            <Tag color={SEGMENT_COLORS[segment.status]} data-testid="room-recording-segment-status">
              {label(RECORDING_SEGMENT_STATUS_LABELS[segment.status])}
            </Tag>
          </Flex>
          {segment.files.map((file) => (
            <Flex key={file.id} gap={8} wrap align="center" style={{ paddingInlineStart: 16 }}>
              <Typography.Text>
                {file.displayName} · {label(PARTICIPANT_KIND_LABELS[file.kind])}
              </Typography.Text>
              {file.status === 'stored' ? (
                <Typography.Text type="secondary">{formatDuration(file.durationSeconds, lang)}</Typography.Text>
              ) : null}
              {file.status === 'failed' ? <Tag color="error">{t('rooms.recordings.fileFailed')}</Tag> : null}
              {file.status === 'pending' ? <Tag>{t('rooms.recordings.filePending')}</Tag> : null}
              {file.actions.includes('play') ? (
                <Button
                  size="small"
                  icon={<PlayCircleOutlined />}
                  onClick={() => setPlaying(file)}
                  data-testid="room-recording-play"
                >
                  {t('rooms.recordings.play')}
                </Button>
              ) : null}
            </Flex>
          ))}
        </Flex>
      ))}
      <Modal
        open={playing !== null}
        title={playing ? `${t('rooms.recordings.title')} · ${playing.displayName}` : ''}
        footer={null}
        width={720}
        destroyOnHidden
        onCancel={() => setPlaying(null)}
      >
        {playing ? (
          // The play route answers Range requests: the browser seeks within the file without loading it whole.
          <video
            controls
            preload="metadata"
            src={recordingPlayUrl(playing.id)}
            style={{ width: '100%', maxHeight: '70vh', background: '#000' }}
            data-testid="room-recording-video"
          >
            <track kind="captions" />
          </video>
        ) : null}
      </Modal>
    </Flex>
  );
}
