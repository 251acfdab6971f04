import { CADRE_POSITION_LABELS, CADRE_POSITIONS, type CadrePosition, usernameSchema } from '@fengqiao/domain';
import { Button, Form, Input, Result, Select, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCadreRegistrationPlace, useRegisterCadre } from '../hooks/use-cadres';

interface Values {
  displayName: string;
  phone: string;
  position: CadrePosition;
  username: string;
  password: string;
  passwordAgain: string;
}

const BIG = { height: 48, fontSize: 17 } as const;

/**
 * The page a village's registration QR code opens, on the cadre's phone, without an account: the village and town
 * the code was issued for, then name, mobile, position, username and password; submitting leaves a pending account
 * and says so. A forged, revoked or expired code shows the server's message (ask the station for a new sticker).
 */
export function CadreRegisterPage() {
  const { t, label } = useT();
  const code = useParams().code ?? '';
  const place = useCadreRegistrationPlace(code);
  const register = useRegisterCadre();
  const [form] = Form.useForm<Values>();

  if (register.isSuccess) {
    return (
      <Result
        status="success"
        title={<span data-testid="cadre-register-done">{t('cadreRegister.done')}</span>}
        subTitle={t('cadreRegister.doneHelp', { username: form.getFieldValue('username') as string })}
        extra={
          <Link to="/login">
            <Button size="large" style={{ minHeight: 48 }}>
              {t('cadreRegister.toLogin')}
            </Button>
          </Link>
        }
      />
    );
  }
  if (place.isError) return <ErrorAlert error={place.error} testId="cadre-register-code-error" />;
  if (!place.data) return <Skeleton active />;

  const submit = (values: Values) =>
    register.mutate({
      code,
      villageId: place.data.villageId,
      displayName: values.displayName.trim(),
      phone: values.phone.trim(),
      position: values.position,
      username: values.username.trim(),
      password: values.password,
    });

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('cadreRegister.title')}
      </Typography.Title>
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="cadre-register-place">
        {t('cadreRegister.place', { town: place.data.townName, village: place.data.villageName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('cadreRegister.intro')}</Typography.Paragraph>
      <ErrorAlert error={register.error} testId="cadre-register-error" />
      <Form<Values> form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="displayName"
          label={t('cadreRegister.name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('cadreRegister.nameRequired') }]}
        >
          <Input style={BIG} maxLength={20} autoComplete="name" data-testid="cadre-register-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('cadreRegister.phone')}
          rules={[{ required: true, whitespace: true, message: t('cadreRegister.phoneRequired') }]}
        >
          <Input style={BIG} inputMode="tel" maxLength={20} autoComplete="tel" data-testid="cadre-register-phone" />
        </Form.Item>
        <Form.Item
          name="position"
          label={t('cadreRegister.position')}
          rules={[{ required: true, message: t('cadreRegister.positionRequired') }]}
        >
          <Select<CadrePosition>
            style={{ height: 48 }}
            data-testid="cadre-register-position"
            options={CADRE_POSITIONS.map((position) => ({
              value: position,
              label: label(CADRE_POSITION_LABELS[position]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('cadreRegister.username')}
          extra={t('cadreRegister.usernameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('cadreRegister.usernameRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || usernameSchema.safeParse(value.trim()).success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('cadreRegister.usernameInvalid'))),
            },
          ]}
        >
          <Input
            style={BIG}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            data-testid="cadre-register-username"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('cadreRegister.password')}
          extra={t('cadreRegister.passwordHelp')}
          rules={[{ required: true, message: t('cadreRegister.passwordRequired') }]}
        >
          <Input.Password style={BIG} autoComplete="new-password" data-testid="cadre-register-password" />
        </Form.Item>
        <Form.Item
          name="passwordAgain"
          label={t('cadreRegister.passwordAgain')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('cadreRegister.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('cadreRegister.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password style={BIG} autoComplete="new-password" data-testid="cadre-register-password-again" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={register.isPending}
          style={{ height: 64, fontSize: 20 }}
          data-testid="cadre-register-submit"
        >
          {t('cadreRegister.submit')}
        </Button>
      </Form>
    </>
  );
}
