import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';
import { echarts } from './echarts-setup';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** The element of the chart that was clicked: which series and which data point. */
export interface ChartPick {
  seriesIndex: number;
  dataIndex: number;
}

interface Props {
  option: ChartOption;
  /** ECharts' built-in dark theme for the 大屏; the light default elsewhere. */
  theme?: 'dark';
  height: number | string;
  testId: string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  onPick?: (pick: ChartPick) => void;
  style?: CSSProperties;
}

/**
 * One ECharts instance bound to a div: created on mount (and again when the theme changes), disposed on unmount,
 * resized with its container. A new option is merged into the running chart, so an auto-refresh animates the
 * values in place instead of redrawing from blank. When a render has finished the div carries
 * `data-chart-finished="true"`, set from ECharts' own `finished` event, which browser tests wait for.
 */
export function EChart({ option, theme, height, testId, ariaLabel, onPick, style }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The click handler is bound once per instance; it reads the latest callback through this ref.
  const pick = useRef(onPick);
  pick.current = onPick;
  // A chart created anew (theme switch) starts from the latest option, not the one of its first render.
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, theme);
    chart.current = instance;
    instance.on('finished', () => {
      element.dataset.chartFinished = 'true';
    });
    instance.on('click', (event) => {
      const { seriesIndex, dataIndex } = event as ECElementEvent;
      if (seriesIndex !== undefined) pick.current?.({ seriesIndex, dataIndex });
    });
    instance.setOption(latest.current);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      delete element.dataset.chartFinished;
    };
  }, [theme]);

  useEffect(() => {
    const instance = chart.current;
    const element = container.current;
    if (!instance || !element) return;
    element.dataset.chartFinished = 'false';
    instance.setOption(option);
  }, [option]);

  return (
    <div
      ref={container}
      data-testid={testId}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, cursor: onPick ? 'pointer' : undefined, ...style }}
    />
  );
}
