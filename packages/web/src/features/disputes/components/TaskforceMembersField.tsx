import { ERRORS, type Organization } from '@fengqiao/domain';
import { Flex, Form, type FormInstance, Select, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { useOrganizationStaff } from '../../people/hooks/use-people';
import { type ActionFormValues, unstaffedDepartments } from '../lib/action-form';

interface Props {
  form: FormInstance<ActionFormValues>;
  departments: readonly Pick<Organization, 'id' | 'name'>[];
}

/** One row per chosen department: its own people to pick from, and its own error until someone is picked. */
function DepartmentRow({
  form,
  department,
}: {
  form: FormInstance<ActionFormValues>;
  department: Props['departments'][number];
}) {
  const { t, label } = useT();
  const staff = useOrganizationStaff(department.id);
  const people = staff.data?.items ?? [];
  return (
    <div data-testid={`taskforce-row-${department.id}`}>
      <Form.Item
        name={['taskforceMembers', department.id]}
        label={department.name}
        dependencies={['departmentIds']}
        rules={[
          {
            // The domain's rule (taskforceGaps), so the dialog marks exactly the rows the server would refuse.
            validator: () =>
              unstaffedDepartments(form.getFieldsValue(true)).includes(department.id)
                ? Promise.reject(new Error(label(ERRORS.TASKFORCE_MEMBERS_REQUIRED)))
                : Promise.resolve(),
          },
        ]}
        extra={staff.isSuccess && people.length === 0 ? t('taskforce.noStaff') : undefined}
      >
        <Select
          mode="multiple"
          loading={staff.isPending}
          placeholder={t('taskforce.pickMembers')}
          showSearch={{ optionFilterProp: 'label' }}
          options={people.map((person) => ({
            value: person.id,
            label: [person.name, person.title].filter(Boolean).join(' · '),
          }))}
          data-testid={`taskforce-members-${department.id}`}
        />
      </Form.Item>
    </div>
  );
}

/** The task force's members, department by department, for the departments chosen above. */
export function TaskforceMembersField({ form, departments }: Props) {
  const { t } = useT();
  const chosen: string[] = Form.useWatch('departmentIds', form) ?? [];
  const rows = chosen.flatMap((id) => departments.filter((department) => department.id === id));
  return (
    <Flex vertical data-testid="taskforce-members">
      <Typography.Text strong style={{ marginBottom: 4 }}>
        {t('disputes.taskforceMembers')}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginBottom: 8 }}>
        {t('taskforce.departmentsHint')}
      </Typography.Text>
      {rows.map((department) => (
        <DepartmentRow key={department.id} form={form} department={department} />
      ))}
    </Flex>
  );
}
