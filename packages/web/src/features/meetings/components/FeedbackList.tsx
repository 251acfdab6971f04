import { CameraOutlined } from '@ant-design/icons';
import type { TaskFeedback } from '@fengqiao/domain';
import { Button, Card, Flex, Image, List, Typography } from 'antd';
import { type ChangeEvent, useRef } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { DutyPhotoError } from '../../duty/components/DutyPhotoError';
import { taskPhotoUrl, useUploadFeedbackPhoto } from '../hooks/use-tasks';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/** One entry's photos as thumbnails, and the camera button while its owner may still add one. */
function EntryPhotos({ taskId, entry }: { taskId: string; entry: TaskFeedback }) {
  const { t } = useT();
  const upload = useUploadFeedbackPhoto(taskId, entry.id);
  const input = useRef<HTMLInputElement>(null);
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate(file);
  };
  return (
    <Flex vertical gap={6}>
      {entry.photos.length > 0 ? (
        <Image.PreviewGroup>
          <Flex gap={6} wrap>
            {entry.photos.map((id) => (
              <Image key={id} src={taskPhotoUrl(id)} width={64} height={64} style={{ objectFit: 'cover' }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {can(entry, 'photo') ? (
        <span>
          <Button
            size="small"
            icon={<CameraOutlined />}
            loading={upload.isPending}
            onClick={() => input.current?.click()}
            data-testid="task-feedback-add-photo"
          >
            {t('tasks.addPhoto')}
          </Button>
          <input ref={input} type="file" accept={PHOTO_ACCEPT} capture="environment" hidden onChange={onPick} />
        </span>
      ) : null}
      {upload.isError ? <DutyPhotoError error={upload.error} /> : null}
    </Flex>
  );
}

/** The owner's feedback entries, newest last as they were written, each with its author, time, note and photos. */
export function FeedbackList({ taskId, entries }: { taskId: string; entries: readonly TaskFeedback[] }) {
  const { t, dateTime } = useT();
  return (
    <Card size="small" title={t('tasks.feedback')} data-testid="task-feedback">
      <List
        dataSource={[...entries]}
        locale={{ emptyText: t('tasks.noFeedback') }}
        renderItem={(entry) => (
          <List.Item key={entry.id} data-testid="task-feedback-entry">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {dateTime(entry.at)} {entry.authorName ?? ''}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{entry.note}</Typography.Paragraph>
              <EntryPhotos taskId={taskId} entry={entry} />
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
