import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import type { Task } from '@fengqiao/domain';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useAddFeedback } from '../hooks/use-tasks';

const PHOTO_ACCEPT = '.jpg,.jpeg,.png';

/**
 * A feedback entry: what was done and, on a phone, a photo straight from the camera. The entry is saved first and
 * the photo uploaded to it; a photo that fails leaves the entry and says so.
 */
export function FeedbackModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<{ note: string }>();
  const add = useAddFeedback(task.id);
  const [photo, setPhoto] = useState<File>();
  const camera = useRef<HTMLInputElement>(null);
  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    setPhoto(event.target.files?.[0]);
    // Cleared so that picking the same file again still fires a change.
    event.target.value = '';
  };
  const submit = ({ note }: { note: string }) =>
    add.mutate(
      { body: { note: note.trim() }, photo },
      {
        onSuccess: ({ photoError }) => {
          if (photoError) message.warning(t('tasks.photoFailed'));
          else message.success(t('tasks.saved'));
          onClose();
        },
      },
    );
  return (
    <FormModal
      title={t('tasks.feedbackTitle')}
      form={form}
      pending={add.isPending}
      error={add.error}
      errorTestId="task-feedback-error"
      okTestId="task-feedback-submit"
      onClose={onClose}
    >
      <Form form={form} layout="vertical" style={{ marginTop: 12 }} onFinish={submit}>
        <Form.Item
          name="note"
          label={t('tasks.feedbackNote')}
          rules={[{ required: true, whitespace: true, message: t('tasks.feedbackNoteRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={t('tasks.feedbackPlaceholder')}
            data-testid="task-feedback-note"
          />
        </Form.Item>
      </Form>
      {photo ? (
        <Flex align="center" gap={8}>
          <Typography.Text ellipsis>{t('tasks.photoTaken', { name: photo.name })}</Typography.Text>
          <Button size="small" icon={<CloseOutlined />} onClick={() => setPhoto(undefined)}>
            {t('tasks.photoRemove')}
          </Button>
        </Flex>
      ) : (
        <Button
          icon={<CameraOutlined />}
          size={isMobile ? 'large' : 'middle'}
          block={isMobile}
          onClick={() => camera.current?.click()}
          data-testid="task-feedback-photo"
        >
          {t('tasks.photo')}
        </Button>
      )}
      <input
        ref={camera}
        type="file"
        accept={PHOTO_ACCEPT}
        capture="environment"
        hidden
        onChange={onPhoto}
        data-testid="task-feedback-photo-file"
      />
    </FormModal>
  );
}
