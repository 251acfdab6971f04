import { Alert } from 'antd';
import { ApiError } from '../../../api/client';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';

/** A refused photo: the two refusals one can fix (not a photo, too large) in our own words. */
export function DutyPhotoError({ error }: { error: unknown }) {
  const { t } = useT();
  if (error instanceof ApiError && error.status === 415) {
    return <Alert type="error" showIcon title={t('duty.photoWrongType')} data-testid="duty-photo-error" />;
  }
  if (error instanceof ApiError && error.status === 413) {
    return <Alert type="error" showIcon title={t('disputes.attachmentTooLarge')} data-testid="duty-photo-error" />;
  }
  return <ErrorAlert error={error} testId="duty-photo-error" />;
}
