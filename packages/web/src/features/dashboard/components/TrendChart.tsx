import type { StatsTrend } from '@fengqiao/domain';
import { type CSSProperties, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { EChart } from '../charts/EChart';
import { type ChartLook, trendOption, trendPickDrill } from '../lib/chart-options';
import { drillHref } from '../lib/drill';
import { labelOf } from '../lib/labels';

interface Props {
  trend: StatsTrend;
  look: ChartLook;
  theme?: 'dark';
  height: number | string;
  testId: string;
  style?: CSSProperties;
}

/** A measure's last twelve months against the same months a year before; a click on a point opens its records. */
export function TrendChart({ trend, look, theme, height, testId, style }: Props) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  // The query keeps unchanged parts of a refreshed answer as the same objects, so an unchanged trend is not redrawn.
  const option = useMemo(
    () => trendOption(trend, lang, { current: t('dashboard.thisYear'), lastYear: t('dashboard.lastYearSeries') }, look),
    [trend, lang, t, look],
  );
  return (
    <EChart
      option={option}
      theme={theme}
      height={height}
      testId={testId}
      ariaLabel={`${labelOf(trend, lang)} · ${t('dashboard.trend')}`}
      style={style}
      onPick={({ seriesIndex, dataIndex }) => {
        const drill = trendPickDrill(trend, seriesIndex, dataIndex);
        if (drill) navigate(drillHref(drill));
      }}
    />
  );
}
