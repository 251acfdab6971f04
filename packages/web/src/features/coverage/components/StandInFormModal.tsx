import { type Coverage, DUTY_LABELS } from '@fengqiao/domain';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useCreateStandIn } from '../hooks/use-coverage';
import { holdingsOf, standInCandidates } from '../lib/holders';

interface Values {
  holding: string;
  standInPersonId?: string;
  days: [Dayjs, Dayjs];
  reason: string;
}

/** Records a leave of an officer or auxiliary officer of the view, and who covers it (perhaps nobody yet). */
export function StandInFormModal({ coverage, onClose }: { coverage: Coverage; onClose: () => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateStandIn();
  const done = useCloseWithMessage(onClose);
  const holdings = holdingsOf(coverage);
  const chosenKey = Form.useWatch('holding', form);
  const chosen = holdings.find((h) => h.key === chosenKey);
  const submit = (values: Values) => {
    const holding = holdings.find((h) => h.key === values.holding);
    if (!holding) return;
    create.mutate(
      {
        jurisdictionId: holding.jurisdictionId,
        duty: holding.duty,
        absentPersonId: holding.personId,
        standInPersonId: values.standInPersonId ?? null,
        fromDay: values.days[0].format('YYYY-MM-DD'),
        toDay: values.days[1].format('YYYY-MM-DD'),
        reason: values.reason.trim(),
      },
      { onSuccess: () => done('coverage.saved') },
    );
  };
  return (
    <FormModal
      title={t('coverage.addStandIn')}
      form={form}
      pending={create.isPending}
      error={create.error}
      errorTestId="stand-in-error"
      okTestId="stand-in-submit"
      onClose={onClose}
    >
      <Form<Values> form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="holding"
          label={t('coverage.absent')}
          rules={[{ required: true, message: t('coverage.absentRequired') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="stand-in-absent"
            options={holdings.map((h) => ({
              value: h.key,
              label: `${h.name}（${h.placeName} ${label(DUTY_LABELS[h.duty])}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="standInPersonId" label={t('coverage.standIn')} extra={t('coverage.standInHelp')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('coverage.nobody')}
            data-testid="stand-in-person"
            options={standInCandidates(holdings, chosen?.personId).map((c) => ({ value: c.personId, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('coverage.days')}
          rules={[{ required: true, message: t('coverage.daysRequired') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('coverage.reason')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('coverage.reasonRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
