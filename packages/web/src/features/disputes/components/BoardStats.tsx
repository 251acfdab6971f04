import { DISPUTE_TIER_LABELS, type DisputeTier } from '@fengqiao/domain';
import { Flex } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { StatCard } from '../../../ui/StatCard';
import { useDisputeCount } from '../hooks/use-disputes';
import type { DisputeFilter } from '../lib/dispute-filter';

interface FigureProps {
  filter: DisputeFilter;
  text: string;
  testId: string;
  onPick: (filter: DisputeFilter) => void;
}

function Figure({ filter, text, testId, onPick }: FigureProps) {
  const count = useDisputeCount(filter);
  const value = count.data ? `${count.data.count}${count.data.more ? '+' : ''}` : '…';
  return <StatCard label={text} value={value} testId={testId} onClick={() => onPick(filter)} />;
}

const OPEN_TIERS: readonly DisputeTier[] = ['village', 'town', 'taskforce'];

/** The 综治办 board's headline figures: tapping one filters the list below to exactly those cases. */
export function BoardStats({ onPick }: { onPick: (filter: DisputeFilter) => void }) {
  const { t, label } = useT();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      <Figure filter={{ risk: 'red' }} text={t('disputes.boardRed')} testId="board-red" onPick={onPick} />
      <Figure filter={{ overdue: true }} text={t('disputes.boardOverdue')} testId="board-overdue" onPick={onPick} />
      {OPEN_TIERS.map((tier) => (
        <Figure
          key={tier}
          filter={{ tier }}
          text={label(DISPUTE_TIER_LABELS[tier])}
          testId={`board-tier-${tier}`}
          onPick={onPick}
        />
      ))}
    </Flex>
  );
}
