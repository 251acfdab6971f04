import type { DutyLog } from '@fengqiao/domain';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { dutyPhotoUrl, useUploadDutyPhoto } from '../hooks/use-duty-logs';
import { PhotoStrip } from './PhotoStrip';

/** An entry's photos as small thumbnails, and the camera button on one's own entry. */
export function DutyPhotos({ entry }: { entry: DutyLog }) {
  const { t } = useT();
  const upload = useUploadDutyPhoto(entry.id);
  return (
    <PhotoStrip
      photos={entry.photos}
      urlOf={dutyPhotoUrl}
      size={56}
      canAdd={can(entry, 'photo')}
      upload={upload}
      addLabel={t('duty.addPhoto')}
      addTestId="duty-add-photo"
    />
  );
}
