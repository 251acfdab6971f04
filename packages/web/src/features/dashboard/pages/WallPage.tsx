import { CompressOutlined, ExpandOutlined, LeftOutlined } from '@ant-design/icons';
import type { StatsBreakdown } from '@fengqiao/domain';
import { Button, ConfigProvider, Flex, theme } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { BreakdownChart } from '../components/BreakdownChart';
import { DrillNumber } from '../components/DrillNumber';
import { HeatTable } from '../components/HeatTable';
import { TrendChart } from '../components/TrendChart';
import { WallPanel } from '../components/WallPanel';
import { useDashboard } from '../hooks/use-dashboard';
import { labelOf, textOf } from '../lib/labels';
import { readDashboardView, writeDashboardView } from '../lib/period';
import { pickForWall, WALL_BREAKDOWNS, WALL_FIGURES } from '../lib/wall-pick';

/** The wall screen refreshes itself this often; the monitoring centre never touches it. */
const REFRESH_MS = 60_000;
/** As many villages as the heat table's panel holds at 1080 px, the busiest first. */
const WALL_HEAT_ROWS = 8;
const WALL_BREAKDOWN_ROWS = 8;
const LOOK = { big: true } as const;
const TEXT = '#e6f0ff';
const MUTED = '#8fa8c8';
/** A chart fills its panel's body whatever the panel's height. */
const FILL = { position: 'absolute', inset: 0 } as const;

/**
 * The 大屏 for the monitoring centre's wall: the dashboard's figures on a dark screen of exactly one viewport
 * (1920×1080 and the like), type sized to be read from three metres, refreshed every minute in place (the old
 * figures stay until the new ones have come, the charts animate to the new values), with a fullscreen switch.
 */
