import { LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { PageHeader } from '../../../ui/PageHeader';
import { RoleTags } from '../../../ui/RoleTags';
import { StatusTag } from '../../../ui/StatusTag';
import { ChangePasswordForm } from '../../auth/components/ChangePasswordForm';
import { useLogout } from '../../auth/hooks/use-logout';

export function ProfilePage() {
  const me = useCurrentUser();
  const { t } = useT();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const logoutAll = useLogout('all');

  const confirmLogoutAll = () =>
    modal.confirm({
      title: t('profile.logoutAllConfirm'),
      content: t('profile.logoutAllHelp'),
      okText: t('profile.logoutAll'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      // useLogout reports a failure itself; here it only has to close the dialog.
      onOk: () => logoutAll.mutateAsync().catch(() => undefined),
    });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 800 }}>
      <PageHeader title={t('nav.profile')} />
      <Card size="small" title={t('profile.account')}>
        <Descriptions
          column={1}
          items={[
            { key: 'displayName', label: t('users.displayName'), children: me.displayName },
            { key: 'username', label: t('users.username'), children: me.username },
            { key: 'roles', label: t('users.roles'), children: <RoleTags roles={me.roles} /> },
            {
              key: 'mfa',
              label: t('profile.mfa'),
              children: (
                <Flex gap={8} align="center" wrap>
                  <StatusTag status={me.mfaEnabled ? 'mfaOn' : 'mfaOff'} />
                  {me.mfaEnabled ? null : (
                    <Button icon={<SafetyOutlined />} onClick={() => navigate('/mfa')} data-testid="profile-mfa-setup">
                      {t('profile.mfaSetup')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('password.title')}>
        <ChangePasswordForm />
      </Card>
      <Card size="small" title={t('profile.sessions')}>
        <Typography.Paragraph type="secondary">{t('profile.logoutAllHelp')}</Typography.Paragraph>
        <Button danger icon={<LogoutOutlined />} onClick={confirmLogoutAll} data-testid="logout-all">
          {t('profile.logoutAll')}
        </Button>
      </Card>
    </Flex>
  );
}
