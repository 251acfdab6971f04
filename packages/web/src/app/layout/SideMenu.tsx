import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CommentOutlined,
  ControlOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  EyeOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  MonitorOutlined,
  PlayCircleOutlined,
  SafetyOutlined,
  SecurityScanOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserAddOutlined,
  UserSwitchOutlined,
  VideoCameraAddOutlined,
  VideoCameraOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/current-user-context';
import { useT } from '../i18n/use-t';
import { menuKeyForPath, type NavKey, visibleMenuEntries } from './menu-entries';

const ICONS: Record<NavKey, ReactNode> = {
  home: <HomeOutlined />,
  jurisdictions: <ApartmentOutlined />,
  people: <TeamOutlined />,
  disputes: <SolutionOutlined />,
  users: <UserSwitchOutlined />,
  audit: <AuditOutlined />,
  profile: <SettingOutlined />,
  duty: <CarryOutOutlined />,
  rotation: <CalendarOutlined />,
  assessments: <TrophyOutlined />,
  incidentClasses: <ControlOutlined />,
  incidents: <AlertOutlined />,
  reports: <FileTextOutlined />,
  dashboard: <DashboardOutlined />,
  wall: <FundProjectionScreenOutlined />,
  meetings: <CommentOutlined />,
  tasks: <FileDoneOutlined />,
  analyses: <FileSearchOutlined />,
  coverage: <SafetyOutlined />,
  hazards: <WarningOutlined />,
  antifraud: <SecurityScanOutlined />,
  keyPersons: <EyeOutlined />,
  patrols: <EnvironmentOutlined />,
  cameras: <VideoCameraOutlined />,
  venues: <BankOutlined />,
  video: <PlayCircleOutlined />,
  videoPatrols: <MonitorOutlined />,
  mediationRooms: <VideoCameraAddOutlined />,
  cadres: <UserAddOutlined />,
};

export function SideMenu({ onNavigate, theme = 'dark' }: { onNavigate?: () => void; theme?: 'dark' | 'light' }) {
  const me = useCurrentUser();
  const { t } = useT();
  const { pathname } = useLocation();
  const selected = menuKeyForPath(pathname);

  const items: MenuProps['items'] = visibleMenuEntries(me.permissions).map((entry) => ({
    key: entry.key,
    icon: ICONS[entry.key],
    // A real link (not an onClick) so a middle-click opens a new tab and tests can find it by test id.
    label: (
      <Link to={entry.path} data-testid={`nav-${entry.key}`} onClick={onNavigate}>
        {t(entry.labelKey)}
      </Link>
    ),
  }));

  return (
    <Menu
      mode="inline"
      theme={theme}
      selectedKeys={selected ? [selected] : []}
      items={items}
      style={{ borderInlineEnd: 'none', fontSize: 16 }}
    />
  );
}
