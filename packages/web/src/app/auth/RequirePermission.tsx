import type { Permission } from '@fengqiao/domain';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { usePermission } from './use-permission';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const allowed = usePermission(permission);
  const { t } = useT();
  if (!allowed) return <Result status="403" title={t('error.forbiddenTitle')} subTitle={t('error.forbiddenText')} />;
  return <>{children}</>;
}
