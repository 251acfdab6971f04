import { Button, Result } from 'antd';
import { describeError } from '../api/errors';
import { useT } from '../app/i18n/use-t';

/** A whole-page failure (not a form error): what went wrong and a way to try again. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useT();
  return (
    <Result
      status="error"
      title={t('error.loadFailed')}
      subTitle={describeError(error, lang)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}
