import type { CreatePatrolCheckpoint } from '@fengqiao/domain';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useCreatePatrolCheckpoint } from '../hooks/use-patrols';

/** 新增巡逻点: a name people recognise on the ground and its village; the code is printed from the list. */
export function CheckpointFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<CreatePatrolCheckpoint>();
  const create = useCreatePatrolCheckpoint();
  const done = useCloseWithMessage(onClose);
  return (
    <FormModal
      title={t('patrols.newCheckpoint')}
      form={form}
      pending={create.isPending}
      error={create.error}
      okTestId="patrol-checkpoint-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(values) =>
          create.mutate(
            { name: values.name.trim(), villageId: values.villageId },
            { onSuccess: () => done('patrols.checkpointSaved') },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('patrols.checkpointName')}
          rules={[{ required: true, whitespace: true, message: t('patrols.checkpointNameRequired') }]}
        >
          <Input maxLength={60} data-testid="patrol-checkpoint-name" />
        </Form.Item>
        <Form.Item
          name="villageId"
          label={t('patrols.checkpointVillage')}
          rules={[{ required: true, message: t('patrols.findingVillageRequired') }]}
        >
          <JurisdictionPicker levels={['village', 'community']} testId="patrol-checkpoint-village" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
