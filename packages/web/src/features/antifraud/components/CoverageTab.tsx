import { DownloadOutlined } from '@ant-design/icons';
import { ANTIFRAUD_BASE_MEASURE_LABELS, type AntifraudCoverage, type AntifraudCoverageRow } from '@fengqiao/domain';
import { Button, DatePicker, Flex, Progress, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useCoverage } from '../hooks/use-antifraud';
import { BaseModal, type CoverageTarget, InstallsModal } from './CoverageModals';
import { PhoneCoverage } from './PhoneCoverage';

type Change = AntifraudCoverage['total']['change'];

/** A change in 百分点, green when coverage rose. */
function ChangeText({ change }: { change: Change }) {
  const { lang } = useT();
  if (!change) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = lang === 'zh' ? change.textZh : change.textEn;
  return (
    <Typography.Text type={change.kind === 'up' ? 'success' : change.kind === 'down' ? 'danger' : undefined}>
      {text}
    </Typography.Text>
  );
}

function Percent({ percent }: { percent: number | null }) {
  if (percent === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Progress percent={percent} size="small" format={(value) => `${(value ?? 0).toFixed(1)}%`} />;
}

/** 覆盖率: each village's base, installs and coverage as of a day, the change since a month before, and the total. */
export function CoverageTab() {
  const { t, label, date } = useT();
  const [day, setDay] = useState<string | undefined>(undefined);
  const coverage = useCoverage(day);
  const isMobile = useIsMobile();
  const [installsFor, setInstallsFor] = useState<CoverageTarget | null>(null);
  const [baseFor, setBaseFor] = useState<CoverageTarget | null>(null);
  const data = coverage.data;
  const target = (row: AntifraudCoverageRow): CoverageTarget => ({
    villageId: row.villageId,
    villageName: row.villageName,
    measure: row.measure,
    base: row.base,
  });
  return (
    <Flex vertical gap={16}>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Space wrap>
          <span>{t('antifraud.asOf')}</span>
          <DatePicker
            value={day ? dayjs(day) : null}
            placeholder={t('antifraud.today')}
            onChange={(value) => setDay(value ? value.format('YYYY-MM-DD') : undefined)}
            inputReadOnly
            data-testid="antifraud-coverage-day"
          />
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/antifraud/coverage/export.xlsx${toQueryString({ day })}`}
            data-testid="antifraud-coverage-export"
          >
            {t('antifraud.export')}
          </Button>
        </Space>
        {data ? (
          <Space size={32} wrap>
            <Statistic
              title={
                // A village's officer sees his village only: its own rate, not one named after the town.
                data.villages.length === 1 && data.villages[0]
                  ? t('antifraud.villageCoverage', { village: data.villages[0].villageName })
                  : t('antifraud.townCoverage')
              }
              value={data.total.percent ?? '—'}
              precision={data.total.percent === null ? undefined : 1}
              suffix={data.total.percent === null ? undefined : '%'}
              data-testid="antifraud-town-percent"
            />
            <Statistic
              title={t('antifraud.installsTotal')}
              value={`${data.total.installs ?? 0} / ${data.total.base ?? 0}`}
            />
            <div>
              <Typography.Text type="secondary">
                {t('antifraud.sinceMonthBefore', { day: date(data.previousDay) })}
              </Typography.Text>
              <div>
                <ChangeText change={data.total.change} />
              </div>
            </div>
          </Space>
        ) : null}
      </Flex>
      {coverage.isError ? <ErrorAlert error={coverage.error} /> : null}
      {isMobile ? (
        data ? (
          <PhoneCoverage
            coverage={data}
            changeOf={(row) => <ChangeText change={row.change} />}
            onSetBase={(row) => setBaseFor(target(row))}
          />
        ) : null
      ) : (
        <Table<AntifraudCoverageRow>
          rowKey="villageId"
          size="middle"
          loading={coverage.isPending}
          dataSource={data?.villages ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          onRow={rowTestId(() => 'antifraud-coverage-row')}
          columns={[
            { title: t('antifraud.village'), dataIndex: 'villageName', width: 130 },
            {
              title: t('antifraud.measure'),
              key: 'measure',
              width: 70,
              render: (_, row) => (row.measure ? label(ANTIFRAUD_BASE_MEASURE_LABELS[row.measure]) : '—'),
            },
            { title: t('antifraud.base'), key: 'base', width: 90, render: (_, row) => row.base ?? '—' },
            { title: t('antifraud.installs'), key: 'installs', width: 90, render: (_, row) => row.installs ?? '—' },
            {
              title: t('antifraud.installsDay'),
              key: 'installsDay',
              width: 150,
              render: (_, row) => date(row.installsDay),
            },
            {
              title: t('antifraud.coverage'),
              key: 'percent',
              width: 180,
              render: (_, row) => <Percent percent={row.percent} />,
            },
            {
              title: t('antifraud.change'),
              key: 'change',
              width: 150,
              render: (_, row) => <ChangeText change={row.change} />,
            },
            {
              title: '',
              key: 'actions',
              width: 190,
              render: (_, row) =>
                can(row, 'record') ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      disabled={row.base === null}
                      onClick={() => setInstallsFor(target(row))}
                      data-testid="antifraud-record-installs"
                    >
                      {t('antifraud.recordInstalls')}
                    </Button>
                    <Button size="small" onClick={() => setBaseFor(target(row))} data-testid="antifraud-set-base">
                      {t('antifraud.setBase')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
          summary={() =>
            data ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('antifraud.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} />
                <Table.Summary.Cell index={2}>{data.total.base ?? '—'}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{data.total.installs ?? '—'}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} />
                <Table.Summary.Cell index={5}>
                  <Percent percent={data.total.percent} />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6}>
                  <ChangeText change={data.total.change} />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} />
              </Table.Summary.Row>
            ) : null
          }
        />
      )}
      {installsFor ? <InstallsModal target={installsFor} onClose={() => setInstallsFor(null)} /> : null}
      {baseFor ? <BaseModal target={baseFor} onClose={() => setBaseFor(null)} /> : null}
    </Flex>
  );
}
