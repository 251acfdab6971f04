import type { StatsFigure } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { labelOf, textOf } from '../lib/labels';
import { DrillNumber } from './DrillNumber';

const TREND_COLORS = { up: '#cf1322', down: '#389e0d', flat: undefined, new: '#cf1322' } as const;

/**
 * One card per figure: the count of the period, its 同比 and 环比 in the server's own words (which carry the raw
 * counts), and last year's and the previous period's counts beside them, each opening its own records.
 */
export function FigureCards({ cards }: { cards: readonly StatsFigure[] }) {
  const { t, lang } = useT();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      {cards.map((card) => (
        <Card key={card.measure} size="small" style={{ flex: '1 1 220px', minWidth: 220 }}>
          <Typography.Text type="secondary" style={{ fontSize: 15 }}>
            {labelOf(card, lang)}
          </Typography.Text>
          <div style={{ fontSize: 34, fontWeight: 600, lineHeight: 1.25 }}>
            <DrillNumber value={card.current} drill={card.drill} testId={`figure-${card.measure}`} />
          </div>
          {card.yoy ? (
            <div data-testid={`figure-${card.measure}-yoy`}>
              <Typography.Text type="secondary">{t('dashboard.yoy')} </Typography.Text>
              <Typography.Text style={{ color: TREND_COLORS[card.yoy.kind] }}>{textOf(card.yoy, lang)}</Typography.Text>
            </div>
          ) : null}
          {card.mom ? (
            <div data-testid={`figure-${card.measure}-mom`}>
              <Typography.Text type="secondary">{t('dashboard.mom')} </Typography.Text>
              <Typography.Text>{textOf(card.mom, lang)}</Typography.Text>
            </div>
          ) : null}
          <Flex wrap gap="0 12px">
            {card.lastYear !== null ? (
              <Typography.Text type="secondary">
                <CountLine
                  text={t('dashboard.lastYear', { n: '\u0000' })}
                  value={card.lastYear}
                  drill={card.lastYearDrill}
                />
              </Typography.Text>
            ) : null}
            {card.previous !== null ? (
              <Typography.Text type="secondary">
                <CountLine
                  text={t('dashboard.previousCount', { n: '\u0000' })}
                  value={card.previous}
                  drill={card.previousDrill}
                />
              </Typography.Text>
            ) : null}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/** A sentence with one count in it (`上年同期 4 起`), the count clickable: the text is split at the placeholder. */
export function CountLine({ text, value, drill }: { text: string; value: number; drill: StatsFigure['drill'] }) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      <DrillNumber value={value} drill={drill} style={{ textDecoration: drill ? 'underline' : undefined }} />
      {after}
    </>
  );
}
