import { type RotaSlotView, shanghaiDate } from '@fengqiao/domain';
import { Form, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCheckIn } from '../hooks/use-rotation';
import { checkInDays } from '../lib/rota-view';

/** The desk records that the director came: today when it is one of the turn's days, else a day already past. */
export function CheckInModal({ slot, onClose }: { slot: RotaSlotView; onClose: () => void }) {
  const { t, date } = useT();
  const [form] = Form.useForm<{ date: string }>();
  const checkIn = useCheckIn();
  const days = checkInDays(slot, shanghaiDate(new Date()));
  return (
    <FormModal
      title={`${t('rotation.checkIn')} · ${slot.villageName}`}
      form={form}
      pending={checkIn.isPending}
      error={checkIn.error}
      okTestId="rota-check-in-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: days[0] }}
        onFinish={(values) => checkIn.mutate({ slotId: slot.id, date: values.date }, { onSuccess: onClose })}
      >
        <Form.Item name="date" label={t('rotation.checkInDay')} rules={[{ required: true }]}>
          <Select options={days.map((day) => ({ value: day, label: date(day) }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
