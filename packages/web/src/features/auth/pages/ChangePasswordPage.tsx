import { Alert, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/auth/current-user-context';
import { useT } from '../../../app/i18n/use-t';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** Reached when the server requires a new password (first login or expiry) before anything else. */
export function ChangePasswordPage() {
  const me = useCurrentUser();
  const { t } = useT();
  const navigate = useNavigate();
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('password.title')}
      </Typography.Title>
      {me.mustChangePassword ? (
        <Alert type="warning" showIcon title={t('password.required')} style={{ marginBottom: 16 }} />
      ) : null}
      <ChangePasswordForm onDone={() => navigate(me.mustEnrolMfa ? '/mfa' : '/', { replace: true })} />
    </>
  );
}
