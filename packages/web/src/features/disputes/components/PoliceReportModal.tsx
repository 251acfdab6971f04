import { Alert, Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useReportToPolice } from '../hooks/use-dispute-handling';

interface Props {
  disputeId: string;
  mediationId: string;
  onClose: () => void;
}

/** Records the Art. 25 report to the police of a mediation that may turn violent. */
export function PoliceReportModal({ disputeId, mediationId, onClose }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<{ note?: string }>();
  const report = useReportToPolice(disputeId);
  const done = useCloseWithMessage(onClose);

  return (
    <FormModal
      title={t('disputes.reportToPolice')}
      form={form}
      pending={report.isPending}
      error={report.error}
      onClose={onClose}
      okTestId="mediation-report-submit"
      notice={<Alert type="warning" showIcon title={t('disputes.policeReportNotice')} />}
    >
      <Form<{ note?: string }>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ note }) => report.mutate({ mediationId, note: note?.trim() ?? '' }, { onSuccess: () => done() })}
      >
        <Form.Item
          name="note"
          label={t('disputes.policeReportNote')}
          rules={[{ required: true, whitespace: true, message: t('disputes.policeReportNoteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="mediation-report-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
