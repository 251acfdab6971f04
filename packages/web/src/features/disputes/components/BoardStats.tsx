import { DISPUTE_TIER_LABELS, type DisputeTier } from '@fengqiao/domain';
import { Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { StatCard } from '../../../ui/StatCard';
import { useDisputeBoard } from '../hooks/use-disputes';
import type { DisputeFilter } from '../lib/dispute-filter';

interface FigureProps {
  filter: DisputeFilter;
  value: number | undefined;
  text: string;
  testId: string;
  onPick: (filter: DisputeFilter) => void;
}

function Figure({ filter, value, text, testId, onPick }: FigureProps) {
  return (
    <StatCard label={text} value={value ?? '…'} testId={testId} onClick={() => onPick({ open: true, ...filter })} />
  );
}

const OPEN_TIERS: readonly DisputeTier[] = ['village', 'town', 'taskforce'];

/** The 综治办 board's open-case figures: tapping one filters the list below to exactly those cases. */
export function BoardStats({ onPick }: { onPick: (filter: DisputeFilter) => void }) {
  const { t, label } = useT();
  const open = useDisputeBoard().data?.open;
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      <Figure
        filter={{ risk: 'red' }}
        value={open?.byRisk.red}
        text={t('disputes.boardRed')}
        testId="board-red"
        onPick={onPick}
      />
      <Figure
        filter={{ overdue: true }}
        value={open?.overdue}
        text={t('disputes.boardOverdue')}
        testId="board-overdue"
        onPick={onPick}
      />
      {OPEN_TIERS.map((tier) => (
        <Figure
          key={tier}
          filter={{ tier }}
          value={open?.byTier[tier]}
          text={label(DISPUTE_TIER_LABELS[tier])}
          testId={`board-tier-${tier}`}
          onPick={onPick}
        />
      ))}
    </Flex>
  );
}
