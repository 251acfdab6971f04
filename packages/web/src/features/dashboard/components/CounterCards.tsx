import type { StatsCounter } from '@fengqiao/domain';
import { Card, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { labelOf } from '../lib/labels';
import { DrillNumber } from './DrillNumber';

/** The counters, computed from records by the server; "—" while the module owning their records does not exist. */
export function CounterCards({ counters }: { counters: readonly StatsCounter[] }) {
  const { t, lang } = useT();
  if (counters.length === 0) return null;
  return (
    <>
      {counters.map((counter) => (
        <Card key={counter.key} size="small" style={{ flex: '1 1 200px', minWidth: 200 }}>
          <Typography.Text type="secondary" style={{ fontSize: 15 }}>
            {labelOf(counter, lang)}
          </Typography.Text>
          <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.25 }}>
            {counter.value === null ? (
              <span data-testid={`counter-${counter.key}`} title={t('dashboard.counterNone')}>
                —
              </span>
            ) : (
              <DrillNumber value={counter.value} drill={counter.drill} testId={`counter-${counter.key}`} />
            )}
          </div>
        </Card>
      ))}
    </>
  );
}
