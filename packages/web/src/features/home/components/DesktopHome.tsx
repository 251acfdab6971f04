import { Card, Flex, Typography } from 'antd';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { hasPermission } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { RoleTags } from '../../../ui/RoleTags';
import { DirectorySummary } from './DirectorySummary';

export function DesktopHome() {
  const me = useCurrentUser();
  const { t } = useT();
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-welcome">
          {t('home.hello', { name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <RoleTags roles={me.roles} />
      </Card>
      {hasPermission(me, 'directory.read') ? (
        <Card title={t('home.summary')}>
          <DirectorySummary canReadPeople={hasPermission(me, 'person.read')} />
        </Card>
      ) : null}
    </Flex>
  );
}
