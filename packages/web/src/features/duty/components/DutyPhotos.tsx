import { CameraOutlined } from '@ant-design/icons';
import type { DutyLog } from '@fengqiao/domain';
import { Button, Flex, Image } from 'antd';
import { type ChangeEvent, useRef } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { dutyPhotoUrl, useUploadDutyPhoto } from '../hooks/use-duty-logs';
import { DutyPhotoError } from './DutyPhotoError';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/** An entry's photos as small thumbnails, and the camera button on one's own entry. */
export function DutyPhotos({ entry }: { entry: DutyLog }) {
  const { t } = useT();
  const upload = useUploadDutyPhoto(entry.id);
  const input = useRef<HTMLInputElement>(null);
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again after a refusal still fires a change.
    event.target.value = '';
    if (file) upload.mutate(file);
  };
  return (
    <Flex vertical gap={6}>
      {entry.photos.length > 0 ? (
        <Image.PreviewGroup>
          <Flex gap={6} wrap>
            {entry.photos.map((id) => (
              <Image key={id} src={dutyPhotoUrl(id)} width={56} height={56} style={{ objectFit: 'cover' }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {can(entry, 'photo') ? (
        <span>
          <Button
            size="small"
            icon={<CameraOutlined />}
            loading={upload.isPending}
            onClick={() => input.current?.click()}
            data-testid="duty-add-photo"
          >
            {t('duty.addPhoto')}
          </Button>
          <input ref={input} type="file" accept={PHOTO_ACCEPT} capture="environment" hidden onChange={onPick} />
        </span>
      ) : null}
      {upload.isError ? <DutyPhotoError error={upload.error} /> : null}
    </Flex>
  );
}
