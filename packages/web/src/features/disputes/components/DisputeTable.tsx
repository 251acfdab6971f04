import { type DisputeListItem, disputeCategoryLabel, disputePlaceName } from '@fengqiao/domain';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { DeadlineText } from './DeadlineText';
import { RiskBadge } from './RiskBadge';
import { StateTag, TierTag } from './StateTag';

const rowProps = rowTestId((dispute: DisputeListItem) => `dispute-row-${dispute.id}`);

export function DisputeTable({ disputes, loading }: { disputes: DisputeListItem[]; loading: boolean }) {
  const { t, label } = useT();
  return (
    <Table<DisputeListItem>
      rowKey="id"
      loading={loading}
      dataSource={disputes}
      pagination={false}
      onRow={rowProps}
      // Fits a 1440 px screen beside the menu without scrolling; the deadline sits next to the risk so both stay
      // in view when a narrower window scrolls the rest.
      scroll={{ x: 1100 }}
      columns={[
        {
          title: t('disputes.number'),
          key: 'number',
          fixed: 'left',
          width: 180,
          render: (_v, dispute) => (
            <Link className="fq-keep-together" to={`/disputes/${encodeURIComponent(dispute.id)}`}>
              {dispute.number}
            </Link>
          ),
        },
        {
          title: t('disputes.risk'),
          key: 'risk',
          width: 90,
          render: (_v, dispute) => <RiskBadge grade={dispute.riskGrade} reasons={dispute.riskReasons} />,
        },
        {
          title: t('disputes.deadline'),
          key: 'deadline',
          // Wide enough for 截止2025年12月6日 (a last day in another year) on the second line.
          width: 160,
          render: (_v, dispute) => <DeadlineText deadlineAt={dispute.deadlineAt} state={dispute.state} />,
        },
        {
          title: t('disputes.state'),
          key: 'state',
          width: 120,
          render: (_v, dispute) => <StateTag state={dispute.state} />,
        },
        { title: t('disputes.tier'), key: 'tier', width: 70, render: (_v, dispute) => <TierTag tier={dispute.tier} /> },
        {
          title: t('disputes.village'),
          key: 'village',
          width: 150,
          render: (_v, dispute) => <span className="fq-keep-together">{disputePlaceName(dispute)}</span>,
        },
        {
          title: t('disputes.category'),
          key: 'category',
          width: 110,
          render: (_v, dispute) => label(disputeCategoryLabel(dispute.category)),
        },
        {
          title: t('disputes.parties'),
          key: 'parties',
          width: 140,
          ellipsis: true,
          render: (_v, dispute) => dispute.partyNames.join('、'),
        },
        { title: t('disputes.summary'), dataIndex: 'summary', key: 'summary', ellipsis: true },
      ]}
    />
  );
}
