import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/use-t';

/** Mostly a page chunk that failed to download (flaky network, or a new release replaced it): reload helps. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useT();
  console.error(error);
  return (
    <Result
      status="warning"
      title={t('error.pageLoadFailed')}
      subTitle={t('error.pageLoadFailedText')}
      extra={
        <Button type="primary" size="large" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
