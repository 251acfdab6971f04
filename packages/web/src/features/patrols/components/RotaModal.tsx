import { App, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCreatePatrolShifts } from '../hooks/use-patrols';
import { rotaDays } from '../lib/rota-days';

/** 排班: the team takes every night of a range; nights it already holds are skipped by the server. */
export function RotaModal({ team, onClose }: { team: { id: string; name: string }; onClose: () => void }) {
  const { t } = useT();
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs] }>();
  const create = useCreatePatrolShifts();
  const { message } = App.useApp();
  const submit = ({ range }: { range: [Dayjs, Dayjs] }) => {
    const days = rotaDays(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
    if (!days || days.length === 0) return;
    create.mutate(
      { teamId: team.id, days },
      {
        onSuccess: ({ created, skipped }) => {
          message.success(t('patrols.rotaSaved', { n: created.length, m: skipped.length }));
          onClose();
        },
      },
    );
  };
  return (
    <FormModal
      title={t('patrols.rotaTitle', { team: team.name })}
      form={form}
      pending={create.isPending}
      error={create.error}
      okTestId="patrol-rota-save"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="range"
          label={t('patrols.rotaDays')}
          extra={t('patrols.rotaDaysHelp')}
          rules={[
            { required: true, message: t('patrols.rotaDaysRequired') },
            {
              validator: (_rule, range: [Dayjs, Dayjs] | undefined) =>
                !range || rotaDays(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')) !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('patrols.rotaTooLong'))),
            },
          ]}
        >
          <DatePicker.RangePicker inputReadOnly style={{ width: '100%' }} data-testid="patrol-rota-range" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
