import { AGREEMENT_ITEM_LABELS, type Agreement, type Dispute, shanghaiDate } from '@fengqiao/domain';
import { Alert, Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useSaveAgreement } from '../hooks/use-mediation';
import {
  type AgreementFormValues,
  initialAgreementValues,
  missingItemsOf,
  toAgreementBody,
} from '../lib/agreement-form';
import { MissingItemsList } from './MissingItemsList';

interface Props {
  dispute: Dispute;
  mediationId: string;
  agreement?: Agreement;
  /** The field to put the cursor in, when opened from the agreement's checklist. */
  focus?: keyof AgreementFormValues;
  onClose: () => void;
}

type TextItem = 'facts' | 'disputedMatters' | 'responsibilities' | 'terms' | 'performanceManner' | 'performancePlace';
const TEXT_ITEMS: ReadonlyArray<[TextItem, keyof typeof AGREEMENT_ITEM_LABELS, number]> = [
  ['facts', 'FACTS', 4],
  ['disputedMatters', 'DISPUTED_MATTERS', 2],
  ['responsibilities', 'RESPONSIBILITIES', 2],
  ['terms', 'TERMS', 4],
  ['performanceManner', 'PERFORMANCE_MANNER', 1],
  ['performancePlace', 'PERFORMANCE_PLACE', 1],
];

/**
 * The written agreement (调解协议书): every Art. 29 item, and who has signed; what is missing shows as you type. A
 * recorded draft stays editable until it is effective (the editor only opens while the server offers `sign`).
 */
export function AgreementEditorModal({ dispute, mediationId, agreement, focus, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<AgreementFormValues>();
  const save = useSaveAgreement(dispute.id);
  const done = useCloseWithMessage(onClose);
  const values = Form.useWatch([], form) ?? initialAgreementValues(agreement);
  const missing = missingItemsOf(values, dispute.parties);

  useEffect(() => {
    if (!focus) return;
    // After the dialog has mounted its fields; the dialog keeps focus that is already inside it.
    const timer = setTimeout(() => form.scrollToField(focus, { focus: true, block: 'center' }), 0);
    return () => clearTimeout(timer);
  }, [focus, form]);

  const submit = (formValues: AgreementFormValues) => {
    const body = toAgreementBody(formValues, dispute.parties, shanghaiDate(new Date()), agreement);
    const input = agreement ? { agreementId: agreement.id, body } : { mediationId, body };
    save.mutate(input, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={agreement ? (agreement.number ?? t('agreement.draft')) : t('disputes.newAgreement')}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      width={720}
      okTestId="agreement-form-submit"
      notice={
        missing.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('disputes.missingItems')}
            description={<MissingItemsList items={missing} />}
          />
        ) : (
          <Alert type="success" showIcon title={t('disputes.allItemsPresent')} />
        )
      }
    >
      <Form<AgreementFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={initialAgreementValues(agreement)}
        onFinish={submit}
      >
        {TEXT_ITEMS.map(([name, code, rows]) => (
          <Form.Item key={name} name={name} label={label(AGREEMENT_ITEM_LABELS[code])}>
            <Input.TextArea rows={rows} maxLength={5000} data-testid={`agreement-${name}`} />
          </Form.Item>
        ))}
        <Form.Item
          name="performanceDeadline"
          label={label(AGREEMENT_ITEM_LABELS.PERFORMANCE_DEADLINE)}
          getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="signedPartyIds" label={t('disputes.partySignatures')}>
          <Checkbox.Group
            options={dispute.parties.map((party) => ({ value: party.id, label: party.name }))}
            data-testid="agreement-signatures"
          />
        </Form.Item>
        <Form.Item name="mediatorSigned" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox data-testid="agreement-mediator-signed">{t('disputes.mediatorSigned')}</Checkbox>
        </Form.Item>
        <Form.Item name="committeeSealed" valuePropName="checked">
          <Checkbox data-testid="agreement-committee-sealed">{t('disputes.committeeSealed')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
