import { Card, Flex, Typography } from 'antd';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { hasPermission } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { RoleTags } from '../../../ui/RoleTags';
import { useToday } from '../hooks/use-today';
import { DirectorySummary } from './DirectorySummary';
import { TodayPanel } from './TodayPanel';

/**
 * The desktop home: the welcome, then today's to-dos. The directory's counts are shown only to an account that
 * has no case work at all (a system administrator, a village cadre, patrol, monitoring): for them the places and
 * people they manage or look up are the useful start, while for everyone else they were figures nobody acted on.
 */
export function DesktopHome() {
  const me = useCurrentUser();
  const { t } = useT();
  const today = useToday();
  const noCaseWork = today.data?.groups.length === 0;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-welcome">
          {t('home.hello', { name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <RoleTags roles={me.roles} />
      </Card>
      <TodayPanel phone={false} />
      {noCaseWork && hasPermission(me, 'directory.read') ? (
        <Card title={t('home.summary')}>
          <DirectorySummary canReadPeople={hasPermission(me, 'person.read')} />
        </Card>
      ) : null}
    </Flex>
  );
}
