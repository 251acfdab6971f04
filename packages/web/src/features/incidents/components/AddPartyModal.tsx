import { Form } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useAddIncidentParty } from '../hooks/use-incident-mutations';
import { type IncidentPartyValues, toCreateIncidentParty } from '../lib/incident-form';
import { IncidentPartyFields } from './IncidentPartyFields';

/** 添加人员: someone found on the scene or named later; the search index and repeat links follow on the server. */
export function AddPartyModal({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<IncidentPartyValues>();
  const add = useAddIncidentParty(incidentId);
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('incidents.addParty')}
      form={form}
      pending={add.isPending}
      error={add.error}
      errorTestId="party-form-error"
      okTestId="party-form-submit"
      onClose={onClose}
    >
      <Form<IncidentPartyValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{ role: 'party' }}
        onFinish={(values) => {
          const party = toCreateIncidentParty(values);
          if (party) add.mutate(party, { onSuccess: () => done() });
          else form.setFields([{ name: 'name', errors: [t('incidents.partyNameRequired')] }]);
        }}
      >
        <IncidentPartyFields prefix={[]} nameTestId="party-form-name" />
      </Form>
    </FormModal>
  );
}
