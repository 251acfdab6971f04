import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Meeting, MeetingItemView } from '@fengqiao/domain';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { FiguresTable } from './FiguresTable';
import { MinutesModal } from './MinutesModal';
import { TaskFormModal } from './TaskFormModal';
import { TaskList } from './TaskList';

/**
 * One of the four items with its minutes: 情报研判 also shows the month's frozen figures, 交办任务 the tasks the
 * meeting assigned and the button that assigns another.
 */
export function MeetingItemCard({ meeting, item, index }: { meeting: Meeting; item: MeetingItemView; index: number }) {
  const { t, label } = useT();
  const [editing, setEditing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  return (
    <Card
      size="small"
      title={`${index + 1}. ${label({ zh: item.labelZh, en: item.labelEn })}`}
      data-testid={`meeting-item-${item.item}`}
      extra={
        <Flex gap={8} wrap>
          {item.item === 'tasks' && can(meeting, 'assignTask') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAssigning(true)}
              data-testid="meeting-assign-task"
            >
              {t('meetings.assignTask')}
            </Button>
          ) : null}
          {can(meeting, 'edit') ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid={`meeting-minutes-${item.item}`}
            >
              {t('meetings.editMinutes')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {item.item === 'intel' ? (
          meeting.snapshot === null ? (
            <Typography.Text type="secondary">{t('meetings.figuresDraft')}</Typography.Text>
          ) : (
            <FiguresTable snapshot={meeting.snapshot} />
          )
        ) : null}
        {item.item === 'tasks' ? (
          meeting.tasks.length === 0 ? (
            <Typography.Text type="secondary">{t('meetings.noTasks')}</Typography.Text>
          ) : (
            <div data-testid="meeting-tasks">
              <TaskList tasks={meeting.tasks} showMeeting={false} />
            </div>
          )
        ) : null}
        {item.minutes ? (
          <Typography.Paragraph
            style={{ margin: 0, whiteSpace: 'pre-wrap' }}
            data-testid={`meeting-minutes-text-${item.item}`}
          >
            {item.minutes}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('meetings.noMinutes')}</Typography.Text>
        )}
      </Flex>
      {editing ? <MinutesModal meeting={meeting} item={item.item} onClose={() => setEditing(false)} /> : null}
      {assigning ? <TaskFormModal meeting={meeting} onClose={() => setAssigning(false)} /> : null}
    </Card>
  );
}
