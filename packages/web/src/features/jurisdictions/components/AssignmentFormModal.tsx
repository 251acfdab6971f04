import { DUTY_LABELS, type Duty, type Jurisdiction } from '@fengqiao/domain';
import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateAssignment } from '../hooks/use-directory-data';
import { DUTIES_BY_LEVEL } from '../lib/duty-levels';

interface Values {
  personId: string;
  duty: Duty;
  since?: Dayjs | null;
}

export function AssignmentFormModal({
  jurisdiction,
  duty,
  onClose,
}: {
  jurisdiction: Jurisdiction;
  duty?: Duty;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const create = useCreateAssignment();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const duties = DUTIES_BY_LEVEL[jurisdiction.level];

  const submit = (values: Values) =>
    create.mutate(
      {
        personId: values.personId,
        jurisdictionId: jurisdiction.id,
        duty: values.duty,
        ...(values.since ? { since: values.since.format('YYYY-MM-DD') } : {}),
      },
      { onSuccess: () => done() },
    );

  return (
    <FormModal
      title={t('assignment.addTitle', { name: jurisdiction.name })}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ duty: duty ?? duties[0] }}
        style={{ marginTop: 12 }}
      >
        <Form.Item name="duty" label={t('assignment.duty')} rules={[{ required: true }]}>
          <Select options={duties.map((value) => ({ value, label: label(DUTY_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t('assignment.person')}
          rules={[{ required: true, message: t('assignment.personRequired') }]}
        >
          <PersonSelect kind="staff" />
        </Form.Item>
        <Form.Item name="since" label={t('assignment.since')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
