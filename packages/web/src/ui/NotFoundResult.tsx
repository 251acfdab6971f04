import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../app/i18n/use-t';

/**
 * The server answers 404 both for a missing record and for one outside the user's scope, so the page
 * says both, without hinting which.
 */
export function NotFoundResult({ kind = 'record' }: { kind?: 'record' | 'page' }) {
  const { t } = useT();
  const navigate = useNavigate();
  const goBack = () => {
    // A deep link opened in a new tab has no history to go back to.
    if (window.history.length > 1) navigate(-1);
    else navigate('/');
  };
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={kind === 'record' ? t('notFound.recordTitle') : t('notFound.pageTitle')}
        subTitle={kind === 'record' ? t('notFound.recordText') : t('notFound.pageText')}
        extra={
          <Button type="primary" size="large" onClick={goBack} data-testid="not-found-back">
            {t('common.back')}
          </Button>
        }
      />
    </div>
  );
}
