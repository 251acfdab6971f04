import { Drawer, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useIsMobile } from '../../ui/use-is-mobile';
import { useCurrentUser } from '../auth/current-user-context';
import { useT } from '../i18n/use-t';
import { AppFooter } from './AppFooter';
import { SideMenu } from './SideMenu';
import { TopBar } from './TopBar';

const SIDER_COLUMN_STYLE = { display: 'flex', flexDirection: 'column', height: '100%' } as const;
const SIDER_MENU_STYLE = { flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' } as const;
const HEADER_STYLE = {
  background: '#fff',
  padding: '0 16px',
  borderBottom: '1px solid #f0f0f0',
  position: 'sticky',
  top: 0,
  // Above a table's pinned columns (antd stacks those up to a few hundred) and below drawers and popups (1000+).
  zIndex: 500,
} as const;

export function AppLayout() {
  const isMobile = useIsMobile();
  const { t } = useT();
  const me = useCurrentUser();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={me.displayName}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu theme="light" onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider width={220} breakpoint="lg" collapsible style={{ position: 'sticky', top: 0, height: '100vh' }}>
          {/* The menu scrolls under a fixed title: a chief's two dozen entries are taller than a laptop screen. */}
          <div style={SIDER_COLUMN_STYLE}>
            <Link to="/" style={{ display: 'block', padding: '18px 24px', color: '#fff' }}>
              <Typography.Text strong style={{ color: '#fff', fontSize: 20 }}>
                {t('app.name')}
              </Typography.Text>
            </Link>
            <div style={SIDER_MENU_STYLE} data-testid="side-menu-scroll">
              <SideMenu />
            </div>
          </div>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header style={HEADER_STYLE}>
          <TopBar isMobile={isMobile} onOpenMenu={() => setDrawerOpen(true)} />
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 16px' }}>
          <AppFooter />
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
