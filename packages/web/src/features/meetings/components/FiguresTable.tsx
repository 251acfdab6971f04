import { formatPeriodLabel, type StatsFigure, type StatsRate, statsSnapshotSchema } from '@fengqiao/domain';
import { Alert, Collapse, Flex, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** A percentage as the server computed it, one decimal, never recomputed here. */
const percentText = (value: number) => `${value.toFixed(1)}%`;

/**
 * The month's figures as they stood when the meeting was held: each count with the same month last year and the
 * previous month beside the 同比 and 环比 wording exactly as the server wrote it, and each rate with its numerator
 * and denominator. Frozen, so there is no link to today's lists, which may count differently.
 */
export function FiguresTable({ snapshot }: { snapshot: unknown }) {
  const { t, label, dateTime, lang } = useT();
  const parsed = statsSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) return <Alert type="warning" showIcon title={t('meetings.figuresUnreadable')} />;
  const { figures, rates, breakdowns } = parsed.data;
  const name = (row: { labelZh: string; labelEn: string }) => label({ zh: row.labelZh, en: row.labelEn });
  const comparison = (value: { textZh: string; textEn: string } | null) =>
    value === null ? '—' : lang === 'zh' ? value.textZh : value.textEn;
  const rateValue = (numerator: number | null, denominator: number | null, percent: number | null) =>
    numerator === null || denominator === null
      ? '—'
      : percent === null
        ? t('meetings.rate.noBase', { numerator, denominator })
        : t('meetings.rate.value', { percent: percentText(percent), numerator, denominator });

  return (
    <Flex vertical gap={12} data-testid="meeting-figures">
      <Typography.Text type="secondary">
        {t('meetings.figures', {
          month: formatPeriodLabel(parsed.data.period, lang),
          at: dateTime(parsed.data.asOf),
        })}
      </Typography.Text>
      <Table<StatsFigure>
        rowKey="measure"
        size="small"
        pagination={false}
        dataSource={figures}
        scroll={{ x: 720 }}
        columns={[
          { title: t('meetings.figure.measure'), key: 'measure', render: (_v, row) => name(row) },
          { title: t('meetings.figure.current'), dataIndex: 'current', key: 'current', width: 80, align: 'right' },
          {
            title: t('meetings.figure.lastYear'),
            key: 'lastYear',
            width: 90,
            align: 'right',
            render: (_v, row) => row.lastYear ?? '—',
          },
          {
            title: t('meetings.figure.yoy'),
            key: 'yoy',
            width: 190,
            render: (_v, row) => <span data-testid={`figure-yoy-${row.measure}`}>{comparison(row.yoy)}</span>,
          },
          {
            title: t('meetings.figure.previous'),
            key: 'previous',
            width: 80,
            align: 'right',
            render: (_v, row) => row.previous ?? '—',
          },
          { title: t('meetings.figure.mom'), key: 'mom', width: 190, render: (_v, row) => comparison(row.mom) },
        ]}
      />
      {rates.length > 0 ? (
        <Table<StatsRate>
          rowKey="measure"
          size="small"
          pagination={false}
          dataSource={rates}
          scroll={{ x: 720 }}
          columns={[
            { title: t('meetings.figure.measure'), key: 'measure', render: (_v, row) => name(row) },
            {
              title: t('meetings.figure.current'),
              key: 'current',
              width: 170,
              render: (_v, row) => rateValue(row.numerator, row.denominator, row.percent),
            },
            {
              title: t('meetings.figure.lastYear'),
              key: 'lastYear',
              width: 170,
              render: (_v, row) => rateValue(row.lastYearNumerator, row.lastYearDenominator, row.lastYearPercent),
            },
            {
              title: t('meetings.rate.change'),
              key: 'change',
              width: 190,
              render: (_v, row) => comparison(row.change),
            },
          ]}
        />
      ) : null}
      {breakdowns.length > 0 ? (
        <Collapse
          size="small"
          items={breakdowns.map((breakdown) => ({
            key: `${breakdown.measure}:${breakdown.dimension}`,
            label: name(breakdown),
            children: (
              <Flex gap={8} wrap>
                {breakdown.rows.map((row) => (
                  <Typography.Text key={row.key} className="fq-keep-together">
                    {name(row)} {row.count}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          }))}
        />
      ) : null}
    </Flex>
  );
}
