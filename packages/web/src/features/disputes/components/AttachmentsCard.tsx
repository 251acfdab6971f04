import { CameraOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Typography } from 'antd';
import { type ChangeEvent, useRef } from 'react';
import { isNotFound } from '../../../api/errors';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { attachmentDownloadUrl, useAttachments, useUploadAttachment } from '../hooks/use-dispute-handling';
import { UploadError } from './UploadError';

// The types the server accepts by content; the picker offers only these so a wrong file is rarely chosen at all.
const ACCEPT = '.jpg,.jpeg,.png,.pdf,.docx';
const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Photos and documents of the case: listed for anyone who can read it, uploaded by those who handle it. */
export function AttachmentsCard({ disputeId, editable }: { disputeId: string; editable: boolean }) {
  const { t, dateTime } = useT();
  const isMobile = useIsMobile();
  const attachments = useAttachments(disputeId);
  const upload = useUploadAttachment(disputeId);
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again after a refusal still fires a change.
    event.target.value = '';
    if (file) upload.mutate(file);
  };

  return (
    <Card
      size="small"
      title={t('disputes.attachments')}
      extra={
        editable ? (
          <Flex gap={8}>
            {/* On a phone the camera is the usual source: a second button opens it directly (capture). */}
            {isMobile ? (
              <Button icon={<CameraOutlined />} onClick={() => cameraInput.current?.click()} loading={upload.isPending}>
                {t('disputes.takePhoto')}
              </Button>
            ) : null}
            <Button
              icon={<UploadOutlined />}
              onClick={() => fileInput.current?.click()}
              loading={upload.isPending}
              data-testid="attachment-upload"
            >
              {t('disputes.uploadAttachment')}
            </Button>
            <input ref={fileInput} type="file" accept={ACCEPT} hidden onChange={onPick} data-testid="attachment-file" />
            <input ref={cameraInput} type="file" accept={PHOTO_ACCEPT} capture="environment" hidden onChange={onPick} />
          </Flex>
        ) : null
      }
    >
      {upload.isError ? <UploadError error={upload.error} /> : null}
      {attachments.isError && !isNotFound(attachments.error) ? <ErrorAlert error={attachments.error} /> : null}
      {editable ? <Typography.Text type="secondary">{t('disputes.attachmentTypes')}</Typography.Text> : null}
      <List
        dataSource={attachments.data ?? []}
        loading={attachments.isPending}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(attachment) => (
          <List.Item
            key={attachment.id}
            data-testid="attachment-row"
            actions={
              can(attachment, 'download')
                ? [
                    <a key="download" href={attachmentDownloadUrl(attachment.id)} download={attachment.fileName}>
                      <DownloadOutlined /> {t('disputes.download')}
                    </a>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={attachment.fileName}
              description={`${dateTime(attachment.createdAt)} · ${sizeText(attachment.size)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
