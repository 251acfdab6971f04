import {
  DEFAULT_TRANSITION_SETTINGS,
  DIVERSION_ROUTE_LABELS,
  DIVERSION_ROUTES,
  type Dispute,
  type DisputeAction,
  ERRORS,
} from '@fengqiao/domain';
import { Checkbox, Form, Input, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useDisputeAction } from '../hooks/use-dispute-mutations';
import { type ActionFormValues, actionFields, actionLabel, reasonLabelKey, toTransitionBody } from '../lib/action-form';
import { TaskforceMembersField } from './TaskforceMembersField';

interface Props {
  dispute: Dispute;
  action: DisputeAction;
  onClose: () => void;
}

/** One dialog for every action, asking exactly for the fields the domain rule says that action needs. */
export function ActionFormModal({ dispute, action, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<ActionFormValues>();
  const act = useDisputeAction(dispute.id);
  const done = useCloseWithMessage(onClose);
  const fields = actionFields(action, dispute.overdue);
  const wants = (field: string) => fields.find((spec) => spec.field === field);
  const departments = useOrganizations('department');
  const departmentOptions = (departments.data ?? []).map((org) => ({ value: org.id, label: org.name }));
  const required = (field: string, message: string) => (wants(field)?.required ? [{ required: true, message }] : []);
  const formsTaskforce = wants('taskforceMembers') !== undefined;
  // A task force grows out of the departments already working the case: they start chosen.
  const initialValues: ActionFormValues = formsTaskforce ? { departmentIds: dispute.assignedDepartmentIds } : {};
  const departmentRules = [
    ...required('departmentIds', t('disputes.departmentsRequired')),
    ...(formsTaskforce
      ? [
          {
            validator: (_rule: unknown, value: string[] | undefined) =>
              new Set(value ?? []).size < DEFAULT_TRANSITION_SETTINGS.taskforceMinDepartments
                ? Promise.reject(new Error(label(ERRORS.TASKFORCE_DEPARTMENTS_REQUIRED)))
                : Promise.resolve(),
          },
        ]
      : []),
  ];

  return (
    <FormModal
      title={actionLabel(action, label)}
      form={form}
      pending={act.isPending}
      error={act.error}
      errorTestId="action-form-error"
      onClose={onClose}
      okTestId="action-form-submit"
    >
      <Form<ActionFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        style={{ marginTop: 12 }}
        onFinish={(values) => act.mutate({ action, body: toTransitionBody(values) }, { onSuccess: () => done() })}
      >
        {wants('departmentIds') ? (
          <Form.Item name="departmentIds" label={t('disputes.departments')} rules={departmentRules}>
            <Select
              mode="multiple"
              loading={departments.isPending}
              options={departmentOptions}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="action-form-departments"
            />
          </Form.Item>
        ) : null}
        {wants('taskforceMembers') ? <TaskforceMembersField form={form} departments={departments.data ?? []} /> : null}
        {wants('route') ? (
          <Form.Item name="route" label={t('disputes.route')} rules={required('route', t('disputes.routeRequired'))}>
            <Select
              data-testid="action-form-route"
              options={DIVERSION_ROUTES.map((route) => ({ value: route, label: label(DIVERSION_ROUTE_LABELS[route]) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t(reasonLabelKey(action))}
          rules={
            wants('reason')?.required
              ? [{ required: true, whitespace: true, message: t('disputes.reasonRequired') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="action-form-reason" />
        </Form.Item>
        {wants('explanation') ? (
          <Form.Item
            name="explanation"
            label={t('disputes.overdueExplanation')}
            rules={[{ required: true, whitespace: true, message: t('disputes.explanationRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="action-form-explanation" />
          </Form.Item>
        ) : null}
        {wants('bothPartiesConsent') ? (
          <Form.Item
            name="bothPartiesConsent"
            valuePropName="checked"
            rules={[
              {
                validator: (_rule, value: unknown) =>
                  value === true ? Promise.resolve() : Promise.reject(new Error(t('disputes.consentRequired'))),
              },
            ]}
          >
            <Checkbox>{t('disputes.bothPartiesConsent')}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
