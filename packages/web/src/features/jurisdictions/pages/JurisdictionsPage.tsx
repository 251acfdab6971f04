import { Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorResult } from '../../../ui/ErrorResult';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportPanel } from '../../imports/components/ImportPanel';
import { DistrictsPanel } from '../components/DistrictsPanel';
import { JurisdictionFormModal, type JurisdictionFormTarget } from '../components/JurisdictionFormModal';
import { JurisdictionSummary } from '../components/JurisdictionSummary';
import { JurisdictionTable } from '../components/JurisdictionTable';
import { OrganizationsPanel } from '../components/OrganizationsPanel';
import { useJurisdictions } from '../hooks/use-jurisdictions';
import { buildJurisdictionTree } from '../lib/jurisdiction-tree';

const TABS = ['tree', 'districts', 'organizations'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

export function JurisdictionsPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const canManage = usePermission('directory.manage');
  const jurisdictions = useJurisdictions();
  const [editing, setEditing] = useState<JurisdictionFormTarget | null>(null);
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'tree';

  if (jurisdictions.isPending) return <Skeleton active />;
  if (jurisdictions.isError)
    return <ErrorResult error={jurisdictions.error} onRetry={() => void jurisdictions.refetch()} />;
  const items = jurisdictions.data;

  return (
    <>
      <PageHeader title={t('nav.jurisdictions')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'tree' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'tree',
            label: <span data-testid="tab-tree">{t('jurisdiction.tabTree')}</span>,
            children: (
              <Flex vertical gap={16}>
                <JurisdictionSummary items={items} />
                <JurisdictionTable nodes={buildJurisdictionTree(items)} onEdit={setEditing} />
                {canManage ? <ImportPanel kind="villages" /> : null}
              </Flex>
            ),
          },
          {
            key: 'districts',
            label: <span data-testid="tab-districts">{t('jurisdiction.tabDistricts')}</span>,
            children: <DistrictsPanel jurisdictions={items} />,
          },
          {
            key: 'organizations',
            label: <span data-testid="tab-organizations">{t('jurisdiction.tabOrganizations')}</span>,
            children: <OrganizationsPanel />,
          },
        ]}
      />
      {editing ? <JurisdictionFormModal target={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
