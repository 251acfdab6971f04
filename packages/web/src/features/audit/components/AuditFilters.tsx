import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS } from '@fengqiao/domain';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { APP_TIME_ZONE, toShanghaiIso } from '../../../ui/format-time';
import type { AuditFilter } from '../audit-filter';

interface Values {
  username?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

// The picker shows wall-clock Beijing time; turn the stored instants back into that wall-clock time.
const toPicker = (iso: string | undefined) =>
  iso ? dayjs(dayjs(iso).tz(APP_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss')) : null;

export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (next: AuditFilter) => void }) {
  const { t, label } = useT();
  const [form] = Form.useForm<Values>();

  const initialValues: Values = {
    ...filter,
    range: filter.from || filter.to ? [toPicker(filter.from), toPicker(filter.to)] : null,
  };

  const submit = (values: Values) => {
    const [from, to] = values.range ?? [null, null];
    onChange({
      ...(values.username?.trim() ? { username: values.username.trim() } : {}),
      ...(values.action?.trim() ? { action: values.action.trim() } : {}),
      ...(values.targetType?.trim() ? { targetType: values.targetType.trim() } : {}),
      ...(values.targetId?.trim() ? { targetId: values.targetId.trim() } : {}),
      ...(from ? { from: toShanghaiIso(from) } : {}),
      ...(to ? { to: toShanghaiIso(to) } : {}),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={initialValues}
      onFinish={submit}
      style={{ marginBottom: 16, rowGap: 12 }}
    >
      <Form.Item name="username" label={t('audit.user')}>
        <Input allowClear style={{ width: 150 }} data-testid="audit-filter-username" />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          style={{ width: 200 }}
          options={Object.entries(AUDIT_ACTION_LABELS).map(([value, names]) => ({ value, label: label(names) }))}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="targetType" label={t('audit.targetType')}>
        <Select
          allowClear
          style={{ width: 140 }}
          options={Object.entries(AUDIT_TARGET_LABELS).map(([value, names]) => ({ value, label: label(names) }))}
          data-testid="audit-filter-target"
        />
      </Form.Item>
      <Form.Item name="targetId" label={t('audit.targetId')}>
        <Input allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.time')}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue({ username: '', action: '', targetType: '', targetId: '', range: null });
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
