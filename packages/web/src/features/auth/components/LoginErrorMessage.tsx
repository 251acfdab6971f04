import { Alert } from 'antd';
import { describeError, lockedUntil } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { formatTime } from '../../../ui/format-time';

export function LoginErrorMessage({ error }: { error: unknown }) {
  const { t, lang } = useT();
  const until = lockedUntil(error);
  const text = until
    ? `${describeError(error, lang)} ${t('login.lockedUntil', { time: formatTime(until, 'YYYY-MM-DD HH:mm') })}`
    : describeError(error, lang);
  return (
    <div data-testid="login-error" role="alert" style={{ marginBottom: 16 }}>
      <Alert type="error" showIcon title={text} />
    </div>
  );
}
