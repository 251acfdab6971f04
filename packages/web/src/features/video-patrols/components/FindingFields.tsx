import {
  VIDEO_PATROL_FINDING_KIND_LABELS,
  VIDEO_PATROL_FINDING_KINDS,
  VIDEO_REMINDER_CHANNEL_LABELS,
  VIDEO_REMINDER_CHANNELS,
  VIDEO_REMINDER_TARGET_LABELS,
  type VideoReminderRecipientOptions,
} from '@fengqiao/domain';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { useIncidentClasses } from '../../incidents/hooks/use-incident-classes';
import { classOptions } from '../../incidents/lib/incident-form';
import type { ResultFormValues } from '../lib/result-form';

function IncidentClassField() {
  const { t } = useT();
  const classes = useIncidentClasses();
  return (
    <Form.Item name="classCode" label={t('videoPatrols.finding.class')} rules={[{ required: true }]}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={classes.isPending}
        options={classOptions(classes.data?.items ?? [])}
        data-testid="finding-class"
      />
    </Form.Item>
  );
}

/**
 * What a finding becomes: a remote reminder (to whom, by which channel, what to say), an incident (its class) or
 * a hazard (its title and last day). Whom the camera's village can remind comes from the server.
 */
export function FindingFields({ recipients }: { recipients: VideoReminderRecipientOptions | undefined }) {
  const { t, label } = useT();
  const form = Form.useFormInstance<ResultFormValues>();
  const becomes = Form.useWatch('becomes', form);
  const target = Form.useWatch('target', form);
  const recipientName = (value: string) => {
    if (value === 'village_auxiliary') return recipients?.auxiliary?.name;
    if (value === 'household') return recipients?.household?.name;
    return undefined;
  };

  return (
    <>
      <Form.Item name="becomes" label={t('videoPatrols.finding.becomes')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="finding-becomes"
          options={VIDEO_PATROL_FINDING_KINDS.map((kind) => ({
            value: kind,
            label: <span data-testid={`finding-becomes-${kind}`}>{label(VIDEO_PATROL_FINDING_KIND_LABELS[kind])}</span>,
          }))}
        />
      </Form.Item>
      {becomes === 'reminder' ? (
        <>
          <Form.Item name="target" label={t('videoPatrols.finding.target')}>
            <Radio.Group data-testid="finding-target">
              {(['village_auxiliary', 'village_cadre', 'household'] as const).map((value) => {
                const unavailable =
                  (value === 'village_auxiliary' && recipients?.auxiliary === null) ||
                  (value === 'village_cadre' && recipients?.cadres.length === 0) ||
                  (value === 'household' && recipients?.household === null);
                const name = recipientName(value);
                return (
                  <Radio key={value} value={value} disabled={unavailable} data-testid={`finding-target-${value}`}>
                    {label(VIDEO_REMINDER_TARGET_LABELS[value])}
                    {name ? `（${name}）` : ''}
                  </Radio>
                );
              })}
            </Radio.Group>
          </Form.Item>
          {target === 'village_cadre' ? (
            <Form.Item name="cadreUserId" label={t('videoPatrols.finding.cadre')} rules={[{ required: true }]}>
              <Select
                options={(recipients?.cadres ?? []).map((cadre) => ({ value: cadre.userId, label: cadre.name }))}
                data-testid="finding-cadre"
              />
            </Form.Item>
          ) : null}
          <Form.Item name="channel" label={t('videoPatrols.finding.channel')}>
            <Radio.Group
              optionType="button"
              options={VIDEO_REMINDER_CHANNELS.map((channel) => ({
                value: channel,
                label: label(VIDEO_REMINDER_CHANNEL_LABELS[channel]),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="message"
            label={t('videoPatrols.finding.message')}
            extra={t('videoPatrols.finding.messageHint')}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="finding-message" />
          </Form.Item>
        </>
      ) : null}
      {becomes === 'incident' ? (
        <>
          <IncidentClassField />
          <Form.Item name="title" label={t('videoPatrols.finding.incidentTitle')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      ) : null}
      {becomes === 'hazard' ? (
        <>
          <Form.Item
            name="title"
            label={t('videoPatrols.finding.hazardTitle')}
            extra={t('videoPatrols.finding.titleHint')}
          >
            <Input maxLength={200} data-testid="finding-hazard-title" />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('videoPatrols.finding.deadline')}
            getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
            normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
          >
            <DatePicker inputReadOnly />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
