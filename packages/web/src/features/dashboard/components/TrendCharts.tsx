import type { StatsTrend } from '@fengqiao/domain';
import { Card, Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import type { ChartLook } from '../lib/chart-options';
import { labelOf } from '../lib/labels';
import { TrendChart } from './TrendChart';

/** One card per measure with its twelve-month line against last year. */
export function TrendCharts({
  trends,
  look,
  height,
}: {
  trends: readonly StatsTrend[];
  look: ChartLook;
  height: number;
}) {
  const { t, lang } = useT();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {trends.map((trend) => (
        <Card
          key={trend.measure}
          size="small"
          title={`${labelOf(trend, lang)} · ${t('dashboard.trend')}`}
          style={{ flex: '1 1 420px', minWidth: 320 }}
        >
          <TrendChart trend={trend} look={look} height={height} testId={`chart-trend-${trend.measure}`} />
        </Card>
      ))}
    </Flex>
  );
}
