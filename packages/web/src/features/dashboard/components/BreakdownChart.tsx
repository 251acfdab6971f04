import type { StatsBreakdown } from '@fengqiao/domain';
import { type CSSProperties, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { EChart } from '../charts/EChart';
import { breakdownOption, breakdownPickDrill, type ChartLook } from '../lib/chart-options';
import { drillHref } from '../lib/drill';
import { labelOf } from '../lib/labels';

interface Props {
  breakdown: StatsBreakdown;
  look: ChartLook;
  theme?: 'dark';
  height: number | string;
  testId: string;
  style?: CSSProperties;
}

/** A breakdown (categories, risk grades…) as bars or a pie; a click on a bar or slice opens its records. */
export function BreakdownChart({ breakdown, look, theme, height, testId, style }: Props) {
  const { lang } = useT();
  const navigate = useNavigate();
  const option = useMemo(() => breakdownOption(breakdown, lang, look), [breakdown, lang, look]);
  return (
    <EChart
      option={option}
      theme={theme}
      height={height}
      testId={testId}
      ariaLabel={labelOf(breakdown, lang)}
      style={style}
      onPick={({ dataIndex }) => {
        const drill = breakdownPickDrill(breakdown, dataIndex);
        if (drill) navigate(drillHref(drill));
      }}
    />
  );
}
