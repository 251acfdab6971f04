import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Link } from 'react-router';
import { useLogout } from '../../features/auth/hooks/use-logout';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { useCurrentUser } from '../auth/current-user-context';
import { useT } from '../i18n/use-t';
import { LanguageSwitch } from './LanguageSwitch';

const NAME_STYLE = { maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

export function TopBar({ isMobile, onOpenMenu }: { isMobile: boolean; onOpenMenu: () => void }) {
  const me = useCurrentUser();
  const { t } = useT();
  const logout = useLogout();

  return (
    <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        {isMobile ? (
          <Button
            type="text"
            size="large"
            icon={<MenuOutlined style={{ fontSize: 22 }} />}
            onClick={onOpenMenu}
            aria-label={t('nav.openMenu')}
            data-testid="nav-open"
          />
        ) : null}
        {isMobile ? (
          <Link to="/" style={{ fontSize: 20, fontWeight: 600, color: 'inherit' }}>
            {t('app.name')}
          </Link>
        ) : null}
      </Flex>
      <Flex align="center" gap={isMobile ? 4 : 16} style={{ minWidth: 0 }}>
        {isMobile ? null : (
          <Link to="/profile" style={{ color: 'inherit', display: 'flex', alignItems: 'center', gap: 6 }}>
            <UserOutlined />
            <span data-testid="user-display-name" style={NAME_STYLE}>
              {me.displayName}
            </span>
          </Link>
        )}
        <NotificationBell />
        <LanguageSwitch />
        <Button
          type={isMobile ? 'text' : 'default'}
          icon={<LogoutOutlined />}
          loading={logout.isPending}
          onClick={() => logout.mutate()}
          data-testid="logout"
          aria-label={t('nav.logout')}
        >
          {isMobile ? null : t('nav.logout')}
        </Button>
      </Flex>
    </Flex>
  );
}
