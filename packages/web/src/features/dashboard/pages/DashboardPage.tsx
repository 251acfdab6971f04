import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { BreakdownCharts } from '../components/BreakdownCharts';
import { CounterCards } from '../components/CounterCards';
import { FigureCards } from '../components/FigureCards';
import { HeatTable } from '../components/HeatTable';
import { PeriodPicker } from '../components/PeriodPicker';
import { RateCards } from '../components/RateCards';
import { TrendCharts } from '../components/TrendCharts';
import { useDashboard } from '../hooks/use-dashboard';
import { labelOf } from '../lib/labels';
import { type DashboardView, readDashboardView, writeDashboardView } from '../lib/period';

const LOOK = { big: false } as const;
const SCOPE_LEVELS = ['district', 'village', 'community'] as const;

/**
 * The station dashboard (统计看板) for a period, over the caller's whole reach or one district or village
 * (`?jurisdictionId=`). The view lives in the URL so a link to it shows the same figures; every number opens the
 * records it counts.
 */
export function DashboardPage() {
  const { t, lang, dateTime } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const view = readDashboardView(params);
  const dashboard = useDashboard(view);
  const data = dashboard.data;
  const setView = (next: DashboardView) => setParams(writeDashboardView(next), { replace: true });
  const periodLabel = data ? (lang === 'en' ? data.periodLabelEn : data.periodLabelZh) : '';

  return (
    <>
      <PageHeader
        title={data ? `${data.scope.name} · ${t('dashboard.title')}` : t('dashboard.title')}
        sub={data ? t('dashboard.generatedAt', { time: dateTime(data.generatedAt) }) : undefined}
        extra={
          <Button
            icon={<FundProjectionScreenOutlined />}
            href={`/wall?${writeDashboardView(view).toString()}`}
            target="_blank"
            data-testid="dashboard-open-wall"
          >
            {t('dashboard.openWall')}
          </Button>
        }
      />
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <PeriodPicker view={view} period={data?.period} periodLabel={periodLabel} onChange={setView} />
        <span style={{ minWidth: isMobile ? '100%' : 240 }}>
          <JurisdictionPicker
            value={view.jurisdictionId ?? null}
            onChange={(jurisdictionId) => setView({ ...view, jurisdictionId })}
            levels={SCOPE_LEVELS}
            allowClear
            placeholder={t('dashboard.wholeScope')}
            testId="dashboard-scope"
          />
        </span>
      </Flex>
      {dashboard.isError ? <ErrorAlert error={dashboard.error} /> : null}
      {!data ? (
        dashboard.isPending ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin size="large" />
          </Flex>
        ) : null
      ) : (
        <div data-testid="dashboard" style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}>
          <FigureCards cards={data.cards} />
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <RateCards rates={data.rates} />
            <CounterCards counters={data.counters} />
          </Flex>
          <TrendCharts trends={data.trend} look={LOOK} height={260} />
          {data.heat ? (
            <Card
              size="small"
              title={`${labelOf(data.heat, lang)} · ${t('dashboard.heat')}`}
              style={{ marginBottom: 16 }}
            >
              <HeatTable heat={data.heat} />
            </Card>
          ) : null}
          <Typography.Title level={5}>{t('dashboard.breakdowns')}</Typography.Title>
          <BreakdownCharts breakdowns={data.breakdowns} look={LOOK} height={240} />
        </div>
      )}
    </>
  );
}
