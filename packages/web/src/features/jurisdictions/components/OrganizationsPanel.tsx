import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
} from '@fengqiao/domain';
import { Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { useLocalPaging } from '../../../ui/local-paging';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useOrganizations } from '../hooks/use-directory-data';

const ALL = 'all';

/** The units of the town: station, posts, governance office, departments, mediation committees, partner stations. */
export function OrganizationsPanel() {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const [kind, setKind] = useState<OrganizationKind | typeof ALL>(ALL);
  const organizations = useOrganizations(kind === ALL ? undefined : kind);
  const kindLabel = (value: OrganizationKind) => label(ORGANIZATION_KIND_LABELS[value], value);

  const filter = (
    <Select<OrganizationKind | typeof ALL>
      value={kind}
      onChange={setKind}
      style={{ width: isMobile ? '100%' : 220, marginBottom: 16 }}
      options={[
        { value: ALL, label: t('organization.allKinds') },
        ...ORGANIZATION_KINDS.map((value) => ({ value, label: kindLabel(value) })),
      ]}
      data-testid="organization-kind"
    />
  );

  const { shown: items, query: paging } = useLocalPaging(organizations.data ?? [], 50);
  // The same 加载更多 as the paged lists, but only once the list has come: a loading list does not claim its end.
  const more = organizations.isSuccess ? <LoadMoreButton query={paging} shown={items.length} /> : null;

  if (organizations.isError) return <ErrorAlert error={organizations.error} />;

  if (isMobile) {
    return (
      <>
        {filter}
        <Flex vertical gap={8}>
          {items.map((org) => (
            <Card key={org.id} size="small" data-testid={`organization-card-${org.id}`}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{org.name}</Typography.Text>
                <Tag>{kindLabel(org.kind)}</Tag>
              </Flex>
              <Typography.Text type="secondary">{org.jurisdictionName}</Typography.Text>
              {org.phone ? (
                <div>
                  <a href={`tel:${org.phone}`}>{org.phone}</a>
                </div>
              ) : null}
            </Card>
          ))}
        </Flex>
        {more}
      </>
    );
  }

  return (
    <>
      {filter}
      <Table<Organization>
        rowKey="id"
        loading={organizations.isPending}
        dataSource={items}
        pagination={false}
        columns={[
          { title: t('organization.name'), dataIndex: 'name', key: 'name' },
          { title: t('organization.kind'), key: 'kind', render: (_v, org) => <Tag>{kindLabel(org.kind)}</Tag> },
          { title: t('organization.jurisdiction'), dataIndex: 'jurisdictionName', key: 'jurisdictionName' },
          { title: t('organization.phone'), dataIndex: 'phone', key: 'phone', render: (p: string | null) => p ?? '—' },
          { title: t('organization.note'), dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '' },
        ]}
      />
      {more}
    </>
  );
}
