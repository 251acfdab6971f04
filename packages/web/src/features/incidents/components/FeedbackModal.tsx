import {
  DEFAULT_DISPUTE_CATEGORIES,
  defaultDisputeCategoryFor,
  INCIDENT_ACTION_LABELS,
  type IncidentListItem,
} from '@fengqiao/domain';
import { Form, Input, Radio, Select } from 'antd';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useIncidentActions } from '../hooks/use-incident-mutations';
import {
  type FeedbackDisposition,
  feedbackSteps,
  type IncidentActionValues,
  incidentActionFields,
  type PhoneSteps,
  toIncidentActionBody,
} from '../lib/incident-actions';

const NOTE_KEYS: Record<FeedbackDisposition, MessageKey> = {
  handle_on_scene: 'incidents.noteHandledOnScene',
  refer_people_mediation: 'incidents.noteReferredMediation',
  refer_department: 'incidents.noteReferredDepartment',
};

interface FeedbackValues extends IncidentActionValues {
  disposition?: FeedbackDisposition;
}

/**
 * 反馈: choose how it ended and submit; the note is written for the officer (they may edit it), a referral's
 * dispute category starts from the incident's class, and only a department referral asks for one more choice.
 */
export function FeedbackModal({
  incident,
  steps,
  onClose,
}: {
  incident: Pick<IncidentListItem, 'id' | 'classCode'>;
  steps: PhoneSteps;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const [form] = Form.useForm<FeedbackValues>();
  const act = useIncidentActions(incident.id);
  const done = useCloseWithMessage(onClose);
  const disposition = Form.useWatch('disposition', form);
  const departments = useOrganizations('department');

  return (
    <FormModal
      title={t('incidents.feedbackTitle')}
      form={form}
      pending={act.isPending}
      error={act.error}
      errorTestId="incident-step-error"
      okTestId="incident-step-submit"
      onClose={onClose}
    >
      <Form<FeedbackValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ disputeCategory: defaultDisputeCategoryFor(incident.classCode) }}
        onValuesChange={(changed: FeedbackValues) => {
          if (changed.disposition) form.setFieldValue('note', t(NOTE_KEYS[changed.disposition]));
        }}
        onFinish={({ disposition: chosen, ...values }) => {
          if (!chosen) return;
          const bodies = feedbackSteps(chosen, steps.startsHandling).map((action) =>
            action === chosen ? toIncidentActionBody(action, values) : { action },
          );
          act.mutate(bodies, { onSuccess: () => done() });
        }}
      >
        <Form.Item name="disposition" rules={[{ required: true, message: t('incidents.dispositionRequired') }]}>
          <Radio.Group style={{ width: '100%' }}>
            {steps.feedback.map((action) => (
              <Radio.Button
                key={action}
                value={action}
                style={{ display: 'block', height: 52, lineHeight: '50px', fontSize: 18, marginBottom: 8 }}
              >
                <span data-testid={`feedback-${action}`}>{label(INCIDENT_ACTION_LABELS[action])}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {disposition === 'refer_people_mediation' ? (
          <Form.Item
            name="disputeCategory"
            label={t('incidents.disputeCategory')}
            rules={[{ required: true, message: t('incidents.disputeCategoryRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={DEFAULT_DISPUTE_CATEGORIES.map((category) => ({ value: category.code, label: label(category) }))}
            />
          </Form.Item>
        ) : null}
        {disposition === 'refer_department' ? (
          <Form.Item
            name="departmentId"
            label={t('incidents.department')}
            rules={[{ required: true, message: t('incidents.departmentRequired') }]}
          >
            <Select
              loading={departments.isPending}
              options={(departments.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
              data-testid="feedback-department"
            />
          </Form.Item>
        ) : null}
        {disposition ? (
          <Form.Item
            name="note"
            label={t('incidents.note')}
            rules={
              incidentActionFields(disposition).some((spec) => spec.field === 'note' && spec.required)
                ? [{ required: true, whitespace: true, message: t('incidents.noteRequired') }]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="feedback-note" />
          </Form.Item>
        ) : null}
      </Form>
    </FormModal>
  );
}
