import { Flex, Layout, Typography } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { Outlet } from 'react-router';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useT } from '../i18n/use-t';
import { AppFooter } from './AppFooter';
import { LanguageSwitch } from './LanguageSwitch';

const PANEL_STYLE = {
  width: '100%',
  maxWidth: 440,
  background: '#fff',
  borderRadius: 8,
  padding: 24,
  boxShadow: '0 1px 2px rgba(0,0,0,0.06), 0 1px 6px rgba(0,0,0,0.04)',
} as const;

/** A single centred card for steps that must be done before the app opens: login, forced password change, MFA. */
export function BareLayout({ children }: { children?: ReactNode }) {
  const { t } = useT();
  return (
    <Layout style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #e8f0fa 0%, #f5f7fa 60%)' }}>
      <Flex justify="flex-end" style={{ padding: 12 }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" style={{ flex: 1, padding: '0 12px 24px' }}>
        <Typography.Title level={3} style={{ margin: '8px 0 20px', color: '#1f5fa8', textAlign: 'center' }}>
          {t('app.fullName')}
        </Typography.Title>
        {/* A plain panel, not antd Card: Card pulls in Tabs, which the login page has no use for. */}
        <div style={PANEL_STYLE}>
          <Suspense fallback={<FullPageSpin />}>{children ?? <Outlet />}</Suspense>
        </div>
      </Flex>
      <Flex justify="center" style={{ padding: 12 }}>
        <AppFooter />
      </Flex>
    </Layout>
  );
}
