import { MEDIATION_TRACK_LABELS } from '@fengqiao/domain';
import { Alert, Checkbox, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow, toShanghaiIso } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import {
  useChosenDispute,
  useChosenMediations,
  useRecordOralAgreement,
  useWorkableDisputes,
} from '../hooks/use-oral-register';
import {
  allPartyIds,
  type OralAgreementFormValues,
  recordableMediations,
  toOralAgreement,
} from '../lib/oral-agreement-form';

/**
 * 登记口头协议 from the register: the case (one the user may work), the mediation it was reached in, the parties
 * who agreed, what they agreed and when the mediator recorded it (Arts. 28, 30).
 */
export function OralAgreementModal({ onClose }: { onClose: () => void }) {
  const { t, label, date } = useT();
  const [form] = Form.useForm<OralAgreementFormValues>();
  const [search, setSearch] = useState('');
  const disputeId = Form.useWatch('disputeId', form);
  const disputes = useWorkableDisputes(search);
  const dispute = useChosenDispute(disputeId);
  const mediations = useChosenMediations(disputeId);
  const recordable = recordableMediations(mediations.data ?? []);
  const save = useRecordOralAgreement();
  const done = useCloseWithMessage(onClose);

  const chooseDispute = () => {
    // The mediation and parties belong to the case: a new case starts them afresh.
    form.setFieldsValue({ mediationId: undefined, partyIds: undefined });
  };
  const loaded = dispute.data?.id === disputeId ? dispute.data : undefined;
  const mediationOptions = recordable.map((mediation) => ({
    value: mediation.id,
    label: `${label(MEDIATION_TRACK_LABELS[mediation.track])} · ${date(mediation.startedAt)}`,
  }));
  const onlyMediation = recordable.length === 1 ? recordable[0]?.id : undefined;
  // Usually every party agreed, in the case's one open mediation: both start chosen, and can be changed.
  useEffect(() => {
    if (loaded) form.setFieldsValue({ partyIds: allPartyIds(loaded.parties) });
  }, [form, loaded]);
  useEffect(() => {
    if (onlyMediation) form.setFieldsValue({ mediationId: onlyMediation });
  }, [form, onlyMediation]);

  const submit = (values: OralAgreementFormValues) => {
    const request = toOralAgreement(values, toShanghaiIso);
    if (request && values.disputeId) {
      save.mutate({ disputeId: values.disputeId, ...request }, { onSuccess: () => done() });
    }
  };

  return (
    <FormModal
      title={t('disputes.oral.register')}
      form={form}
      pending={save.isPending}
      error={save.error}
      errorTestId="oral-form-error"
      onClose={onClose}
      okTestId="oral-form-submit"
      notice={<Alert type="info" showIcon title={t('disputes.oral.effectiveNotice')} />}
    >
      <Form<OralAgreementFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{ recordedAt: shanghaiNow() }}
      >
        <Form.Item
          name="disputeId"
          label={t('disputes.oral.case')}
          rules={[{ required: true, message: t('disputes.oral.caseRequired') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('disputes.oral.casePlaceholder')}
            loading={disputes.isFetching}
            onChange={chooseDispute}
            options={(disputes.data?.items ?? []).map((item) => ({
              value: item.id,
              label: `${item.number} ${item.partyNames.join('、')}`,
            }))}
            data-testid="oral-form-case"
          />
        </Form.Item>
        {disputeId && mediations.isSuccess && recordable.length === 0 ? (
          <Alert type="warning" showIcon title={t('disputes.oral.noMediation')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="mediationId"
          label={t('disputes.oral.mediation')}
          rules={[{ required: true, message: t('disputes.oral.mediationRequired') }]}
        >
          <Select
            disabled={!disputeId}
            loading={mediations.isFetching}
            options={mediationOptions}
            data-testid="oral-form-mediation"
          />
        </Form.Item>
        <Form.Item
          name="partyIds"
          label={t('disputes.parties')}
          rules={[{ required: true, type: 'array', min: 1, message: t('disputes.oral.partiesRequired') }]}
        >
          <Checkbox.Group options={(loaded?.parties ?? []).map((party) => ({ value: party.id, label: party.name }))} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('disputes.oralContent')}
          rules={[{ required: true, whitespace: true, message: t('disputes.oral.contentRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} data-testid="oral-form-content" />
        </Form.Item>
        <TimeItem
          name="recordedAt"
          label={t('disputes.recordedAt')}
          requiredMessage={t('disputes.oral.recordedAtRequired')}
        />
      </Form>
    </FormModal>
  );
}
