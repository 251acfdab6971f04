import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  FRAUD_CASE_TYPE_LABELS,
  FRAUD_CASE_TYPES,
  type FraudCase,
  type FraudCaseType,
  fenToYuan,
  yuanToFen,
} from '@fengqiao/domain';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { useRowButtonProps } from '../../../ui/use-row-button-props';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useCreateFraudCase, useFraudCaseSummary, useFraudCases, useUpdateFraudCase } from '../hooks/use-antifraud';
import { readAntifraudFilter, writeAntifraudFilter } from '../lib/antifraud-filter';
import { ListFilters } from './ListFilters';

interface Values {
  villageId: string;
  type: FraudCaseType;
  day: Dayjs;
  lost: string;
  recovered?: string;
  note?: string;
}

/** A case, or its money when `editing` is given: amounts typed in yuan, sent in integer fen. */
function CaseModal({ editing, onClose }: { editing: FraudCase | null; onClose: () => void }) {
  const { t, label } = useT();
  const create = useCreateFraudCase();
  const update = useUpdateFraudCase();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const money = (required: boolean) => [
    { required, message: t('antifraud.amountRequired') },
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || yuanToFen(value) !== null
          ? Promise.resolve()
          : Promise.reject(new Error(t('antifraud.amountInvalid'))),
    },
  ];
  const pending = create.isPending || update.isPending;
  return (
    <FormModal
      title={editing ? t('antifraud.editCase') : t('antifraud.addCase')}
      form={form}
      pending={pending}
      error={editing ? update.error : create.error}
      errorTestId="antifraud-case-error"
      okTestId="antifraud-case-save"
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('antifraud.noVictimIdentity')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                type: editing.type,
                day: dayjs(editing.day),
                lost: fenToYuan(editing.lostFen),
                recovered: fenToYuan(editing.recoveredFen),
                note: editing.note ?? undefined,
              }
            : { type: 'rebate_task', day: dayjs() }
        }
        onFinish={(values) => {
          const lostFen = yuanToFen(values.lost) ?? 0;
          const recoveredFen = values.recovered ? (yuanToFen(values.recovered) ?? 0) : 0;
          const common = { type: values.type, day: values.day.format('YYYY-MM-DD'), lostFen, recoveredFen };
          if (editing)
            update.mutate(
              { id: editing.id, body: { ...common, note: values.note || null } },
              { onSuccess: () => done() },
            );
          else
            create.mutate(
              { ...common, villageId: values.villageId, ...(values.note ? { note: values.note } : {}) },
              { onSuccess: () => done() },
            );
        }}
      >
        {editing ? null : (
          <Form.Item
            name="villageId"
            label={t('antifraud.village')}
            rules={[{ required: true, message: t('antifraud.placeRequired') }]}
          >
            <JurisdictionPicker levels={['village', 'community']} testId="antifraud-case-village" />
          </Form.Item>
        )}
        <Form.Item name="type" label={t('antifraud.caseType')} rules={[{ required: true }]}>
          <Select options={FRAUD_CASE_TYPES.map((value) => ({ value, label: label(FRAUD_CASE_TYPE_LABELS[value]) }))} />
        </Form.Item>
        <Form.Item name="day" label={t('antifraud.caseDay')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="lost" label={t('antifraud.lostYuan')} rules={money(true)}>
          <Input inputMode="decimal" data-testid="antifraud-case-lost" />
        </Form.Item>
        <Form.Item name="recovered" label={t('antifraud.recoveredYuan')} rules={money(false)}>
          <Input inputMode="decimal" data-testid="antifraud-case-recovered" />
        </Form.Item>
        <Form.Item name="note" label={t('antifraud.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 涉诈案件: the days since the last case, big; the cases newest first, with add, edit and the export. */
export function CasesTab() {
  const { t, label, date } = useT();
  const [params, setParams] = useSearchParams();
  const filter = readAntifraudFilter(params);
  const cases = useFraudCases(filter);
  const summary = useFraudCaseSummary();
  const items = pagedItems(cases);
  const canRecord = usePermission('antifraud.case');
  const rowButton = useRowButtonProps();
  const [editing, setEditing] = useState<FraudCase | null | 'new'>(null);
  const days = summary.data?.daysSinceLastCase ?? null;
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} wrap>
        <Card size="small">
          <Statistic
            title={t('antifraud.daysSince')}
            value={days ?? '—'}
            suffix={days === null ? undefined : t('antifraud.daysUnit')}
            styles={{ content: { fontSize: 48, fontWeight: 600 } }}
            data-testid="antifraud-days-since"
          />
          {summary.data?.lastCaseDay ? (
            <Typography.Text type="secondary">
              {t('antifraud.lastCaseOn', { day: date(summary.data.lastCaseDay) })}
            </Typography.Text>
          ) : null}
        </Card>
        <Card size="small">
          <Statistic title={t('antifraud.casesThisYear')} value={summary.data?.casesThisYear ?? '—'} />
        </Card>
      </Flex>
      <Flex gap={12} wrap justify="space-between">
        <ListFilters
          filter={filter}
          onChange={(next) => setParams(writeAntifraudFilter(next), { replace: true })}
          allTypesLabel={t('antifraud.allTypes')}
          types={FRAUD_CASE_TYPES.map((value) => ({ value, label: label(FRAUD_CASE_TYPE_LABELS[value]) }))}
        />
        <Flex gap={8}>
          {canRecord ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="antifraud-case-add"
            >
              {t('antifraud.addCase')}
            </Button>
          ) : null}
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/antifraud/cases/export.xlsx${toQueryString({ ...filter })}`}
          >
            {t('antifraud.export')}
          </Button>
        </Flex>
      </Flex>
      {cases.isError ? <ErrorAlert error={cases.error} /> : null}
      <Table<FraudCase>
        rowKey="id"
        size="middle"
        loading={isListLoading(cases)}
        dataSource={items}
        pagination={false}
        scroll={{ x: 800 }}
        onRow={rowTestId(() => 'antifraud-case-row')}
        columns={[
          { title: t('antifraud.caseDay'), key: 'day', width: 130, render: (_, row) => date(row.day) },
          { title: t('antifraud.village'), dataIndex: 'villageName', width: 110 },
          {
            title: t('antifraud.caseType'),
            key: 'type',
            width: 130,
            render: (_, row) => label(FRAUD_CASE_TYPE_LABELS[row.type]),
          },
          {
            title: t('antifraud.lostYuan'),
            key: 'lost',
            width: 120,
            align: 'right',
            render: (_, row) => fenToYuan(row.lostFen),
          },
          {
            title: t('antifraud.recoveredYuan'),
            key: 'recovered',
            width: 120,
            align: 'right',
            render: (_, row) => fenToYuan(row.recoveredFen),
          },
          { title: t('antifraud.note'), key: 'note', render: (_, row) => row.note ?? '' },
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_, row) =>
              can(row, 'edit') ? (
                <Button {...rowButton} onClick={() => setEditing(row)}>
                  {t('antifraud.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      <LoadMoreButton query={cases} shown={items.length} />
      {editing ? <CaseModal editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Flex>
  );
}
