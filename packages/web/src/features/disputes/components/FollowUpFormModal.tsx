import { type AgreementRecord, SATISFACTION_LABELS, SATISFACTION_LEVELS } from '@fengqiao/domain';
import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow, toShanghaiIso } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useRecordFollowUp } from '../hooks/use-mediation';
import { unnumberedAgreementKey } from '../lib/agreement-checklist';
import { type FollowUpFormValues, toFollowUpVisit } from '../lib/follow-up-form';

interface Props {
  disputeId: string;
  agreements: readonly AgreementRecord[];
  onClose: () => void;
}

/** One follow-up visit (回访) as written in the visit book: whom, whether the agreement is kept, any new risk. */
export function FollowUpFormModal({ disputeId, agreements, onClose }: Props) {
  const { t, label, date } = useT();
  const [form] = Form.useForm<FollowUpFormValues>();
  const save = useRecordFollowUp(disputeId);
  const done = useCloseWithMessage(onClose);

  const submit = (values: FollowUpFormValues) => {
    const body = toFollowUpVisit(values, toShanghaiIso);
    if (body) save.mutate(body, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.addFollowUp')}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      okTestId="follow-up-submit"
    >
      <Form<FollowUpFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        // The usual visit is about the one agreement reached; a case with several makes the worker choose.
        initialValues={{
          visitedAt: shanghaiNow(),
          performed: false,
          ...(agreements.length === 1 && agreements[0] ? { agreementId: agreements[0].id } : {}),
        }}
      >
        <TimeItem name="visitedAt" label={t('disputes.visitedAt')} requiredMessage={t('disputes.visitedAtRequired')} />
        <Form.Item
          name="whom"
          label={t('disputes.whom')}
          rules={[{ required: true, whitespace: true, message: t('disputes.whomRequired') }]}
        >
          <Input maxLength={100} data-testid="follow-up-whom" />
        </Form.Item>
        {agreements.length > 0 ? (
          <Form.Item name="agreementId" label={t('disputes.followUpAgreement')}>
            <Select
              allowClear
              options={agreements.map((agreement) => ({
                value: agreement.id,
                label:
                  agreement.number ??
                  [t(unnumberedAgreementKey(agreement)), agreement.effectiveDate ? date(agreement.effectiveDate) : '']
                    .filter(Boolean)
                    .join(' · '),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="performed" valuePropName="checked">
          <Checkbox data-testid="follow-up-performed">{t('disputes.agreementWasPerformed')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="satisfaction"
          label={t('disputes.satisfaction')}
          rules={[{ required: true, message: t('disputes.satisfactionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            data-testid="follow-up-satisfaction"
            options={SATISFACTION_LEVELS.map((level) => ({ value: level, label: label(SATISFACTION_LABELS[level]) }))}
          />
        </Form.Item>
        <Form.Item name="hiddenRisk" label={t('disputes.hiddenRiskFound')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="note" label={t('disputes.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
