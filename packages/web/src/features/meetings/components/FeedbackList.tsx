import type { TaskFeedback } from '@fengqiao/domain';
import { Card, Flex, List, Typography } from 'antd';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { PhotoStrip } from '../../duty/components/PhotoStrip';
import { taskPhotoUrl, useUploadFeedbackPhoto } from '../hooks/use-tasks';

/** One entry's photos as thumbnails, and the camera button while its owner may still add one. */
function EntryPhotos({ taskId, entry }: { taskId: string; entry: TaskFeedback }) {
  const { t } = useT();
  const upload = useUploadFeedbackPhoto(taskId, entry.id);
  return (
    <PhotoStrip
      photos={entry.photos}
      urlOf={taskPhotoUrl}
      size={64}
      canAdd={can(entry, 'photo')}
      upload={upload}
      addLabel={t('tasks.addPhoto')}
      addTestId="task-feedback-add-photo"
    />
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
