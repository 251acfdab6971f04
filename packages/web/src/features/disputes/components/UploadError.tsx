import { Alert } from 'antd';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';

/**
 * A refused upload. The two refusals a worker can fix themselves (wrong type, too large) are said in our own words,
 * which name the accepted types; anything else is the server's message as usual.
 */
export function UploadError({ error }: { error: unknown }) {
  const { t } = useT();
  if (error instanceof ApiError && error.status === 415) {
    return <Alert type="error" showIcon title={t('disputes.attachmentWrongType')} data-testid="attachment-error" />;
  }
  if (error instanceof ApiError && error.status === 413) {
    return <Alert type="error" showIcon title={t('disputes.attachmentTooLarge')} data-testid="attachment-error" />;
  }
  return <ErrorAlert error={error} testId="attachment-error" />;
}
