import {
  boardPeriods,
  DISPUTE_TIER_LABELS,
  type DisputeBoard,
  type DisputeTier,
  formatBeijingMonthDay,
} from '@fengqiao/domain';
import { Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { StatCard } from '../../../ui/StatCard';
import type { DisputeFilter } from '../lib/dispute-filter';

interface FigureProps {
  filter: DisputeFilter;
  value: number | undefined;
  text: string;
  hint?: string;
  testId: string;
  onPick: (filter: DisputeFilter) => void;
}

function Figure({ filter, value, text, hint, testId, onPick }: FigureProps) {
  return <StatCard label={text} value={value ?? '…'} hint={hint} testId={testId} onClick={() => onPick(filter)} />;
}

const OPEN_TIERS: readonly DisputeTier[] = ['village', 'town', 'taskforce'];

interface Props {
  board: DisputeBoard | undefined;
  onPick: (filter: DisputeFilter) => void;
}

/**
 * The board's figures: open cases only (red, overdue, per tier), then the cases closed this month and this year,
 * each with the Beijing days it covers. Tapping a figure filters the list below to exactly those cases.
 */
export function BoardStats({ board, onPick }: Props) {
  const { t, label, lang } = useT();
  const open = board?.open;
  const periods = board ? boardPeriods(board.asOf) : null;
  const span = (from: string, to: string) => `${formatBeijingMonthDay(from, lang)}–${formatBeijingMonthDay(to, lang)}`;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex wrap gap={12}>
        <Figure
          filter={{ open: true, risk: 'red' }}
          value={open?.byRisk.red}
          text={t('disputes.boardRed')}
          testId="board-red"
          onPick={onPick}
        />
        <Figure
          filter={{ open: true, overdue: true }}
          value={open?.overdue}
          text={t('disputes.boardOverdue')}
          testId="board-overdue"
          onPick={onPick}
        />
        {OPEN_TIERS.map((tier) => (
          <Figure
            key={tier}
            filter={{ open: true, tier }}
            value={open?.byTier[tier]}
            text={label(DISPUTE_TIER_LABELS[tier])}
            testId={`board-tier-${tier}`}
            onPick={onPick}
          />
        ))}
      </Flex>
      <Flex wrap gap={12}>
        <Figure
          filter={periods ? { closedFrom: periods.monthStart, closedTo: periods.today, order: 'newest' } : {}}
          value={board?.closed.thisMonth}
          text={t('board.closedThisMonth')}
          hint={periods ? span(periods.monthStart, periods.today) : undefined}
          testId="board-closed-month"
          onPick={onPick}
        />
        <Figure
          filter={periods ? { closedFrom: periods.yearStart, closedTo: periods.today, order: 'newest' } : {}}
          value={board?.closed.thisYear}
          text={t('board.closedThisYear')}
          hint={periods ? span(periods.yearStart, periods.today) : undefined}
          testId="board-closed-year"
          onPick={onPick}
        />
      </Flex>
    </Flex>
  );
}
