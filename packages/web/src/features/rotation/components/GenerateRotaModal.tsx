import { Form, InputNumber, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useGenerateRota } from '../hooks/use-rotation';

/** The chief generates the year's rota from a seed (a new seed gives another fair rota). */
export function GenerateRotaModal({ townId, year, onClose }: { townId: string; year: number; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ seed: number }>();
  const generate = useGenerateRota();
  return (
    <FormModal
      title={`${t('rotation.generate')} · ${t('rotation.year', { year })}`}
      form={form}
      pending={generate.isPending}
      error={generate.error}
      okTestId="rota-generate-save"
      onClose={onClose}
      notice={<Typography.Paragraph type="secondary">{t('rotation.generateHint')}</Typography.Paragraph>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ seed: year }}
        onFinish={(values) => generate.mutate({ townId, year, seed: values.seed }, { onSuccess: onClose })}
      >
        <Form.Item name="seed" label={t('rotation.seed')} rules={[{ required: true }]}>
          <InputNumber min={0} max={2_147_483_647} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
