import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  DEFAULT_DISPUTE_CATEGORIES,
  defaultDisputeCategoryFor,
  INCIDENT_ACTION_LABELS,
  type Incident,
  type IncidentAction,
  type IncidentActionField,
} from '@fengqiao/domain';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '../../../app/i18n/dictionaries';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useIncidentActions } from '../hooks/use-incident-mutations';
import { useIncidents, useResponders } from '../hooks/use-incidents';
import {
  asksForTime,
  type IncidentActionValues,
  incidentActionFields,
  toIncidentActionBody,
} from '../lib/incident-actions';

const FIELD_TEXT: Record<IncidentActionField, { label: MessageKey; required: MessageKey }> = {
  responsibleOfficerId: { label: 'incidents.responsibleOfficer', required: 'incidents.responsibleOfficerRequired' },
  caseKind: { label: 'incidents.caseKind', required: 'incidents.caseKindRequired' },
  caseNumber: { label: 'incidents.caseNumber', required: 'incidents.caseNumberRequired' },
  departmentId: { label: 'incidents.department', required: 'incidents.departmentRequired' },
  duplicateOfId: { label: 'incidents.duplicateOf', required: 'incidents.duplicateOfRequired' },
  disputeCategory: { label: 'incidents.disputeCategory', required: 'incidents.disputeCategoryRequired' },
  note: { label: 'incidents.note', required: 'incidents.noteRequired' },
};

function ResponderSelect({ incidentId, ...rest }: { incidentId: string }) {
  const responders = useResponders(incidentId);
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      loading={responders.isPending}
      options={(responders.data ?? []).map((person) => ({ value: person.userId, label: person.name }))}
      data-testid="action-form-officer"
    />
  );
}

function DepartmentSelect(props: object) {
  const departments = useOrganizations('department');
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={departments.isPending}
      options={(departments.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
      data-testid="action-form-department"
    />
  );
}

/** The original of a duplicate, found by number or words of its summary among all the station's incidents. */
function DuplicateOfSelect({ incidentId, ...rest }: { incidentId: string }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const found = useIncidents({ all: true, ...(q ? { q } : {}) });
  const options = (found.data?.pages.flatMap((page) => page.items) ?? [])
    .filter((incident) => incident.id !== incidentId)
    .map((incident) => ({ value: incident.id, label: `${incident.number} ${incident.className} ${incident.summary}` }));
  return (
    <Select
      {...rest}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      placeholder={t('incidents.duplicateSearch')}
      loading={found.isFetching}
      options={options}
      data-testid="action-form-duplicate"
    />
  );
}

/** One dialog for every action, asking exactly the fields the domain rule requires, with the server's refusal on top. */
export function IncidentActionModal({
  incident,
  action,
  onClose,
}: {
  incident: Incident;
  action: IncidentAction;
  onClose: () => void;
}) {
  const { t, label } = useT();
  const [form] = Form.useForm<IncidentActionValues>();
  const act = useIncidentActions(incident.id);
  const done = useCloseWithMessage(onClose);
  const [now] = useState(() => shanghaiNow());
  const fields = incidentActionFields(action);
  const rules = (field: IncidentActionField, required: boolean) =>
    required ? [{ required: true, whitespace: true, message: t(FIELD_TEXT[field].required) }] : [];

  const input = (field: IncidentActionField) => {
    switch (field) {
      case 'responsibleOfficerId':
        return <ResponderSelect incidentId={incident.id} />;
      case 'caseKind':
        return (
          <Select
            options={CASE_KINDS.map((kind) => ({ value: kind, label: label(CASE_KIND_LABELS[kind]) }))}
            data-testid="action-form-case-kind"
          />
        );
      case 'caseNumber':
        return <Input maxLength={60} data-testid="action-form-case-number" />;
      case 'departmentId':
        return <DepartmentSelect />;
      case 'duplicateOfId':
        return <DuplicateOfSelect incidentId={incident.id} />;
      case 'disputeCategory':
        return (
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={DEFAULT_DISPUTE_CATEGORIES.map((category) => ({ value: category.code, label: label(category) }))}
            data-testid="action-form-dispute-category"
          />
        );
      case 'note':
        return <Input.TextArea rows={3} maxLength={2000} data-testid="action-form-note" />;
    }
  };

  return (
    <FormModal
      title={label(INCIDENT_ACTION_LABELS[action])}
      form={form}
      pending={act.isPending}
      error={act.error}
      errorTestId="action-form-error"
      okTestId="action-form-submit"
      onClose={onClose}
    >
      <Form<IncidentActionValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{ at: now, disputeCategory: defaultDisputeCategoryFor(incident.classCode) }}
        onFinish={(values) => act.mutate([toIncidentActionBody(action, values, now)], { onSuccess: () => done() })}
      >
        {asksForTime(action) ? (
          <TimeItem name="at" label={t('incidents.actionAt')} requiredMessage={t('incidents.timeRequired')} />
        ) : null}
        {fields.map((spec) => (
          <Form.Item
            key={spec.field}
            name={spec.field}
            label={t(FIELD_TEXT[spec.field].label)}
            rules={rules(spec.field, spec.required)}
          >
            {input(spec.field)}
          </Form.Item>
        ))}
      </Form>
    </FormModal>
  );
}
