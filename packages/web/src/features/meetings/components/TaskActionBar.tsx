import { CameraOutlined, CheckOutlined } from '@ant-design/icons';
import type { Task } from '@fengqiao/domain';
import { Button, Flex } from 'antd';
import { type ReactNode, useState } from 'react';
import { can } from '../../../app/auth/permissions';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { FeedbackModal } from './FeedbackModal';
import { TaskEditModal } from './TaskEditModal';
import { type TaskStep, TaskStepModal } from './TaskStepModal';

type BarAction = 'feedback' | TaskStep | 'edit';

const ORDER: readonly BarAction[] = ['feedback', 'done', 'confirm', 'reopen', 'edit', 'cancel'];
const LABELS: Record<BarAction, MessageKey> = {
  feedback: 'tasks.action.feedback',
  done: 'tasks.action.done',
  confirm: 'tasks.action.confirm',
  reopen: 'tasks.action.reopen',
  cancel: 'tasks.action.cancel',
  edit: 'tasks.action.edit',
};
const ICONS: Partial<Record<BarAction, ReactNode>> = { feedback: <CameraOutlined />, done: <CheckOutlined /> };

// Thumb-sized on a phone: an owner in a village adds feedback with a photo in three taps (反馈, 拍照, 保存).
const PHONE_STYLE = { height: 64, fontSize: 20, borderRadius: 12 } as const;

/** The task's moves, only those in the record's `actions`: the owner's first (反馈, 办结), then the assigner's. */
export function TaskActionBar({ task }: { task: Task }) {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [open, setOpen] = useState<BarAction | null>(null);
  const actions = ORDER.filter((action) => can(task, action));
  if (actions.length === 0) return null;
  return (
    <>
      <Flex vertical={isMobile} gap={isMobile ? 12 : 8} wrap>
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            danger={action === 'cancel'}
            icon={ICONS[action]}
            size={isMobile ? 'large' : 'middle'}
            block={isMobile}
            style={isMobile ? PHONE_STYLE : undefined}
            onClick={() => setOpen(action)}
            data-testid={`task-action-${action}`}
          >
            {t(LABELS[action])}
          </Button>
        ))}
      </Flex>
      {open === 'feedback' ? <FeedbackModal task={task} onClose={() => setOpen(null)} /> : null}
      {open === 'edit' ? <TaskEditModal task={task} onClose={() => setOpen(null)} /> : null}
      {open !== null && open !== 'feedback' && open !== 'edit' ? (
        <TaskStepModal task={task} step={open} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}
