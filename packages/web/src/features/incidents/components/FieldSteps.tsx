import { CheckCircleOutlined, EnvironmentOutlined, FormOutlined } from '@ant-design/icons';
import { INCIDENT_ACTION_LABELS, type IncidentListItem } from '@fengqiao/domain';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { useIncidentActions } from '../hooks/use-incident-mutations';
import { phoneStepsOf } from '../lib/incident-actions';
import { ArriveModal } from './ArriveModal';
import { FeedbackModal } from './FeedbackModal';

const BIG = { height: 52, fontSize: 18, borderRadius: 10 } as const;

/**
 * The village officer's three field steps as thumb-sized buttons, each at most three taps: 签收 → 确定;
 * 到场 → 保存 (the time starts at now); 反馈 → a disposition → 保存 (with a note already written).
 */
export function FieldSteps({ incident }: { incident: Pick<IncidentListItem, 'id' | 'actions' | 'classCode'> }) {
  const { t, label, lang } = useT();
  const { message } = App.useApp();
  const act = useIncidentActions(incident.id);
  const [open, setOpen] = useState<'arrive' | 'feedback' | null>(null);
  const steps = phoneStepsOf(incident);
  if (!steps.acknowledge && !steps.arrive && steps.feedback.length === 0) return null;

  return (
    <>
      <Flex gap={8} vertical>
        {steps.acknowledge ? (
          <Popconfirm
            title={t('incidents.acknowledgeConfirm')}
            okText={label(INCIDENT_ACTION_LABELS.acknowledge)}
            cancelText={t('common.cancel')}
            // antd passes data-* through to the button; a spread object is not checked against ButtonProps' keys.
            okButtonProps={{ size: 'large', loading: act.isPending, ...{ 'data-testid': 'incident-ack-confirm' } }}
            cancelButtonProps={{ size: 'large' }}
            onConfirm={() =>
              act.mutateAsync([{ action: 'acknowledge' }]).then(
                () => void message.success(t('incidents.acknowledged')),
                (error: unknown) => void message.error(describeError(error, lang)),
              )
            }
          >
            <Button
              type="primary"
              block
              icon={<CheckCircleOutlined />}
              style={BIG}
              data-testid={`incident-ack-${incident.id}`}
            >
              {label(INCIDENT_ACTION_LABELS.acknowledge)}
            </Button>
          </Popconfirm>
        ) : null}
        {steps.arrive ? (
          <Button
            type="primary"
            block
            icon={<EnvironmentOutlined />}
            style={BIG}
            onClick={() => setOpen('arrive')}
            data-testid={`incident-arrive-${incident.id}`}
          >
            {label(INCIDENT_ACTION_LABELS.arrive)}
          </Button>
        ) : null}
        {steps.feedback.length > 0 ? (
          <Button
            type="primary"
            block
            icon={<FormOutlined />}
            style={BIG}
            onClick={() => setOpen('feedback')}
            data-testid={`incident-feedback-${incident.id}`}
          >
            {t('incidents.feedback')}
          </Button>
        ) : null}
      </Flex>
      {open === 'arrive' ? <ArriveModal incidentId={incident.id} onClose={() => setOpen(null)} /> : null}
      {open === 'feedback' ? <FeedbackModal incident={incident} steps={steps} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
