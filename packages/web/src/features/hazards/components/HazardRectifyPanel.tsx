import { CameraOutlined } from '@ant-design/icons';
import type { HazardDetail } from '@fengqiao/domain';
import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useHazardStep, useUploadHazardPhoto } from '../hooks/use-hazards';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';
const BIG = { height: 64, fontSize: 20, borderRadius: 12 } as const;

/**
 * The rectifying side's work on the phone: 拍整改照片 (the phone camera; each photo uploads at once), the note, and
 * 提交整改 — enabled once this round has a photo, as the server requires.
 */
export function HazardRectifyPanel({ hazard }: { hazard: HazardDetail }) {
  const { t } = useT();
  const { message } = App.useApp();
  const camera = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const upload = useUploadHazardPhoto(hazard.id);
  const act = useHazardStep(hazard.id);
  const photos = hazard.photos.filter((photo) => photo.kind === 'rectification' && photo.round === hazard.round);
  const canRectify = hazard.actions.includes('rectify');

  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file)
      upload.mutate({ kind: 'rectification', file }, { onSuccess: () => message.success(t('hazards.photoAdded')) });
  };
  const submit = () =>
    act.mutate(
      { step: 'rectify', body: { note: note.trim() } },
      { onSuccess: () => message.success(t('hazards.done.rectify')) },
    );

  return (
    <Card size="small" title={t('hazards.action.rectify')} data-testid="hazard-rectify-panel">
      <Flex vertical gap={12}>
        <Button
          icon={<CameraOutlined />}
          size="large"
          style={BIG}
          loading={upload.isPending}
          onClick={() => camera.current?.click()}
          data-testid="hazard-rectify-photo"
        >
          {t('hazards.action.photo')}
        </Button>
        <input
          ref={camera}
          type="file"
          accept={PHOTO_ACCEPT}
          capture="environment"
          hidden
          onChange={onPhoto}
          data-testid="hazard-rectify-photo-file"
        />
        <Typography.Text type={photos.length > 0 ? 'success' : 'secondary'} data-testid="hazard-rectify-photo-count">
          {photos.length > 0 ? t('hazards.rectifyPhotos', { n: photos.length }) : t('hazards.rectifyPhotoFirst')}
        </Typography.Text>
        <Input.TextArea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('hazards.rectifyPlaceholder')}
          aria-label={t('hazards.rectifyNote')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          data-testid="hazard-rectify-note"
        />
        {upload.isError ? <ErrorAlert error={upload.error} /> : null}
        {act.isError ? <ErrorAlert error={act.error} /> : null}
        {canRectify ? (
          <Button
            type="primary"
            block
            style={BIG}
            disabled={photos.length === 0 || note.trim() === ''}
            loading={act.isPending}
            onClick={submit}
            data-testid="hazard-rectify-submit"
          >
            {t('hazards.action.rectify')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
