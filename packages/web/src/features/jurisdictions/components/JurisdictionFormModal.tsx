import {
  CHILD_LEVELS,
  createJurisdictionSchema,
  divisionCodeProblem,
  type Jurisdiction,
  type JurisdictionLevel,
  LEVEL_LABELS,
} from '@fengqiao/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { zodRule } from '../../../ui/zod-rule';
import { useSaveJurisdiction } from '../hooks/use-save-jurisdiction';

export type JurisdictionFormTarget = { mode: 'create'; parent: Jurisdiction } | { mode: 'edit'; record: Jurisdiction };

interface Values {
  level: JurisdictionLevel;
  name: string;
  code?: string;
  population?: number | null;
  households?: number | null;
  note?: string;
}

const blankToNull = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : value.trim());

export function JurisdictionFormModal({ target, onClose }: { target: JurisdictionFormTarget; onClose: () => void }) {
  const { t, label } = useT();
  const save = useSaveJurisdiction();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const levels = target.mode === 'create' ? CHILD_LEVELS[target.parent.level] : [target.record.level];
  const level = Form.useWatch('level', form) ?? levels[0];

  const initialValues: Partial<Values> =
    target.mode === 'edit'
      ? {
          level: target.record.level,
          name: target.record.name,
          code: target.record.code ?? '',
          population: target.record.population,
          households: target.record.households,
          note: target.record.note ?? '',
        }
      : levels[0] !== undefined
        ? { level: levels[0] }
        : {};

  const submit = (values: Values) => {
    const onSuccess = () => done();
    if (target.mode === 'create') {
      save.mutate(
        {
          create: {
            parentId: target.parent.id,
            level: values.level,
            name: values.name.trim(),
            ...(blankToNull(values.code) ? { code: values.code!.trim() } : {}),
            ...(typeof values.population === 'number' ? { population: values.population } : {}),
            ...(typeof values.households === 'number' ? { households: values.households } : {}),
            ...(blankToNull(values.note) ? { note: values.note!.trim() } : {}),
          },
        },
        { onSuccess },
      );
    } else {
      save.mutate(
        {
          id: target.record.id,
          changes: {
            name: values.name.trim(),
            code: blankToNull(values.code),
            population: values.population ?? null,
            households: values.households ?? null,
            note: blankToNull(values.note),
          },
        },
        { onSuccess },
      );
    }
  };

  const title =
    target.mode === 'create'
      ? t('jurisdiction.addChildOf', { name: target.parent.name })
      : t('jurisdiction.editTitle', { name: target.record.name });

  return (
    <FormModal
      title={title}
      form={form}
      pending={save.isPending}
      error={save.error}
      errorTestId="jurisdiction-form-error"
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        style={{ marginTop: 12 }}
      >
        <Form.Item name="level" label={t('jurisdiction.level')} rules={[{ required: true }]}>
          <Select
            disabled={target.mode === 'edit' || levels.length < 2}
            options={levels.map((value) => ({ value, label: label(LEVEL_LABELS[value]) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('jurisdiction.name')}
          rules={[zodRule(createJurisdictionSchema.shape.name, t('jurisdiction.nameInvalid'))]}
        >
          <Input maxLength={40} data-testid="jurisdiction-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('jurisdiction.code')}
          extra={level === 'village' || level === 'community' ? t('jurisdiction.codeHelp') : undefined}
          dependencies={['level']}
          rules={[
            {
              validator: (_rule, value: unknown) => {
                const code = typeof value === 'string' ? value.trim() : '';
                return divisionCodeProblem(level, code) === null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('jurisdiction.codeInvalid')));
              },
            },
          ]}
        >
          <Input maxLength={20} inputMode="numeric" data-testid="jurisdiction-code" />
        </Form.Item>
        <Form.Item name="population" label={t('jurisdiction.population')}>
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="households" label={t('jurisdiction.households')}>
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('jurisdiction.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
