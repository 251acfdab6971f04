import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { passwordProblemKeys } from '../password-rules';

/** "New password" and "repeat it", checked against the shared password policy. */
export function NewPasswordFields({ username, name = 'newPassword' }: { username: string; name?: string }) {
  const { t } = useT();
  return (
    <>
      <Form.Item
        name={name}
        label={t('password.new')}
        extra={t('password.rules')}
        rules={[
          { required: true, message: t('password.newRequired') },
          {
            validator: (_rule, value: unknown) => {
              const keys = typeof value === 'string' && value !== '' ? passwordProblemKeys(value, username) : [];
              return keys.length === 0
                ? Promise.resolve()
                : Promise.reject(new Error(keys.map((k) => t(k)).join('；')));
            },
          },
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={[name]}
        hasFeedback
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
    </>
  );
}
