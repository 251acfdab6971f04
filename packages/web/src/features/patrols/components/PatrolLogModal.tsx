import { PATROL_FINDING_KINDS, PATROL_FINDING_LABELS, type PatrolFindingKind } from '@fengqiao/domain';
import { Alert, App, Button, Flex, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useIncidentClasses } from '../../incidents/hooks/use-incident-classes';
import { classOptions } from '../../incidents/lib/incident-form';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useCreatePatrolLog } from '../hooks/use-patrols';
import { findingNeedsPlace, logBody, logFormComplete } from '../lib/log-form';

const BIG = { height: 64, fontSize: 18, borderRadius: 12, whiteSpace: 'normal', lineHeight: 1.2 } as const;

interface Props {
  shift: { id: string; teamName: string; day: string };
  /** The team's own village when it patrols one, so a hazard there needs no choosing. */
  defaultVillageId?: string | undefined;
  onClose: () => void;
}

/**
 * The leader's log of a night: what was found, as four big buttons, then 保存 — from the phone log that is three
 * taps (填写日志, the finding, 保存). A hazard or an incident also needs its village and a description, since the
 * server registers it in the same step.
 */
export function PatrolLogModal({ shift, defaultVillageId, onClose }: Props) {
  const { t, label, date } = useT();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const create = useCreatePatrolLog();
  const [kind, setKind] = useState<PatrolFindingKind>();
  const [note, setNote] = useState('');
  const [villageId, setVillageId] = useState<string | undefined>(defaultVillageId);
  const [classCode, setClassCode] = useState<string>();
  const values = kind ? { kind, note, villageId, classCode } : undefined;
  const ready = values !== undefined && logFormComplete(values);

  const save = () => {
    if (!values || !ready) return;
    create.mutate(logBody(shift.id, values), {
      onSuccess: () => {
        message.success(t('patrols.logSaved'));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={t('patrols.logTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={isMobile ? '100%' : 560}
      style={isMobile ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      footer={
        <Button
          type="primary"
          block
          disabled={!ready}
          loading={create.isPending}
          onClick={save}
          data-testid="patrol-log-save"
          style={{ height: 56, fontSize: 20, borderRadius: 12 }}
        >
          {t('patrols.logSave')}
        </Button>
      }
    >
      <Flex vertical gap={14}>
        <Typography.Text type="secondary">
          {t('patrols.logFor', { team: shift.teamName, day: date(shift.day) })}
        </Typography.Text>
        <Typography.Text strong style={{ fontSize: 17 }}>
          {t('patrols.pickFinding')}
        </Typography.Text>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
          {PATROL_FINDING_KINDS.map((option) => (
            <Button
              key={option}
              type={kind === option ? 'primary' : 'default'}
              aria-pressed={kind === option}
              onClick={() => setKind(option)}
              data-testid={`patrol-finding-${option}`}
              style={BIG}
            >
              {label(PATROL_FINDING_LABELS[option])}
            </Button>
          ))}
        </div>
        {kind && findingNeedsPlace(kind) ? (
          <>
            <Alert
              type="info"
              showIcon
              title={t('patrols.findingCreates', {
                kind: t(kind === 'hazard' ? 'patrols.kindHazard' : 'patrols.kindIncident'),
              })}
            />
            <JurisdictionPicker
              value={villageId ?? null}
              onChange={setVillageId}
              levels={['village', 'community']}
              placeholder={t('patrols.findingVillage')}
              testId="patrol-finding-village"
            />
            {kind === 'incident' ? <IncidentClassSelect value={classCode} onChange={setClassCode} /> : null}
          </>
        ) : null}
        {kind ? (
          <Input.TextArea
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={findingNeedsPlace(kind) ? t('patrols.findingNotePlaceholder') : t('patrols.logNote')}
            aria-label={t('patrols.findingNote')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            data-testid="patrol-finding-note"
          />
        ) : null}
        <ErrorAlert error={create.error} testId="patrol-log-error" />
      </Flex>
    </Modal>
  );
}

/** The incident's class from the town's code table; loaded only once the leader picks 发现警情. */
function IncidentClassSelect({ value, onChange }: { value: string | undefined; onChange: (code: string) => void }) {
  const { t } = useT();
  const classes = useIncidentClasses();
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={classes.isPending}
      placeholder={t('patrols.findingClass')}
      options={classOptions(classes.data?.items ?? [])}
      style={{ width: '100%' }}
      data-testid="patrol-finding-class"
    />
  );
}
