import { DIVERSION_ROUTE_LABELS, DIVERSION_ROUTES, type DiversionRoute } from '@fengqiao/domain';
import { Alert, Checkbox, Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useTerminateMediation } from '../hooks/use-dispute-handling';

interface Values {
  reason?: string;
  otherRoutesExplained?: boolean;
  routesExplained?: DiversionRoute[];
}

interface Props {
  disputeId: string;
  mediationId: string;
  onClose: () => void;
}

/** Ends a mediation without agreement (Art. 26): why, and that the parties were told of the other routes. */
export function TerminateMediationModal({ disputeId, mediationId, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const terminate = useTerminateMediation(disputeId);
  const done = useCloseWithMessage(onClose);

  const submit = (values: Values) => {
    const routes = values.routesExplained ?? [];
    const body = {
      reason: values.reason?.trim() ?? '',
      otherRoutesExplained: values.otherRoutesExplained === true,
      ...(routes.length > 0 ? { routesExplained: routes } : {}),
    };
    terminate.mutate({ mediationId, body }, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.terminateMediation')}
      form={form}
      pending={terminate.isPending}
      error={terminate.error}
      onClose={onClose}
      okTestId="mediation-terminate-submit"
      notice={<Alert type="info" showIcon title={t('disputes.terminateNotice')} />}
    >
      <Form<Values> form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('disputes.terminateReason')}
          rules={[{ required: true, whitespace: true, message: t('disputes.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="mediation-terminate-reason" />
        </Form.Item>
        <Form.Item name="routesExplained" label={t('disputes.routesExplained')}>
          <Checkbox.Group
            options={DIVERSION_ROUTES.map((route) => ({ value: route, label: label(DIVERSION_ROUTE_LABELS[route]) }))}
          />
        </Form.Item>
        {/* The law makes telling the parties part of ending, so the box must be ticked before 保存 is accepted. */}
        <Form.Item
          name="otherRoutesExplained"
          valuePropName="checked"
          rules={[
            {
              validator: (_rule, value: unknown) =>
                value === true ? Promise.resolve() : Promise.reject(new Error(t('disputes.otherRoutesRequired'))),
            },
          ]}
        >
          <Checkbox data-testid="mediation-terminate-explained">{t('disputes.otherRoutesExplained')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
