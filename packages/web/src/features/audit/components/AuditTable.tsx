import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS, type AuditEntry, ROLE_LABELS } from '@fengqiao/domain';
import { Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { StatusTag } from '../../../ui/StatusTag';
import { AuditDetail } from './AuditDetail';

const rowProps = rowTestId<AuditEntry>(() => 'audit-row');

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t, label, dateTime } = useT();
  return (
    <div data-testid="audit-table">
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={loading}
        dataSource={entries}
        pagination={false}
        onRow={rowProps}
        scroll={{ x: 1300 }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 80 },
          {
            title: t('audit.time'),
            dataIndex: 'at',
            key: 'at',
            width: 170,
            render: (at: string) => <span data-testid="audit-time">{dateTime(at)}</span>,
          },
          {
            title: t('audit.user'),
            key: 'actor',
            width: 190,
            render: (_v, entry) =>
              entry.actorName || entry.username ? (
                <span data-testid="audit-actor">
                  <Typography.Text strong>{entry.actorName ?? entry.username}</Typography.Text>
                  {entry.actorName && entry.username ? (
                    <Typography.Text type="secondary"> ({entry.username})</Typography.Text>
                  ) : null}
                  {entry.actorRoles.length > 0 ? (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {entry.actorRoles.map((role) => label(ROLE_LABELS[role], role)).join(' · ')}
                      </Typography.Text>
                    </div>
                  ) : null}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            key: 'action',
            width: 200,
            render: (action: string) => {
              const names = AUDIT_ACTION_LABELS[action];
              return (
                <span data-testid="audit-action" data-action={action}>
                  {names ? label(names) : action}
                </span>
              );
            },
          },
          {
            title: t('audit.target'),
            key: 'target',
            width: 220,
            render: (_v, entry) =>
              entry.targetType ? (
                <Typography.Text style={{ fontSize: 13 }}>
                  {label(AUDIT_TARGET_LABELS[entry.targetType], entry.targetType)}
                  {entry.targetId ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: entry.targetId }}>
                      {` ${entry.targetId.slice(-8)}`}
                    </Typography.Text>
                  ) : null}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: t('audit.outcome'),
            dataIndex: 'outcome',
            key: 'outcome',
            width: 90,
            render: (outcome: AuditEntry['outcome']) => <StatusTag status={outcome} />,
          },
          { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          {
            title: t('audit.detail'),
            dataIndex: 'detail',
            key: 'detail',
            render: (detail: string | null) => <AuditDetail detail={detail} />,
          },
          {
            title: t('audit.requestId'),
            dataIndex: 'requestId',
            key: 'requestId',
            width: 140,
            render: (id: string | null) =>
              id ? (
                <Typography.Text style={{ fontSize: 12 }} copyable data-testid="audit-request-id">
                  {id}
                </Typography.Text>
              ) : (
                ''
              ),
          },
        ]}
      />
    </div>
  );
}
