import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type JurisdictionLevel,
  ROLE_LABELS,
  ROLE_SCOPE_LEVELS,
  ROLES,
  type Role,
  roleSetConflict,
  type User,
} from '@fengqiao/domain';
import { Alert, Button, Flex, Form, type FormInstance, Select } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useUserCommand } from '../hooks/use-users';

interface Values {
  roles: Array<{ role?: Role; jurisdictionId?: string }>;
}

function GrantRow({ form, name, onRemove }: { form: FormInstance<Values>; name: number; onRemove: () => void }) {
  const { t, label } = useT();
  const role = Form.useWatch(['roles', name, 'role'], form);
  const levels = role ? (ROLE_SCOPE_LEVELS[role] as readonly JurisdictionLevel[]) : undefined;
  return (
    <Flex gap={8} align="start" wrap>
      <Form.Item
        name={[name, 'role']}
        rules={[{ required: true, message: t('users.roleRequired') }]}
        style={{ flex: '1 1 160px', marginBottom: 8 }}
      >
        <Select
          placeholder={t('users.role')}
          options={ROLES.map((value) => ({ value, label: label(ROLE_LABELS[value]) }))}
          onChange={() => form.setFieldValue(['roles', name, 'jurisdictionId'], undefined)}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'jurisdictionId']}
        rules={[{ required: true, message: t('users.scopeRequired') }]}
        style={{ flex: '2 1 200px', marginBottom: 8 }}
      >
        <JurisdictionPicker {...(levels ? { levels } : {})} placeholder={t('users.scope')} />
      </Form.Item>
      <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('common.delete')} />
    </Flex>
  );
}

/** Role grants, each bound to a jurisdiction the role may be scoped to; admin roles stand alone (三权分立). */
export function RolesModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useT();
  const command = useUserCommand();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<Values>();
  const roles = (Form.useWatch('roles', form) ?? []).map((grant) => grant?.role).filter((r): r is Role => !!r);
  const conflict = roleSetConflict(roles);

  const submit = (values: Values) =>
    command.mutate(
      {
        kind: 'set_roles',
        id: user.id,
        roles: values.roles.flatMap((grant) =>
          grant.role && grant.jurisdictionId ? [{ role: grant.role, jurisdictionId: grant.jurisdictionId }] : [],
        ),
      },
      { onSuccess: () => done() },
    );

  return (
    <FormModal
      width={640}
      title={t('users.rolesTitle', { name: user.displayName })}
      form={form}
      pending={command.isPending}
      error={command.error}
      onClose={onClose}
      saveDisabled={conflict}
      notice={
        conflict ? <Alert type="error" showIcon title={t('users.roleConflict')} style={{ marginBottom: 12 }} /> : null
      }
    >
      <Form<Values>
        form={form}
        onFinish={submit}
        initialValues={{ roles: user.roles.map(({ role, jurisdictionId }) => ({ role, jurisdictionId })) }}
        style={{ marginTop: 12 }}
      >
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <GrantRow key={field.key} form={form} name={field.name} onRemove={() => remove(field.name)} />
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({})}
                disabled={fields.length >= 10}
              >
                {t('users.addRole')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
