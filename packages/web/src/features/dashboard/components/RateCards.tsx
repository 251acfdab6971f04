import type { StatsRate } from '@fengqiao/domain';
import { Card, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { labelOf, percentText, textOf } from '../lib/labels';
import { DrillNumber } from './DrillNumber';

/**
 * Rates with their numerator and denominator beside the percentage (each opening its records), compared with last
 * year in 百分点 as the server words it, never in %.
 */
export function RateCards({ rates }: { rates: readonly StatsRate[] }) {
  const { t, lang } = useT();
  if (rates.length === 0) return null;
  return (
    <>
      {rates.map((rate) => (
        <Card key={rate.measure} size="small" style={{ flex: '1 1 220px', minWidth: 220 }}>
          <Typography.Text type="secondary" style={{ fontSize: 15 }}>
            {labelOf(rate, lang)}
          </Typography.Text>
          <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.25 }} data-testid={`rate-${rate.measure}`}>
            {rate.percent === null ? t('dashboard.noRate') : percentText(rate.percent)}
          </div>
          <Typography.Text type="secondary" data-testid={`rate-${rate.measure}-counts`}>
            <DrillNumber value={rate.numerator} drill={rate.drill} style={{ textDecoration: 'underline' }} />
            {' / '}
            <DrillNumber
              value={rate.denominator}
              drill={rate.denominatorDrill}
              style={{ textDecoration: 'underline' }}
            />
          </Typography.Text>
          {rate.change ? (
            <div>
              <Typography.Text type="secondary">{t('dashboard.yoy')} </Typography.Text>
              <Typography.Text>{textOf(rate.change, lang)}</Typography.Text>
              {rate.lastYearPercent !== null && rate.lastYearNumerator !== null && rate.lastYearDenominator !== null ? (
                <Typography.Text type="secondary">
                  {' · '}
                  {t('dashboard.lastYearRate', {
                    p: percentText(rate.lastYearPercent),
                    n: rate.lastYearNumerator,
                    d: rate.lastYearDenominator,
                  })}
                </Typography.Text>
              ) : null}
            </div>
          ) : null}
        </Card>
      ))}
    </>
  );
}
