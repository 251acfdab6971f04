import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n/use-t';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: ReactNode;
  /** The form inside; 保存 submits it so its own validation and onFinish run. */
  form: { submit: () => void };
  /** The save request in flight: 保存 spins instead of sending twice. */
  pending: boolean;
  /** The save request's refusal, shown above the fields. */
  error: unknown;
  errorTestId?: string;
  onClose: () => void;
  width?: number;
  /** Blocks 保存 while the values cannot be accepted whatever the server says. */
  saveDisabled?: boolean;
  /** Shown above the error, e.g. what the dialog will do. */
  notice?: ReactNode;
  children: ReactNode;
}

/** Every add/edit dialog: 保存 and 取消, the refusal on top, nothing kept once closed. */
export function FormModal({
  title,
  form,
  pending,
  error,
  errorTestId,
  onClose,
  width,
  saveDisabled,
  notice,
  children,
}: Props) {
  const { t } = useT();
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: saveDisabled }}
      confirmLoading={pending}
      destroyOnHidden
    >
      {notice}
      <ErrorAlert error={error} testId={errorTestId} />
      {children}
    </Modal>
  );
}
