import { Alert } from 'antd';
import { describeError, lockedUntil } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';

export function LoginErrorMessage({ error }: { error: unknown }) {
  const { t, lang, dateTime } = useT();
  const until = lockedUntil(error);
  const text = until
    ? `${describeError(error, lang)} ${t('login.lockedUntil', { time: dateTime(until) })}`
    : describeError(error, lang);
  return (
    <div data-testid="login-error" role="alert" style={{ marginBottom: 16 }}>
      <Alert type="error" showIcon title={text} />
    </div>
  );
}
