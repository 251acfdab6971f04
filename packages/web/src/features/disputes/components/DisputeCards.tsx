import { RightOutlined } from '@ant-design/icons';
import {
  DEFAULT_DISPUTE_CATEGORIES,
  type DisputeListItem,
  disputeCategoryLabel,
  disputePlaceName,
} from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { DeadlineText } from './DeadlineText';
import { RiskBadge } from './RiskBadge';
import { StateTag } from './StateTag';

/** The case list on a phone: one tappable card per case, with what decides whether to open it now. */
export function DisputeCards({ disputes }: { disputes: DisputeListItem[] }) {
  const { label } = useT();
  return (
    <Flex vertical gap={10}>
      {disputes.map((dispute) => (
        <Link
          key={dispute.id}
          to={`/disputes/${encodeURIComponent(dispute.id)}`}
          data-testid={`dispute-card-${dispute.id}`}
          style={{ color: 'inherit' }}
        >
          <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex align="center" gap={6} wrap>
                  <RiskBadge grade={dispute.riskGrade} />
                  <StateTag state={dispute.state} />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {dispute.number}
                  </Typography.Text>
                </Flex>
                <Typography.Text strong style={{ fontSize: 17 }} ellipsis>
                  {label(disputeCategoryLabel(dispute.category, DEFAULT_DISPUTE_CATEGORIES))} ·{' '}
                  {disputePlaceName(dispute)}
                </Typography.Text>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  {dispute.summary}
                </Typography.Paragraph>
                {dispute.partyNames.length > 0 ? (
                  <Typography.Text type="secondary">{dispute.partyNames.join('、')}</Typography.Text>
                ) : null}
                <DeadlineText deadlineAt={dispute.deadlineAt} state={dispute.state} />
              </Flex>
              <RightOutlined style={{ color: '#999' }} />
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
