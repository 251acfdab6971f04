import type { StatsSnapshot } from '@fengqiao/domain';
import { Collapse, Flex, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { type FigureLine, type RateLine, snapshotView } from '../lib/snapshot-view';

/**
 * The month's figures as they stood when the meeting was held: each count with the same month last year and the
 * previous month beside the 同比 and 环比 wording exactly as the server wrote it, and each rate with its numerator
 * and denominator. Frozen, so there is no link to today's lists, which may count differently.
 */
export function FiguresTable({ snapshot }: { snapshot: StatsSnapshot }) {
  const { t, dateTime, lang } = useT();
  const view = snapshotView(snapshot, lang);
  const orDash = (value: string | number | null) => value ?? '—';

  return (
    <Flex vertical gap={12} data-testid="meeting-figures">
      <Typography.Text type="secondary">
        {t('meetings.figures', { month: view.periodLabel, at: dateTime(view.asOf) })}
      </Typography.Text>
      <Table<FigureLine>
        rowKey="measure"
        size="small"
        pagination={false}
        dataSource={view.figures}
        scroll={{ x: 720 }}
        columns={[
          { title: t('meetings.figure.measure'), dataIndex: 'label', key: 'label' },
          { title: t('meetings.figure.current'), dataIndex: 'current', key: 'current', width: 80, align: 'right' },
          {
            title: t('meetings.figure.lastYear'),
            key: 'lastYear',
            width: 90,
            align: 'right',
            render: (_v, row) => orDash(row.lastYear),
          },
          {
            title: t('meetings.figure.yoy'),
            key: 'yoy',
            width: 200,
            render: (_v, row) => <span data-testid={`figure-yoy-${row.measure}`}>{orDash(row.yoy)}</span>,
          },
          {
            title: t('meetings.figure.previous'),
            key: 'previous',
            width: 80,
            align: 'right',
            render: (_v, row) => orDash(row.previous),
          },
          { title: t('meetings.figure.mom'), key: 'mom', width: 200, render: (_v, row) => orDash(row.mom) },
        ]}
      />
      {view.rates.length > 0 ? (
        <Table<RateLine>
          rowKey="measure"
          size="small"
          pagination={false}
          dataSource={view.rates}
          scroll={{ x: 720 }}
          columns={[
            { title: t('meetings.figure.measure'), dataIndex: 'label', key: 'label' },
            { title: t('meetings.figure.current'), dataIndex: 'current', key: 'current', width: 170 },
            {
              title: t('meetings.figure.lastYear'),
              key: 'lastYear',
              width: 170,
              render: (_v, row) => orDash(row.lastYear),
            },
            { title: t('meetings.rate.change'), key: 'change', width: 200, render: (_v, row) => orDash(row.change) },
          ]}
        />
      ) : null}
      {view.breakdowns.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'breakdowns',
              label: t('meetings.breakdowns'),
              children: (
                <Flex vertical gap={10}>
                  {view.breakdowns.map((breakdown) => (
                    <Flex key={breakdown.key} vertical gap={4}>
                      <Typography.Text strong>
                        {t('meetings.breakdownTitle', {
                          measure: breakdown.label,
                          dimension: t(`meetings.dimension.${breakdown.dimension}`),
                        })}
                      </Typography.Text>
                      <Flex gap={12} wrap>
                        {breakdown.rows.map((row) => (
                          <Typography.Text key={row.key} className="fq-keep-together">
                            {row.label} {row.count}
                          </Typography.Text>
                        ))}
                      </Flex>
                    </Flex>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
