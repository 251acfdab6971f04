import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { PageHeader } from '../../../ui/PageHeader';
import { ActivitiesTab } from '../components/ActivitiesTab';
import { CasesTab } from '../components/CasesTab';
import { CoverageTab } from '../components/CoverageTab';

const TABS = [
  { key: 'coverage', path: '/antifraud' },
  { key: 'activities', path: '/antifraud/activities' },
  { key: 'cases', path: '/antifraud/cases' },
] as const;

/**
 * 反诈: the app's coverage per village, publicity activities and telecom-fraud cases. Each tab has its own address,
 * so a dashboard figure links straight to the activities or cases it counts.
 */
export function AntifraudPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = TABS.find((tab) => tab.path === pathname)?.key ?? 'coverage';
  return (
    <>
      <PageHeader title={t('antifraud.title')} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(TABS.find((tab) => tab.key === key)?.path ?? '/antifraud')}
        destroyOnHidden
        items={[
          { key: 'coverage', label: t('antifraud.tabCoverage'), children: <CoverageTab /> },
          { key: 'activities', label: t('antifraud.tabActivities'), children: <ActivitiesTab /> },
          { key: 'cases', label: t('antifraud.tabCases'), children: <CasesTab /> },
        ]}
      />
    </>
  );
}
