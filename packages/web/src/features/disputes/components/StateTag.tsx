import { DISPUTE_STATE_LABELS, DISPUTE_TIER_LABELS, type DisputeState, type DisputeTier } from '@fengqiao/domain';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const DONE: readonly DisputeState[] = ['RESOLVED', 'FOLLOW_UP', 'CLOSED'];
const AWAY: readonly DisputeState[] = ['ESCALATED_COUNTY', 'DIVERTED'];

function stateColor(state: DisputeState): string {
  if (DONE.includes(state)) return 'green';
  if (AWAY.includes(state)) return 'default';
  return 'processing';
}

export function StateTag({ state, testId }: { state: DisputeState; testId?: string }) {
  const { label } = useT();
  return (
    <Tag color={stateColor(state)} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {label(DISPUTE_STATE_LABELS[state])}
    </Tag>
  );
}

export function TierTag({ tier }: { tier: DisputeTier }) {
  const { label } = useT();
  return (
    <Tag color="blue" data-testid="dispute-tier" style={{ marginInlineEnd: 0 }}>
      {label(DISPUTE_TIER_LABELS[tier])}
    </Tag>
  );
}
