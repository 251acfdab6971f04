import type { HazardDetail } from '@fengqiao/domain';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useHazardStep } from '../hooks/use-hazards';

interface Values {
  kind: 'village' | 'department';
  organizationId?: string;
  deadline?: Dayjs;
  note?: string;
}

/** 交办整改: to the hazard's village or one of the town's departments, with the last day (today or later). */
export function HazardAssignModal({ hazard, onClose }: { hazard: HazardDetail; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'village';
  const departments = useOrganizations('department');
  const act = useHazardStep(hazard.id);
  const done = useCloseWithMessage(onClose);
  const submit = (values: Values) => {
    if (!values.deadline) return;
    const assignee =
      values.kind === 'department' && values.organizationId
        ? { kind: 'department' as const, organizationId: values.organizationId }
        : { kind: 'village' as const };
    const note = values.note?.trim();
    act.mutate(
      { step: 'assign', body: { assignee, deadline: values.deadline.format('YYYY-MM-DD'), ...(note ? { note } : {}) } },
      { onSuccess: () => done('hazards.done.assign') },
    );
  };
  return (
    <FormModal
      title={t('hazards.action.assign')}
      form={form}
      pending={act.isPending}
      error={act.error}
      okTestId="hazard-assign-submit"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{ kind: hazard.assigneeKind ?? 'village', organizationId: undefined }}
      >
        <Form.Item name="kind" label={t('hazards.assignTo')}>
          <Radio.Group
            options={[
              { value: 'village', label: `${t('hazards.assignee.village')}（${hazard.villageName}）` },
              { value: 'department', label: t('hazards.assignee.department') },
            ]}
          />
        </Form.Item>
        {kind === 'department' ? (
          <Form.Item
            name="organizationId"
            label={t('hazards.department')}
            rules={[{ required: true, message: t('hazards.departmentRequired') }]}
          >
            <Select
              loading={departments.isPending}
              options={(departments.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
              data-testid="hazard-assign-department"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="deadline"
          label={t('hazards.deadline')}
          rules={[{ required: true, message: t('hazards.deadlineRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            data-testid="hazard-assign-deadline"
          />
        </Form.Item>
        <Form.Item name="note" label={t('hazards.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
