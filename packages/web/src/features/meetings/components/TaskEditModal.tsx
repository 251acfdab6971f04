import { TASK_PRIORITIES, TASK_PRIORITY_LABELS, type Task, type TaskPriority } from '@fengqiao/domain';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useUpdateTask } from '../hooks/use-tasks';

interface Values {
  title: string;
  detail?: string;
  dueOn: Dayjs;
  priority: TaskPriority;
}

/** The assigning side corrects an open task: its text, deadline and priority (the owner and links stay). */
export function TaskEditModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const update = useUpdateTask(task.id);
  const done = useCloseWithMessage(onClose);
  const submit = (values: Values) =>
    update.mutate(
      {
        title: values.title.trim(),
        detail: values.detail?.trim() ? values.detail.trim() : null,
        dueOn: values.dueOn.format('YYYY-MM-DD'),
        priority: values.priority,
      },
      { onSuccess: () => done('tasks.saved') },
    );
  return (
    <FormModal
      title={t('tasks.action.edit')}
      form={form}
      pending={update.isPending}
      error={update.error}
      errorTestId="task-edit-error"
      okTestId="task-edit-submit"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{
          title: task.title,
          detail: task.detail ?? '',
          dueOn: dayjs(task.dueOn),
          priority: task.priority,
        }}
        onFinish={submit}
      >
        <Form.Item
          name="title"
          label={t('tasks.taskTitle')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('tasks.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="detail" label={t('tasks.detail')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('tasks.dueOn')}
          rules={[{ required: true, message: t('tasks.dueOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="priority" label={t('tasks.priority')}>
          <Select options={TASK_PRIORITIES.map((value) => ({ value, label: label(TASK_PRIORITY_LABELS[value]) }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
