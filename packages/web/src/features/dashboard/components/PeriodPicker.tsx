import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { StatsPeriod } from '@fengqiao/domain';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { DASHBOARD_PERIOD_KINDS, type DashboardView, stepPeriodKey } from '../lib/period';

interface Props {
  view: DashboardView;
  /** The period the dashboard shows, as the server resolved it. */
  period: StatsPeriod | undefined;
  periodLabel: string;
  onChange: (next: DashboardView) => void;
}

/**
 * The kind of period (日/周/月/季度/年/年初至今) and a step back or forward through periods of that kind; forward
 * stops at the period holding today, since the server refuses a period that lies in the future.
 */
export function PeriodPicker({ view, period, periodLabel, onChange }: Props) {
  const { t } = useT();
  const now = new Date();
  const previous = period ? stepPeriodKey(period, view.kind, -1, now) : null;
  const next = period ? stepPeriodKey(period, view.kind, 1, now) : null;
  const { key: _key, ...rest } = view;
  return (
    <Flex gap={12} wrap align="center">
      <Segmented
        value={view.kind}
        onChange={(kind) => onChange({ ...rest, kind })}
        options={DASHBOARD_PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.period.${kind}`) }))}
        data-testid="dashboard-period-kind"
      />
      <Flex gap={4} align="center">
        <Button
          icon={<LeftOutlined />}
          aria-label={t('dashboard.previous')}
          disabled={!previous}
          onClick={() => previous && onChange({ ...view, key: previous })}
          data-testid="dashboard-period-previous"
        />
        <Typography.Text strong style={{ minWidth: 140, textAlign: 'center' }} data-testid="dashboard-period">
          {periodLabel}
        </Typography.Text>
        <Button
          icon={<RightOutlined />}
          aria-label={t('dashboard.next')}
          disabled={!next}
          onClick={() => next && onChange({ ...view, key: next })}
          data-testid="dashboard-period-next"
        />
      </Flex>
    </Flex>
  );
}
