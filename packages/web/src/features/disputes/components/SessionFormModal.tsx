import { type Dispute, SESSION_MODE_LABELS, SESSION_MODES } from '@fengqiao/domain';
import { Checkbox, Form, Input, Radio } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow, toShanghaiIso } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useRecordSession } from '../hooks/use-mediation';
import { type SessionFormValues, toCreateSession } from '../lib/session-form';

interface Props {
  dispute: Dispute;
  mediationId: string;
  onClose: () => void;
}

/** One mediation session (on site, online or by phone): who took part and what was said (Art. 27 records). */
export function SessionFormModal({ dispute, mediationId, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<SessionFormValues>();
  const save = useRecordSession(dispute.id);
  const done = useCloseWithMessage(onClose);
  const now = shanghaiNow();

  const submit = (values: SessionFormValues) => {
    const body = toCreateSession(values, dispute.parties, toShanghaiIso);
    if (body) save.mutate({ mediationId, body }, { onSuccess: () => done() });
  };

  return (
    <FormModal
      title={t('disputes.recordSession')}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      okTestId="session-form-submit"
    >
      <Form<SessionFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={submit}
        initialValues={{
          mode: 'on_site',
          startedAt: now.subtract(1, 'hour'),
          endedAt: now,
          partyIds: dispute.parties.map((party) => party.id),
        }}
      >
        <Form.Item name="mode" label={t('disputes.sessionMode')}>
          <Radio.Group
            optionType="button"
            options={SESSION_MODES.map((mode) => ({ value: mode, label: label(SESSION_MODE_LABELS[mode]) }))}
          />
        </Form.Item>
        <TimeItem name="startedAt" label={t('disputes.startedAt')} requiredMessage={t('disputes.timeRequired')} />
        <TimeItem name="endedAt" label={t('disputes.endedAt')} requiredMessage={t('disputes.timeRequired')} />
        <Form.Item name="location" label={t('disputes.location')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="partyIds" label={t('disputes.partiesPresent')}>
          <Checkbox.Group options={dispute.parties.map((party) => ({ value: party.id, label: party.name }))} />
        </Form.Item>
        <Form.Item name="mediatorName" label={t('disputes.mediatorName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="record"
          label={t('disputes.sessionRecord')}
          rules={[{ required: true, whitespace: true, message: t('disputes.recordRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={20000} data-testid="session-record" />
        </Form.Item>
        <Form.Item name="reportedToPolice" valuePropName="checked">
          <Checkbox>{t('disputes.reportedToPolice')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
