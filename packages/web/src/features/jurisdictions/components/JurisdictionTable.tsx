import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { type Jurisdiction, LEVEL_LABELS } from '@fengqiao/domain';
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { type Key, useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { countLevels, defaultExpandedKeys, flattenNodes, type JurisdictionNode } from '../lib/jurisdiction-tree';
import { ChildCounts } from './ChildCounts';
import type { JurisdictionFormTarget } from './JurisdictionFormModal';

interface Props {
  nodes: JurisdictionNode[];
  onEdit: (target: JurisdictionFormTarget) => void;
}

// Villages are found by their 12-digit statistical code; districts and groups without one by id.
const rowProps = rowTestId((record: Jurisdiction) => `jurisdiction-row-${record.code ?? record.id}`);

/** The jurisdiction tree as an indented table, opened down to village level. */
export function JurisdictionTable({ nodes, onEdit }: Props) {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const [expanded, setExpanded] = useState<readonly Key[]>(() => defaultExpandedKeys(nodes));

  const columns: TableColumnsType<JurisdictionNode> = [
    {
      title: t('jurisdiction.name'),
      key: 'name',
      render: (_value, record) => (
        <Flex vertical gap={0}>
          <Link to={`/jurisdictions/${encodeURIComponent(record.id)}`} style={{ fontWeight: 500 }}>
            {record.name}
          </Link>
          {isMobile && record.code ? (
            <span style={{ fontFamily: 'monospace', fontSize: 13 }}>{record.code}</span>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('jurisdiction.level'),
      key: 'level',
      width: 90,
      render: (_v, r) => label(LEVEL_LABELS[r.level], r.level),
    },
    ...(isMobile
      ? []
      : ([
          {
            title: t('jurisdiction.code'),
            dataIndex: 'code',
            key: 'code',
            width: 150,
            render: (code: string | null) => <span style={{ fontFamily: 'monospace' }}>{code ?? '—'}</span>,
          },
          {
            title: t('jurisdiction.contains'),
            key: 'contains',
            render: (_v, record) =>
              record.children ? <ChildCounts counts={countLevels(flattenNodes(record.children))} /> : null,
          },
          {
            title: t('jurisdiction.population'),
            dataIndex: 'population',
            key: 'population',
            width: 90,
            align: 'right',
          },
          {
            title: t('jurisdiction.households'),
            dataIndex: 'households',
            key: 'households',
            width: 80,
            align: 'right',
          },
        ] satisfies TableColumnsType<JurisdictionNode>)),
    {
      title: t('common.actions'),
      key: 'actions',
      width: isMobile ? 96 : 190,
      render: (_v, record) => (
        <Flex wrap gap={4}>
          {can(record, 'update') ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit({ mode: 'edit', record })}
              data-testid={`jurisdiction-edit-${record.code ?? record.id}`}
            >
              {isMobile ? null : t('common.edit')}
            </Button>
          ) : null}
          {can(record, 'create_child') ? (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onEdit({ mode: 'create', parent: record })}
              data-testid={`jurisdiction-add-${record.code ?? record.id}`}
            >
              {isMobile ? null : t('jurisdiction.addChild')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <Table<JurisdictionNode>
      rowKey="id"
      size={isMobile ? 'small' : 'middle'}
      columns={columns}
      dataSource={nodes}
      pagination={false}
      onRow={rowProps}
      expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => setExpanded(keys) }}
      scroll={isMobile ? undefined : { x: 900 }}
    />
  );
}
