import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useIsMobile } from '../../ui/use-is-mobile';
import { useT } from '../i18n/use-t';
import { applyDayjsLocale } from './dayjs-setup';

const baseTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 6,
    fontSize: 15,
    // The system font stack only: the app runs on an isolated intranet with no web fonts.
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};

// Older cadres use phones with thick fingers and reading glasses: bigger text and controls there.
const mobileTheme: ThemeConfig = {
  token: { ...baseTheme.token, fontSize: 17, controlHeight: 44, controlHeightLG: 52 },
};

export function AntdConfig({ children }: { children: ReactNode }) {
  const { lang } = useT();
  const isMobile = useIsMobile();
  const locale = lang === 'zh' ? zhCN : enUS;
  // Set during render (it is idempotent) so date pickers use the new locale on the very first paint.
  applyDayjsLocale(lang);

  return (
    <ConfigProvider
      locale={locale}
      theme={isMobile ? mobileTheme : baseTheme}
      componentSize={isMobile ? 'large' : 'middle'}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
