import {
  DEFAULT_DISPUTE_CATEGORIES,
  type DisputeListItem,
  disputeCategoryLabel,
  disputePlaceName,
} from '@fengqiao/domain';
import { Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { LinkCard } from '../../../ui/LinkCard';
import { DeadlineText } from './DeadlineText';
import { RiskBadge } from './RiskBadge';
import { StateTag } from './StateTag';

/** The case list on a phone: one tappable card per case, with what decides whether to open it now. */
export function DisputeCards({ disputes }: { disputes: DisputeListItem[] }) {
  const { label } = useT();
  return (
    <Flex vertical gap={10}>
      {disputes.map((dispute) => (
        <LinkCard
          key={dispute.id}
          to={`/disputes/${encodeURIComponent(dispute.id)}`}
          testId={`dispute-card-${dispute.id}`}
        >
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Flex align="center" gap={6} wrap>
              <RiskBadge grade={dispute.riskGrade} />
              <StateTag state={dispute.state} />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {dispute.number}
              </Typography.Text>
            </Flex>
            <Typography.Text strong style={{ fontSize: 17 }} ellipsis>
              {label(disputeCategoryLabel(dispute.category, DEFAULT_DISPUTE_CATEGORIES))} · {disputePlaceName(dispute)}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {dispute.summary}
            </Typography.Paragraph>
            {dispute.partyNames.length > 0 ? (
              <Typography.Text type="secondary">{dispute.partyNames.join('、')}</Typography.Text>
            ) : null}
            <DeadlineText deadlineAt={dispute.deadlineAt} state={dispute.state} />
          </Flex>
        </LinkCard>
      ))}
    </Flex>
  );
}
