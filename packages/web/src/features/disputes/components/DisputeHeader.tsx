import { type Dispute, disputeCategoryLabel, disputePlaceName } from '@fengqiao/domain';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { DeadlineText } from './DeadlineText';
import { RiskBadge } from './RiskBadge';
import { StateTag, TierTag } from './StateTag';

/** Number, state, tier, risk with its reasons, and the deadline: what anyone opening the case must see first. */
export function DisputeHeader({ dispute }: { dispute: Dispute }) {
  const { t, label } = useT();
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="dispute-number">
            {dispute.number}
          </Typography.Title>
          <StateTag state={dispute.state} testId="dispute-state" />
          <TierTag tier={dispute.tier} />
          <RiskBadge grade={dispute.riskGrade} />
        </Flex>
        {dispute.riskReasons.length > 0 ? (
          <Alert
            type={dispute.riskGrade === 'red' ? 'error' : 'warning'}
            showIcon
            data-testid="dispute-risk-reasons"
            title={t('disputes.riskReasons')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {dispute.riskReasons.map((reason) => (
                  <li key={reason.code}>{label(reason)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3 }}
          items={[
            { key: 'category', label: t('disputes.category'), children: label(disputeCategoryLabel(dispute.category)) },
            { key: 'village', label: t('disputes.village'), children: disputePlaceName(dispute) },
            {
              key: 'deadline',
              label: t('disputes.deadline'),
              children: <DeadlineText deadlineAt={dispute.deadlineAt} state={dispute.state} />,
            },
            { key: 'people', label: t('disputes.peopleInvolved'), children: dispute.peopleInvolved },
            {
              key: 'grievance',
              label: t('disputes.grievanceStartedOn'),
              children: dispute.grievanceStartedOn
                ? `${dispute.grievanceStartedOn}（${t('disputes.grievanceYears', { n: dispute.grievanceYears ?? 0 })}）`
                : '—',
            },
          ]}
        />
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="dispute-summary">
          {dispute.summary}
        </Typography.Paragraph>
      </Flex>
    </Card>
  );
}
