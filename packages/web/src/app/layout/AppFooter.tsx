import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { fetchHealth } from '../../api/health';
import { useT } from '../i18n/use-t';

export function AppFooter() {
  const { t } = useT();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="app-version">
      {t('app.fullName')}
      {health.data ? ` · ${t('app.version', { version: health.data.version })}` : ''}
    </Typography.Text>
  );
}
