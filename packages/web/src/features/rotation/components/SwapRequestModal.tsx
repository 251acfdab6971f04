import { type RequestSwap, type RotaSlotView, shanghaiDate } from '@fengqiao/domain';
import { Form, Input, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useRequestSwap } from '../hooks/use-rotation';
import { directorsOf, exchangeCandidates } from '../lib/rota-view';

interface Values {
  kind: RequestSwap['kind'];
  otherSlotId?: string;
  replacementPersonId?: string;
  reason: string;
}

/** Asks the chief to exchange two turns or to let someone stand in; the rota changes only once approved. */
export function SwapRequestModal({
  slot,
  slots,
  onClose,
}: {
  slot: RotaSlotView;
  slots: readonly RotaSlotView[];
  onClose: () => void;
}) {
  const { t, date } = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'exchange';
  const request = useRequestSwap();
  const others = exchangeCandidates(slots, slot, shanghaiDate(new Date()));
  const people = directorsOf(slots).filter((p) => p.personId !== slot.directorPersonId);
  return (
    <FormModal
      title={`${t('rotation.requestSwap')} · ${slot.villageName}`}
      form={form}
      pending={request.isPending}
      error={request.error}
      okTestId="rota-swap-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'exchange' }}
        onFinish={(values) =>
          request.mutate(
            {
              kind: values.kind,
              slotId: slot.id,
              reason: values.reason,
              ...(values.kind === 'exchange' && values.otherSlotId ? { otherSlotId: values.otherSlotId } : {}),
              ...(values.kind === 'replace' && values.replacementPersonId
                ? { replacementPersonId: values.replacementPersonId }
                : {}),
            },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="kind" label={t('rotation.swapKind')}>
          <Radio.Group
            options={[
              { value: 'exchange', label: t('rotation.swapKind.exchange') },
              { value: 'replace', label: t('rotation.swapKind.replace') },
            ]}
          />
        </Form.Item>
        {kind === 'exchange' ? (
          <Form.Item name="otherSlotId" label={t('rotation.otherSlot')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="rota-swap-other"
              options={others.map((other) => ({
                value: other.id,
                label: `${t('rotation.month', { m: other.month })} ${other.villageName} ${date(other.startDate)}`,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="replacementPersonId" label={t('rotation.replacement')} rules={[{ required: true }]}>
            <Select options={people.map((p) => ({ value: p.personId, label: p.name }))} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('rotation.reason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input.TextArea rows={2} data-testid="rota-swap-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
