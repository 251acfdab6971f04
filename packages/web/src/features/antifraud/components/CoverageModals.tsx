import { ANTIFRAUD_BASE_MEASURE_LABELS, ANTIFRAUD_BASE_MEASURES, type AntifraudBaseMeasure } from '@fengqiao/domain';
import { DatePicker, Form, InputNumber, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useRecordInstalls, useSetBase, useVillageHistory } from '../hooks/use-antifraud';

export interface CoverageTarget {
  villageId: string;
  villageName: string;
  measure: AntifraudBaseMeasure | null;
  base: number | null;
}

/** The install count of one village on a day (today by default), with its recent history below. */
export function InstallsModal({ target, onClose }: { target: CoverageTarget; onClose: () => void }) {
  const { t, date } = useT();
  const record = useRecordInstalls();
  const history = useVillageHistory(target.villageId);
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ day: Dayjs; installs: number }>();
  const unit = target.measure ? ANTIFRAUD_BASE_MEASURE_LABELS[target.measure].zh : '';
  return (
    <FormModal
      title={t('antifraud.installsTitle', { village: target.villageName })}
      form={form}
      pending={record.isPending}
      error={record.error}
      errorTestId="antifraud-installs-error"
      okTestId="antifraud-installs-save"
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ day: dayjs() }}
        onFinish={(values) =>
          record.mutate(
            { villageId: target.villageId, day: values.day.format('YYYY-MM-DD'), installs: values.installs },
            { onSuccess: () => done() },
          )
        }
      >
        <Form.Item name="day" label={t('antifraud.day')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item
          name="installs"
          label={
            target.base === null ? t('antifraud.installs') : t('antifraud.installsOf', { base: target.base, unit })
          }
          rules={[{ required: true, message: t('antifraud.installsRequired') }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="antifraud-installs-input" />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={history.isPending}
        dataSource={[...(history.data?.installs ?? [])].reverse().slice(0, 6)}
        columns={[
          { title: t('antifraud.day'), key: 'day', render: (_, row) => date(row.day) },
          { title: t('antifraud.installs'), dataIndex: 'installs' },
          { title: t('antifraud.recordedBy'), dataIndex: 'recordedByName' },
        ]}
      />
    </FormModal>
  );
}

/** A village's base from a day on: households or residents, whichever the village counts in. */
export function BaseModal({ target, onClose }: { target: CoverageTarget; onClose: () => void }) {
  const { t, label } = useT();
  const setBase = useSetBase();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<{ measure: AntifraudBaseMeasure; count: number; effectiveFrom: Dayjs }>();
  return (
    <FormModal
      title={t('antifraud.baseTitle', { village: target.villageName })}
      form={form}
      pending={setBase.isPending}
      error={setBase.error}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          measure: target.measure ?? 'households',
          count: target.base ?? undefined,
          effectiveFrom: dayjs(),
        }}
        onFinish={(values) =>
          setBase.mutate(
            {
              villageId: target.villageId,
              measure: values.measure,
              count: values.count,
              effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
            },
            { onSuccess: () => done() },
          )
        }
      >
        <Form.Item name="measure" label={t('antifraud.measure')} rules={[{ required: true }]}>
          <Select
            options={ANTIFRAUD_BASE_MEASURES.map((value) => ({
              value,
              label: label(ANTIFRAUD_BASE_MEASURE_LABELS[value]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="count"
          label={t('antifraud.base')}
          rules={[{ required: true, message: t('antifraud.baseRequired') }]}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('antifraud.effectiveFrom')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
