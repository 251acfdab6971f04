import {
  ADJUSTMENT_KINDS,
  type AdjustItem,
  ASSESSMENT_ITEM_LABELS,
  type AssessmentItem,
  type Scorecard,
} from '@fengqiao/domain';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useAdjust } from '../hooks/use-assessments';

interface Props {
  card: Scorecard;
  onClose: () => void;
}

interface Values {
  item: AssessmentItem;
  kind: AdjustItem['kind'];
  points: number;
  reason: string;
}

/** The chief's adjustment of one item: add/deduct or set the points, always with the reason. */
export function AdjustModal({ card, onClose }: Props) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();
  const adjust = useAdjust(card.month, card.officer.personId);
  const done = useCloseWithMessage(onClose);
  const kindLabels = { delta: t('assessment.kindDelta'), replace: t('assessment.kindReplace') };
  return (
    <FormModal
      title={t('assessment.adjust')}
      form={form}
      pending={adjust.isPending}
      error={adjust.error}
      onClose={onClose}
      okTestId="adjust-submit"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'delta' }}
        onFinish={(values) => adjust.mutate({ ...values, reason: values.reason.trim() }, { onSuccess: () => done() })}
      >
        <Form.Item name="item" label={t('assessment.item')} rules={[{ required: true }]}>
          <Select
            data-testid="adjust-item"
            options={card.items.map((item) => ({
              value: item.item,
              label: `${label(ASSESSMENT_ITEM_LABELS[item.item])}（${item.points}/${item.weight}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('assessment.kind')}>
          <Radio.Group
            options={ADJUSTMENT_KINDS.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('assessment.adjustPoints')}
          extra={t('assessment.adjustPointsHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber step={0.5} precision={1} min={-100} max={100} data-testid="adjust-points" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assessment.reason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
