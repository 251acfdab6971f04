import { CameraOutlined } from '@ant-design/icons';
import { Button, Flex, Image } from 'antd';
import { type ChangeEvent, useRef } from 'react';
import { useRowButtonProps } from '../../../ui/use-row-button-props';
import { DutyPhotoError } from './DutyPhotoError';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/** The upload a strip's camera button drives: one picked file at a time. */
interface PhotoUpload {
  mutate: (file: File) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/** A record's photos as square thumbnails, and the camera button while the record may still take one. */
export function PhotoStrip({
  photos,
  urlOf,
  size,
  canAdd,
  upload,
  addLabel,
  addTestId,
}: {
  photos: readonly string[];
  urlOf: (id: string) => string;
  size: number;
  canAdd: boolean;
  upload: PhotoUpload;
  addLabel: string;
  addTestId: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const rowButton = useRowButtonProps();
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again after a refusal still fires a change.
    event.target.value = '';
    if (file) upload.mutate(file);
  };
  return (
    <Flex vertical gap={6}>
      {photos.length > 0 ? (
        <Image.PreviewGroup>
          <Flex gap={6} wrap>
            {photos.map((id) => (
              <Image key={id} src={urlOf(id)} width={size} height={size} style={{ objectFit: 'cover' }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {canAdd ? (
        <span>
          <Button
            {...rowButton}
            icon={<CameraOutlined />}
            loading={upload.isPending}
            onClick={() => input.current?.click()}
            data-testid={addTestId}
          >
            {addLabel}
          </Button>
          <input ref={input} type="file" accept={PHOTO_ACCEPT} capture="environment" hidden onChange={onPick} />
        </span>
      ) : null}
      {upload.isError ? <DutyPhotoError error={upload.error} /> : null}
    </Flex>
  );
}
