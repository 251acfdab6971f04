import type { Dispute, Mediation } from '@fengqiao/domain';
import { Alert, Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useExtendMediation } from '../hooks/use-dispute-handling';

interface Values {
  until?: dayjs.Dayjs;
  consentedPartyIds?: string[];
  note?: string;
}

interface Props {
  dispute: Dispute;
  mediation: Mediation;
  onClose: () => void;
}

/** Extends a people's mediation past its month; the law needs every party's consent, so all are listed. */
export function ExtendMediationModal({ dispute, mediation, onClose }: Props) {
  const { t } = useT();
  const [form] = Form.useForm<Values>();
  const extend = useExtendMediation(dispute.id);
  const done = useCloseWithMessage(onClose);
  const lastDay = mediation.lastDay ? dayjs(mediation.lastDay) : dayjs();

  const submit = (values: Values) => {
    if (!values.until || !values.consentedPartyIds) return;
    const note = values.note?.trim();
    const body = {
      until: values.until.format('YYYY-MM-DD'),
      consentedPartyIds: values.consentedPartyIds,
      ...(note ? { note } : {}),
    };
    extend.mutate({ mediationId: mediation.id, body }, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.extendMediation')}
      form={form}
      pending={extend.isPending}
      error={extend.error}
      onClose={onClose}
      okTestId="mediation-extend-submit"
      notice={<Alert type="info" showIcon title={t('disputes.everyPartyMustConsent')} />}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{ until: lastDay.add(1, 'month'), consentedPartyIds: [] }}
      >
        <Form.Item
          name="until"
          label={t('disputes.extendUntil')}
          rules={[{ required: true, message: t('disputes.extendUntilRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(day) => day.isBefore(lastDay, 'day') || day.isSame(lastDay, 'day')}
          />
        </Form.Item>
        <Form.Item
          name="consentedPartyIds"
          label={t('disputes.consentedParties')}
          rules={[{ required: true, type: 'array', min: 1, message: t('disputes.consentedPartiesRequired') }]}
        >
          <Checkbox.Group options={dispute.parties.map((party) => ({ value: party.id, label: party.name }))} />
        </Form.Item>
        <Form.Item name="note" label={t('disputes.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
