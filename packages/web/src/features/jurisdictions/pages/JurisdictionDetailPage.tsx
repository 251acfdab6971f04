import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { LEVEL_LABELS } from '@fengqiao/domain';
import { Breadcrumb, Button, Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../app/auth/permissions';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { AssignmentsCard } from '../components/AssignmentsCard';
import { JurisdictionFormModal, type JurisdictionFormTarget } from '../components/JurisdictionFormModal';
import { JurisdictionSummary } from '../components/JurisdictionSummary';
import { JurisdictionTable } from '../components/JurisdictionTable';
import { useJurisdiction, useJurisdictions } from '../hooks/use-jurisdictions';
import { ancestorsOf, buildJurisdictionTree, descendantsOf } from '../lib/jurisdiction-tree';

export function JurisdictionDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useT();
  const navigate = useNavigate();
  const canReadPeople = usePermission('person.read');
  const record = useJurisdiction(id);
  const all = useJurisdictions();
  const [editing, setEditing] = useState<JurisdictionFormTarget | null>(null);

  if (record.isPending) return <Skeleton active />;
  if (record.isError) return <RecordLoadError error={record.error} onRetry={() => void record.refetch()} />;
  const jurisdiction = record.data;
  const items = all.data ?? [];
  const below = descendantsOf(items, jurisdiction.id);
  const children = buildJurisdictionTree(items, jurisdiction.id)[0]?.children ?? [];

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/jurisdictions">{t('nav.jurisdictions')}</Link> },
          ...ancestorsOf(items, jurisdiction.id).map((a) => ({
            title: <Link to={`/jurisdictions/${encodeURIComponent(a.id)}`}>{a.name}</Link>,
          })),
          { title: jurisdiction.name },
        ]}
      />
      <PageHeader
        title={
          <>
            {jurisdiction.name} <Tag>{label(LEVEL_LABELS[jurisdiction.level])}</Tag>
          </>
        }
        extra={
          <>
            {canReadPeople ? (
              <Button
                icon={<TeamOutlined />}
                onClick={() => navigate(`/people?jurisdictionId=${encodeURIComponent(jurisdiction.id)}`)}
                data-testid="jurisdiction-people"
              >
                {t('jurisdiction.people')}
              </Button>
            ) : null}
            {can(jurisdiction, 'update') ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing({ mode: 'edit', record: jurisdiction })}>
                {t('common.edit')}
              </Button>
            ) : null}
            {can(jurisdiction, 'create_child') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ mode: 'create', parent: jurisdiction })}
              >
                {t('jurisdiction.addChild')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 4 }}
          size="small"
          items={[
            {
              key: 'code',
              label: t('jurisdiction.code'),
              children: <span style={{ fontFamily: 'monospace' }}>{jurisdiction.code ?? '—'}</span>,
            },
            { key: 'population', label: t('jurisdiction.population'), children: jurisdiction.population ?? '—' },
            { key: 'households', label: t('jurisdiction.households'), children: jurisdiction.households ?? '—' },
            { key: 'note', label: t('jurisdiction.note'), children: jurisdiction.note ?? '' },
          ]}
        />
      </Card>
      {below.some((j) => j.level !== 'group') ? <JurisdictionSummary items={below} /> : null}
      <AssignmentsCard jurisdiction={jurisdiction} />
      {children.length > 0 ? (
        <Card size="small" title={t('jurisdiction.children')}>
          <JurisdictionTable key={jurisdiction.id} nodes={children} onEdit={setEditing} />
        </Card>
      ) : null}
      {editing ? <JurisdictionFormModal target={editing} onClose={() => setEditing(null)} /> : null}
    </Flex>
  );
}