export function WallPage() {
  const { t, lang, dateTime } = useT();
  const [params] = useSearchParams();
  const view = readDashboardView(params);
  const dashboard = useDashboard(view, { refreshMs: REFRESH_MS });
  const data = dashboard.data;
  const fullscreen = useFullscreen();

  const trends = data?.trend.slice(0, 2) ?? [];
  // Two breakdowns fit: one beside the trends, one beside the heat table (which needs the width of 24 hours).
  const [top, bottom] = pickForWall(
    data?.breakdowns ?? [],
    (breakdown) => `${breakdown.measure}:${breakdown.dimension}`,
    WALL_BREAKDOWNS,
    2,
  ).map((breakdown) => [breakdown]);
  const cards = pickForWall(data?.cards ?? [], (card) => card.measure, WALL_FIGURES, WALL_FIGURES.length);
  const heat = data?.heat
    ? { ...data.heat, rows: [...data.heat.rows].sort((a, b) => b.total - a.total).slice(0, WALL_HEAT_ROWS) }
    : null;

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div
        data-testid="wall"
        style={{
          position: 'fixed',
          inset: 0,
          overflow: 'hidden',
          display: 'grid',
          gridTemplateRows: 'auto auto minmax(0, 1.15fr) minmax(0, 1fr)',
          gap: 14,
          padding: 18,
          boxSizing: 'border-box',
          color: TEXT,
          background: 'radial-gradient(ellipse at top, #15305a 0%, #0a1628 55%, #060d1a 100%)',
        }}
      >
        <Flex align="center" justify="space-between" gap={16}>
          <Flex align="baseline" gap={24} style={{ minWidth: 0 }}>
            <h1 style={{ margin: 0, fontSize: 44, fontWeight: 700, letterSpacing: 2, whiteSpace: 'nowrap' }}>
              {t('wall.title', { name: data?.scope.name ?? '' })}
            </h1>
            <span style={{ fontSize: 28, color: MUTED, whiteSpace: 'nowrap' }} data-testid="wall-period">
              {data ? (lang === 'en' ? data.periodLabelEn : data.periodLabelZh) : ''}
            </span>
          </Flex>
          <Flex align="center" gap={16}>
            {/* A failed refresh keeps the last figures on the wall; the time turns amber so nobody takes them for live. */}
            <span
              style={{ fontSize: 22, color: dashboard.isRefetchError ? '#ffb020' : MUTED, whiteSpace: 'nowrap' }}
              data-testid="wall-refreshed"
              title={dashboard.isRefetchError ? t('wall.stale') : undefined}
            >
              {data ? t('wall.refreshed', { time: dateTime(data.generatedAt) }) : ''}
              {dashboard.isRefetchError ? ` · ${t('wall.stale')}` : ''}
            </span>
            <Button
              size="large"
              icon={fullscreen.active ? <CompressOutlined /> : <ExpandOutlined />}
              onClick={fullscreen.toggle}
              data-testid="wall-fullscreen"
            >
              {fullscreen.active ? t('wall.exitFullscreen') : t('wall.fullscreen')}
            </Button>
            {fullscreen.active ? null : (
              <Link to={`/dashboard?${writeDashboardView(view).toString()}`} style={{ fontSize: 18, color: MUTED }}>
                <LeftOutlined /> {t('wall.back')}
              </Link>
            )}
          </Flex>
        </Flex>

        {dashboard.isError && !data ? <ErrorAlert error={dashboard.error} /> : null}

        <Flex gap={14} style={{ minWidth: 0 }}>
          {cards.map((card) => (
            <div
              key={card.measure}
              style={{
                flex: '1 1 0',
                overflow: 'hidden',
                minWidth: 0,
                padding: '10px 16px',
                borderRadius: 8,
                background: 'rgba(20, 40, 72, 0.72)',
                border: '1px solid rgba(96, 160, 255, 0.25)',
              }}
            >
              {/* Two lines rather than an ellipsis: "矛盾纠纷排…" on a wall tells nobody what the number counts. */}
              <div
                style={{
                  fontSize: 24,
                  lineHeight: 1.25,
                  color: MUTED,
                  display: '-webkit-box',
                  WebkitLineClamp: 2,
                  WebkitBoxOrient: 'vertical',
                  overflow: 'hidden',
                }}
              >
                {labelOf(card, lang)}
              </div>
              <div
                style={{ fontSize: bigNumberSize(card.current, 72), fontWeight: 700, lineHeight: 1.1, color: '#fff' }}
              >
                <DrillNumber value={card.current} drill={card.drill} testId={`wall-figure-${card.measure}`} />
              </div>
              {card.yoy ? (
                <div style={{ fontSize: 20, lineHeight: 1.3, overflowWrap: 'break-word' }}>
                  <span style={{ color: MUTED }}>{t('dashboard.yoy')} </span>
                  <ChangeText text={textOf(card.yoy, lang)} />
                </div>
              ) : null}
            </div>
          ))}
          {data?.counters.map((counter) => (
            <div
              key={counter.key}
              style={{
                flex: '0.75 1 0',
                overflow: 'hidden',
                minWidth: 0,
                padding: '10px 16px',
                borderRadius: 8,
                background: 'rgba(12, 28, 52, 0.72)',
                border: '1px solid rgba(96, 160, 255, 0.15)',
              }}
            >
              <div style={{ fontSize: 20, lineHeight: 1.3, color: MUTED }}>{labelOf(counter, lang)}</div>
              <div style={{ fontSize: bigNumberSize(counter.value ?? 0, 60), fontWeight: 700, lineHeight: 1.15 }}>
                {counter.value === null ? (
                  <span data-testid={`wall-counter-${counter.key}`}>—</span>
                ) : (
                  <DrillNumber value={counter.value} drill={counter.drill} testId={`wall-counter-${counter.key}`} />
                )}
              </div>
            </div>
          ))}
        </Flex>

        <div
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${trends.length}, minmax(0, 1.4fr)) repeat(${top?.length ?? 0}, minmax(0, 1fr))`,
            gap: 14,
            minHeight: 0,
          }}
        >
          {trends.map((trend) => (
            <WallPanel key={trend.measure} title={`${labelOf(trend, lang)} · ${t('dashboard.trend')}`}>
              <TrendChart
                trend={trend}
                look={LOOK}
                theme="dark"
                height="100%"
                testId={`wall-chart-trend-${trend.measure}`}
                style={FILL}
              />
            </WallPanel>
          ))}
          {top?.map((breakdown) => (
            <WallBreakdown key={`${breakdown.measure}:${breakdown.dimension}`} breakdown={breakdown} />
          ))}
        </div>

        <div
          style={{
            display: 'grid',
            gridTemplateColumns: `minmax(0, 2.8fr) repeat(${bottom?.length ?? 0}, minmax(0, 1fr))`,
            gap: 14,
            minHeight: 0,
          }}
        >
          {heat ? (
            <WallPanel title={`${labelOf(heat, lang)} · ${t('dashboard.heat')}`} testId="wall-heat">
              <HeatTable heat={heat} dark fontSize={17} />
            </WallPanel>
          ) : (
            <div />
          )}
          {bottom?.map((breakdown) => (
            <WallBreakdown key={`${breakdown.measure}:${breakdown.dimension}`} breakdown={breakdown} />
          ))}
        </div>
      </div>
    </ConfigProvider>
  );
}

/** A breakdown on the wall: its busiest rows only, as many as stay readable from across the room. */
function WallBreakdown({ breakdown: all }: { breakdown: StatsBreakdown }) {
  const { t, lang } = useT();
  const breakdown = useMemo(
    () => ({ ...all, rows: [...all.rows].sort((a, b) => b.count - a.count).slice(0, WALL_BREAKDOWN_ROWS) }),
    [all],
  );
  return (
    <WallPanel title={`${labelOf(breakdown, lang)} · ${t(`dashboard.dimension.${breakdown.dimension}`)}`}>
      <BreakdownChart
        breakdown={breakdown}
        look={LOOK}
        theme="dark"
        height="100%"
        testId={`wall-chart-breakdown-${breakdown.measure}-${breakdown.dimension}`}
        style={FILL}
      />
    </WallPanel>
  );
}

/** `上升6.2%（113→120）` with the raw counts kept whole on their own line when the card is too narrow for both. */
function ChangeText({ text }: { text: string }) {
  const at = text.search(/[（(]/);
  if (at <= 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span style={{ display: 'inline-block', whiteSpace: 'nowrap' }}>{text.slice(at)}</span>
    </>
  );
}

/** A big number's type size: smaller as it grows, so `1,234` still fits a card an eighth of the screen wide. */
function bigNumberSize(value: number, largest: number): number {
  const characters = value.toLocaleString('zh-CN').length;
  return characters <= 3 ? largest : Math.round((largest * 3.4) / characters);
}

/** Whether the page fills the screen, and the switch; Escape or F11 leaving fullscreen is followed too. */
function useFullscreen(): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return { active, toggle };
}
