import type { AuditEntry } from '@fengqiao/domain';
import { Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { StatusTag } from '../../../ui/StatusTag';
import { AUDIT_ACTION_LABELS } from '../audit-actions';

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
            dataIndex: 'username',
            key: 'username',
            width: 120,
            render: (u: string | null) => u ?? '—',
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
                  {names ? `${label(names)} ` : ''}
                  <Typography.Text type="secondary" code>
                    {action}
                  </Typography.Text>
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
                  {entry.targetType}
                  {entry.targetId ? `: ${entry.targetId}` : ''}
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
            render: (detail: string | null) => (
              <Typography.Text style={{ fontSize: 13 }} ellipsis={{ tooltip: detail }}>
                {detail ?? ''}
              </Typography.Text>
            ),
          },
          {
            title: t('audit.requestId'),
            dataIndex: 'requestId',
            key: 'requestId',
            width: 140,
            render: (id: string | null) =>
              id ? (
                <Typography.Text style={{ fontSize: 12 }} copyable ellipsis>
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
