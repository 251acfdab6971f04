import { type Meeting, TASK_PRIORITIES, TASK_PRIORITY_LABELS, type TaskPriority } from '@fengqiao/domain';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useAttendeeSuggestions } from '../hooks/use-meetings';
import { useCreateTask } from '../hooks/use-tasks';
import { ownerOptions, parseOwner } from '../lib/task-owner';
import { RecordSearchSelect } from './RecordSearchSelect';

interface Values {
  title: string;
  detail?: string;
  owner?: string;
  villageId?: string;
  dueOn?: Dayjs;
  priority: TaskPriority;
  disputeIds?: string[];
  incidentIds?: string[];
}

/**
 * 交办: a decision of the meeting becomes a task with an owner (an account, or a town department), a village, a
 * deadline not before the meeting's day, a priority and the records it concerns.
 */
export function TaskFormModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateTask();
  const done = useCloseWithMessage(onClose);
  const suggestions = useAttendeeSuggestions(meeting.day);
  const departments = useOrganizations('department');
  const canLinkDisputes = usePermission('dispute.read');
  const canLinkIncidents = usePermission('incident.read');
  const options = ownerOptions([...meeting.attendees, ...(suggestions.data ?? [])], departments.data ?? [], {
    people: t('tasks.ownerPeople'),
    departments: t('tasks.ownerDepartments'),
  });

  const submit = (values: Values) => {
    const owner = values.owner ? parseOwner(values.owner) : undefined;
    const links = [
      ...(values.disputeIds ?? []).map((id) => ({ kind: 'dispute' as const, id })),
      ...(values.incidentIds ?? []).map((id) => ({ kind: 'incident' as const, id })),
    ];
    create.mutate(
      {
        meetingId: meeting.id,
        title: values.title.trim(),
        ...(values.detail?.trim() ? { detail: values.detail.trim() } : {}),
        ...(owner ? { owner } : {}),
        ...(values.villageId ? { villageId: values.villageId } : {}),
        ...(values.dueOn ? { dueOn: values.dueOn.format('YYYY-MM-DD') } : {}),
        priority: values.priority,
        ...(links.length > 0 ? { links } : {}),
      },
      { onSuccess: () => done('tasks.created') },
    );
  };

  return (
    <FormModal
      title={t('tasks.createTitle')}
      form={form}
      pending={create.isPending}
      error={create.error}
      errorTestId="task-form-error"
      okTestId="task-form-submit"
      onClose={onClose}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ priority: 'normal' }}
        onFinish={submit}
        style={{ marginTop: 12 }}
      >
        <Form.Item
          name="title"
          label={t('tasks.taskTitle')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('tasks.titleRequired') }]}
        >
          <Input maxLength={200} data-testid="task-form-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('tasks.detail')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="owner"
          label={t('tasks.owner')}
          rules={[{ required: true, message: t('tasks.ownerRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={suggestions.isPending || departments.isPending}
            options={options}
            data-testid="task-form-owner"
          />
        </Form.Item>
        <Form.Item name="villageId" label={t('tasks.village')}>
          <JurisdictionPicker levels={['village', 'community']} allowClear testId="task-form-village" />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('tasks.dueOn')}
          rules={[{ required: true, message: t('tasks.dueOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(day) => day.format('YYYY-MM-DD') < meeting.day}
            data-testid="task-form-due"
          />
        </Form.Item>
        <Form.Item name="priority" label={t('tasks.priority')}>
          <Select options={TASK_PRIORITIES.map((value) => ({ value, label: label(TASK_PRIORITY_LABELS[value]) }))} />
        </Form.Item>
        {canLinkDisputes ? (
          <Form.Item name="disputeIds" label={t('tasks.linkDisputes')}>
            <RecordSearchSelect path="/disputes" testId="task-form-disputes" />
          </Form.Item>
        ) : null}
        {canLinkIncidents ? (
          <Form.Item name="incidentIds" label={t('tasks.linkIncidents')}>
            <RecordSearchSelect path="/incidents" testId="task-form-incidents" />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
