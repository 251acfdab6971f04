import type { HazardDetail } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useHazardStep } from '../hooks/use-hazards';

/** 退回整改: the verifying side says what is still to be done; a new round of photos is then needed. */
export function HazardSendBackModal({ hazard, onClose }: { hazard: HazardDetail; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const act = useHazardStep(hazard.id);
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('hazards.action.sendBack')}
      form={form}
      pending={act.isPending}
      error={act.error}
      okTestId="hazard-send-back-submit"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={({ reason }) =>
          act.mutate(
            { step: 'send-back', body: { reason: reason.trim() } },
            { onSuccess: () => done('hazards.done.sendBack') },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('hazards.reason')}
          rules={[{ required: true, whitespace: true, message: t('hazards.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} data-testid="hazard-send-back-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
