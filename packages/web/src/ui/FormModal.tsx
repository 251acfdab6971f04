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
  /** Test id of the 保存 button, for end-to-end tests that submit the dialog. */
  okTestId?: string;
  onClose: () => void;
  width?: number;
  /** Blocks 保存 while the values cannot be accepted whatever the server says. */
  saveDisabled?: boolean;
  /** Shown above the error, e.g. what the dialog will do. */
  notice?: ReactNode;
  children: ReactNode;
}

// antd passes data-* attributes through to the button; a spread object is not checked against ButtonProps' keys.
function testIdProps(testId: string | undefined): Record<string, string> {
  return testId === undefined ? {} : { 'data-testid': testId };
}

/** Every add/edit dialog: 保存 and 取消, the refusal on top, nothing kept once closed. */
export function FormModal({
  title,
  form,
  pending,
  error,
  errorTestId,
  okTestId,
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
      okButtonProps={{ disabled: saveDisabled, ...testIdProps(okTestId) }}
      confirmLoading={pending}
      destroyOnHidden
    >
      {notice}
      <ErrorAlert error={error} testId={errorTestId} />
      {children}
    </Modal>
  );
}
