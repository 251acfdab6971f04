import { ClockCircleOutlined, EnvironmentOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';

const SECTIONS = [
  { path: '/patrols', key: 'patrols.title', icon: <ScheduleOutlined /> },
  { path: '/patrols/teams', key: 'patrols.teams', icon: <TeamOutlined /> },
  { path: '/patrols/checkpoints', key: 'patrols.checkpoints', icon: <EnvironmentOutlined /> },
  { path: '/patrols/hours', key: 'patrols.hours', icon: <ClockCircleOutlined /> },
] as const;

/** The four patrol pages under one menu entry: the log, the teams, the checkpoints, the hours. */
export function PatrolNav() {
  const { t } = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current =
    SECTIONS.slice(1).find((section) => pathname === section.path || pathname.startsWith(`${section.path}/`))?.path ??
    '/patrols';
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <Segmented
        value={current}
        onChange={(path) => navigate(path)}
        options={SECTIONS.map((section) => ({
          value: section.path,
          icon: section.icon,
          label: <span data-testid={`patrol-nav-${section.path.split('/')[2] ?? 'log'}`}>{t(section.key)}</span>,
        }))}
      />
    </div>
  );
}
