import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { INCIDENT_SOURCE_LABELS, INCIDENT_SOURCES, type Incident } from '@fengqiao/domain';
import { Button, Card, Checkbox, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useIncidentClasses } from '../hooks/use-incident-classes';
import { useRecordIncident } from '../hooks/use-incident-mutations';
import {
  classDisputeFlag,
  classOptions,
  INITIAL_INCIDENT_VALUES,
  type IncidentFormValues,
  toCreateIncident,
} from '../lib/incident-form';
import { IncidentPartyFields } from './IncidentPartyFields';

interface Props {
  /** The village an auxiliary officer records for, filled in from their grant. */
  defaultVillageId?: string;
  onClose: () => void;
  onRecorded: (incident: Incident) => void;
}

/** 接警登记: the call as it comes in; the received time starts at now and the dispute flag at the class's. */
export function RecordIncidentModal({ defaultVillageId, onClose, onRecorded }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<IncidentFormValues>();
  const classes = useIncidentClasses();
  const record = useRecordIncident();
  const [receivedDefault] = useState(() => shanghaiNow());

  return (
    <FormModal
      title={t('incidents.record')}
      form={form}
      pending={record.isPending}
      error={record.error ?? classes.error}
      errorTestId="incident-form-error"
      okTestId="incident-form-submit"
      onClose={onClose}
      width={640}
    >
      <Form<IncidentFormValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{ ...INITIAL_INCIDENT_VALUES, receivedAt: receivedDefault, jurisdictionId: defaultVillageId }}
        onValuesChange={(changed: IncidentFormValues) => {
          if ('classCode' in changed)
            form.setFieldValue('dispute', classDisputeFlag(classes.data?.items ?? [], changed.classCode));
        }}
        onFinish={(values) => record.mutate(toCreateIncident(values, receivedDefault), { onSuccess: onRecorded })}
      >
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('incidents.source')} style={{ flex: '1 1 160px' }}>
            <Select
              data-testid="incident-form-source"
              options={INCIDENT_SOURCES.map((source) => ({
                value: source,
                label: label(INCIDENT_SOURCE_LABELS[source]),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="classCode"
            label={t('incidents.class')}
            rules={[{ required: true, message: t('incidents.classRequired') }]}
            style={{ flex: '2 1 220px' }}
          >
            <Select
              data-testid="incident-form-class"
              showSearch={{ optionFilterProp: 'label' }}
              loading={classes.isPending}
              options={classOptions(classes.data?.items ?? [])}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="jurisdictionId"
            label={t('incidents.villageOrGroup')}
            rules={[{ required: true, message: t('incidents.villageRequired') }]}
            style={{ flex: '1 1 200px' }}
          >
            <JurisdictionPicker
              levels={['village', 'community', 'group']}
              hideLevels={[]}
              testId="incident-form-village"
            />
          </Form.Item>
          <Form.Item name="address" label={t('incidents.address')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={200} data-testid="incident-form-address" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="summary"
          label={t('incidents.summary')}
          rules={[{ required: true, whitespace: true, message: t('incidents.summaryRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="incident-form-summary" />
        </Form.Item>
        <Flex gap={12} wrap align="end">
          <div style={{ flex: '1 1 220px' }}>
            <TimeItem
              name="receivedAt"
              label={t('incidents.receivedAt')}
              requiredMessage={t('incidents.timeRequired')}
            />
          </div>
          <Form.Item name="dispute" valuePropName="checked" style={{ flex: '1 1 160px' }}>
            <Checkbox data-testid="incident-form-dispute">{t('incidents.disputeFlag')}</Checkbox>
          </Form.Item>
        </Flex>
        <Typography.Title level={5}>{t('incidents.parties')}</Typography.Title>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <Flex vertical gap={10}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('incidents.partyN', { n: index + 1 })}
                  extra={
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('common.delete')}
                    />
                  }
                >
                  <IncidentPartyFields prefix={[field.name]} nameTestId={`incident-form-party-name-${index}`} />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'party' })} block>
                {t('incidents.addParty')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
