import type { StatsBreakdown } from '@fengqiao/domain';
import { Card, Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import type { ChartLook } from '../lib/chart-options';
import { labelOf } from '../lib/labels';
import { BreakdownChart } from './BreakdownChart';
import { DrillNumber } from './DrillNumber';

/**
 * Categories, risk grades, overdue by village…: one card per breakdown the server sends, the chart and under it
 * every row's count, each opening its records.
 */
export function BreakdownCharts({
  breakdowns,
  look,
  height,
}: {
  breakdowns: readonly StatsBreakdown[];
  look: ChartLook;
  height: number;
}) {
  const { t, lang } = useT();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {breakdowns.map((breakdown) => {
        const testId = `breakdown-${breakdown.measure}-${breakdown.dimension}`;
        return (
          <Card
            key={testId}
            size="small"
            title={`${labelOf(breakdown, lang)} · ${t(`dashboard.dimension.${breakdown.dimension}`)}`}
            style={{ flex: '1 1 320px', minWidth: 280 }}
          >
            {breakdown.rows.length === 0 ? (
              <div style={{ height, display: 'grid', placeItems: 'center', opacity: 0.6 }}>{t('dashboard.empty')}</div>
            ) : (
              <BreakdownChart
                breakdown={breakdown}
                look={look}
                height={breakdown.dimension === 'risk' ? height : Math.max(height, breakdown.rows.length * 24 + 16)}
                testId={`chart-${testId}`}
              />
            )}
            <Flex wrap gap="4px 16px" style={{ marginTop: 8 }} data-testid={testId}>
              {breakdown.rows.map((row) => (
                <span key={row.key}>
                  {labelOf(row, lang)}{' '}
                  <DrillNumber
                    value={row.count}
                    drill={row.drill}
                    testId={`${testId}-${row.key}`}
                    style={{ fontWeight: 600, textDecoration: row.drill ? 'underline' : undefined }}
                  />
                </span>
              ))}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
