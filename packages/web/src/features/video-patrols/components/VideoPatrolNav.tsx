import { BellOutlined, MonitorOutlined, SettingOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';

const SECTIONS = [
  { path: '/video-patrols', key: 'videoPatrols.rounds', icon: <MonitorOutlined />, testId: 'rounds' },
  { path: '/video-patrols/reminders', key: 'videoPatrols.reminders', icon: <BellOutlined />, testId: 'reminders' },
  { path: '/video-patrols/plans', key: 'videoPatrols.plans', icon: <SettingOutlined />, testId: 'plans' },
] as const;

/** The rounds, the remote reminders and (for managers) the plans under one menu entry. */
export function VideoPatrolNav() {
  const { t } = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const canManage = usePermission('videopatrol.manage');
  const sections = SECTIONS.filter((section) => section.testId !== 'plans' || canManage);
  const current =
    sections.slice(1).find((section) => pathname === section.path || pathname.startsWith(`${section.path}/`))?.path ??
    '/video-patrols';
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <Segmented
        value={current}
        onChange={(path) => navigate(path)}
        options={sections.map((section) => ({
          value: section.path,
          icon: section.icon,
          label: <span data-testid={`video-patrol-nav-${section.testId}`}>{t(section.key)}</span>,
        }))}
      />
    </div>
  );
}
