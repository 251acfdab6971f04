import type { Task } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useTaskStep } from '../hooks/use-tasks';

export type TaskStep = 'done' | 'confirm' | 'reopen' | 'cancel';

const TITLES = {
  done: 'tasks.doneTitle',
  confirm: 'tasks.confirmTitle',
  reopen: 'tasks.reopenTitle',
  cancel: 'tasks.cancelTitle',
} as const;

/**
 * 办结, 确认办结, 退回, 撤销: one dialog each, with the optional note of done and confirm, and the reason that
 * sending back and cancelling require.
 */
export function TaskStepModal({ task, step, onClose }: { task: Task; step: TaskStep; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ text?: string }>();
  const act = useTaskStep(task.id);
  const done = useCloseWithMessage(onClose);
  const needsReason = step === 'reopen' || step === 'cancel';
  const submit = ({ text }: { text?: string }) => {
    const trimmed = text?.trim() ?? '';
    const request = needsReason
      ? { step, body: { reason: trimmed } }
      : { step, body: trimmed ? { note: trimmed } : {} };
    act.mutate(request, { onSuccess: () => done('tasks.saved') });
  };
  return (
    <FormModal
      title={t(TITLES[step])}
      form={form}
      pending={act.isPending}
      error={act.error}
      errorTestId="task-step-error"
      okTestId="task-step-submit"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="text"
          label={needsReason ? t('tasks.reason') : t(step === 'done' ? 'tasks.doneNote' : 'tasks.confirmNote')}
          rules={needsReason ? [{ required: true, whitespace: true, message: t('tasks.reasonRequired') }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={needsReason ? 500 : 2000}
            data-testid="task-step-text"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
