import { type AgreementRecord, PERFORMANCE_STATUSES, type PerformanceStatus } from '@fengqiao/domain';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useSetPerformance } from '../hooks/use-dispute-handling';

interface Values {
  status?: PerformanceStatus;
  note?: string;
}

/** Art. 31 performance of an effective agreement: the button shows only while the server offers it. */
export function PerformanceButton({ agreement }: { agreement: AgreementRecord }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  if (!can(agreement, 'record_performance')) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="agreement-performance">
        {t('disputes.recordPerformance')}
      </Button>
      {open ? <PerformanceModal agreement={agreement} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PerformanceModal({ agreement, onClose }: { agreement: AgreementRecord; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const save = useSetPerformance(agreement.disputeId);
  const done = useCloseWithMessage(onClose);

  const submit = (values: Values) => {
    if (!values.status) return;
    const note = values.note?.trim();
    const body = { status: values.status, ...(note ? { note } : {}) };
    save.mutate({ agreementId: agreement.id, body }, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.recordPerformance')}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      okTestId="agreement-performance-submit"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{ status: agreement.performanceStatus, note: agreement.performanceNote ?? undefined }}
      >
        <Form.Item
          name="status"
          label={t('disputes.performance')}
          rules={[{ required: true, message: t('disputes.performanceRequired') }]}
        >
          <Select
            options={PERFORMANCE_STATUSES.map((status) => ({
              value: status,
              label: t(`disputes.performance.${status}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('disputes.performanceNote')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
