import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { shanghaiNow } from '../../../ui/format-time';
import { TimeItem } from '../../../ui/TimeItem';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useIncidentActions } from '../hooks/use-incident-mutations';
import { toIncidentActionBody } from '../lib/incident-actions';

/** 到场: the time starts at now, so recording an arrival on the spot is one more tap. */
export function ArriveModal({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ at: Dayjs }>();
  const act = useIncidentActions(incidentId);
  const done = useCloseWithMessage(onClose);
  const [now] = useState(() => shanghaiNow());
  return (
    <FormModal
      title={t('incidents.arriveTitle')}
      form={form}
      pending={act.isPending}
      error={act.error}
      errorTestId="incident-step-error"
      okTestId="incident-step-submit"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ at: now }}
        onFinish={(values) => act.mutate([toIncidentActionBody('arrive', values, now)], { onSuccess: () => done() })}
      >
        <TimeItem name="at" label={t('incidents.arrivedAt')} requiredMessage={t('incidents.timeRequired')} />
      </Form>
    </FormModal>
  );
}
