import { Alert, Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useRevokeAgreement } from '../hooks/use-venues';

/**
 * 撤销协议: a reason is required, and the dialog says plainly what happens — the cameras leave every new view at
 * once and viewers already watching lose the picture within a minute (the live module's sweep).
 */
export function RevokeAgreementModal({
  venueId,
  agreementId,
  onClose,
}: {
  venueId: string;
  agreementId: string;
  onClose: () => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeAgreement(venueId);
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('venues.agreement.revokeTitle')}
      form={form}
      pending={revoke.isPending}
      error={revoke.error}
      okTestId="agreement-revoke-submit"
      onClose={onClose}
      notice={<Alert type="warning" showIcon title={t('venues.agreement.revokeNotice')} />}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ reason }) =>
          revoke.mutate(
            { agreementId, body: { reason: reason.trim() } },
            { onSuccess: () => done('venues.agreement.revoked') },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('venues.agreement.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('venues.agreement.revokeReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} data-testid="agreement-revoke-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
