import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useDecideCadreRegistration } from '../hooks/use-cadres';

/** 拒绝: a reason is required and kept with the registration; the account stays unusable. */
export function RefuseRegistrationModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideCadreRegistration();
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('cadres.refuseTitle')}
      form={form}
      pending={decide.isPending}
      error={decide.error}
      okTestId="cadre-refuse-submit"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ reason }) =>
          decide.mutate({ id, refuse: { reason: reason.trim() } }, { onSuccess: () => done('cadres.refused') })
        }
      >
        <Form.Item
          name="reason"
          label={t('cadres.refuseReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('cadres.refuseReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} data-testid="cadre-refuse-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
