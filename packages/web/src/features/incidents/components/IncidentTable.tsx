import { disputePlaceName, type IncidentListItem } from '@fengqiao/domain';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { ArrivalTag, DisputeFlagTag, IncidentStateTag } from './IncidentTags';

const rowProps = rowTestId((incident: IncidentListItem) => `incident-row-${incident.id}`);

/** The desk's list: late arrivals stand out by their red tag and a tinted row. */
export function IncidentTable({ incidents, loading }: { incidents: IncidentListItem[]; loading: boolean }) {
  const { t, dateTime } = useT();
  return (
    <Table<IncidentListItem>
      rowKey="id"
      loading={loading}
      dataSource={incidents}
      pagination={false}
      onRow={rowProps}
      rowClassName={(incident) => (incident.arrival.late ? 'fq-row-late' : '')}
      scroll={{ x: 1200 }}
      columns={[
        {
          title: t('incidents.number'),
          key: 'number',
          fixed: 'left',
          width: 196,
          render: (_v, incident) => (
            <Link className="fq-keep-together" to={`/incidents/${encodeURIComponent(incident.id)}`}>
              {incident.number}
            </Link>
          ),
        },
        {
          title: t('incidents.receivedAt'),
          key: 'receivedAt',
          width: 150,
          render: (_v, incident) => dateTime(incident.receivedAt),
        },
        { title: t('incidents.class'), key: 'class', width: 110, render: (_v, incident) => incident.className },
        {
          title: t('incidents.village'),
          key: 'village',
          width: 120,
          render: (_v, incident) => <span className="fq-keep-together">{disputePlaceName(incident)}</span>,
        },
        {
          title: t('incidents.state'),
          key: 'state',
          width: 90,
          render: (_v, incident) => <IncidentStateTag state={incident.state} />,
        },
        {
          title: t('incidents.arrival'),
          key: 'arrival',
          width: 176,
          render: (_v, incident) => <ArrivalTag arrival={incident.arrival} />,
        },
        {
          title: t('incidents.disputeFlag'),
          key: 'dispute',
          width: 104,
          render: (_v, incident) => <DisputeFlagTag dispute={incident.dispute} />,
        },
        {
          title: t('incidents.parties'),
          key: 'parties',
          width: 120,
          ellipsis: true,
          render: (_v, incident) => incident.partyNames.join('、'),
        },
        { title: t('incidents.summary'), dataIndex: 'summary', key: 'summary', ellipsis: true },
      ]}
    />
  );
}
