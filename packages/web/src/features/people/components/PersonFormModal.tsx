import { checkIdNumber, createPersonSchema, normalizeMobile, type Person } from '@fengqiao/domain';
import { Form, Input, Radio, Select } from 'antd';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { optionalCheck } from '../../../ui/optional-check';
import { SexRadio } from '../../../ui/sex';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { zodRule } from '../../../ui/zod-rule';
import { JurisdictionPicker } from '../../jurisdictions/components/JurisdictionPicker';
import { useOrganizations } from '../../jurisdictions/hooks/use-directory-data';
import { useSavePerson } from '../hooks/use-save-person';
import { initialPersonValues, type PersonFormValues, toCreatePerson, toUpdatePerson } from '../person-form-values';

interface Props {
  /** Absent for a new person. */
  person?: Person;
  defaultJurisdictionId?: string;
  onClose: () => void;
  onSaved?: (person: Person) => void;
}

export function PersonFormModal({ person, defaultJurisdictionId, onClose, onSaved }: Props) {
  const { t } = useT();
  const save = useSavePerson();
  const done = useCloseWithMessage(onClose);
  const [form] = Form.useForm<PersonFormValues>();
  const kind = Form.useWatch('kind', form);
  const canReadDirectory = usePermission('directory.read');
  const organizations = useOrganizations();
  const editing = person !== undefined;

  const submit = (values: PersonFormValues) => {
    const onSuccess = (saved: Person) => {
      onSaved?.(saved);
      done();
    };
    if (person) {
      const changes = toUpdatePerson(values, person);
      if (Object.keys(changes).length === 0) {
        onClose();
        return;
      }
      save.mutate({ id: person.id, changes }, { onSuccess });
    } else {
      save.mutate({ create: toCreatePerson(values, values.jurisdictionId ?? '') }, { onSuccess });
    }
  };

  const piiPlaceholder = editing ? t('people.keepBlank') : undefined;

  return (
    <FormModal
      title={editing ? t('people.editTitle', { name: person.name }) : t('people.addTitle')}
      form={form}
      pending={save.isPending}
      error={save.error}
      errorTestId="person-form-error"
      onClose={onClose}
    >
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialPersonValues(person, defaultJurisdictionId)}
        style={{ marginTop: 12 }}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('people.name')}
          rules={[zodRule(createPersonSchema.shape.name, t('people.nameRequired'))]}
        >
          <Input maxLength={40} data-testid="person-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('people.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'resident', label: t('people.kindResident') },
              { value: 'staff', label: t('people.kindStaff') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="jurisdictionId"
          label={t('people.jurisdiction')}
          rules={[{ required: true, message: t('people.jurisdictionRequired') }]}
        >
          {canReadDirectory ? <JurisdictionPicker testId="person-jurisdiction" /> : <Input disabled />}
        </Form.Item>
        <Form.Item name="sex" label={t('people.sex')}>
          <SexRadio />
        </Form.Item>
        <Form.Item name="ethnicity" label={t('people.ethnicity')}>
          <Input maxLength={20} />
        </Form.Item>
        {kind === 'staff' ? (
          <>
            <Form.Item name="title" label={t('people.title')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="organizationId" label={t('people.organization')}>
              <Select
                allowClear
                loading={organizations.isPending}
                options={(organizations.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="idNumber"
          label={t('people.idNumber')}
          rules={[optionalCheck((value) => checkIdNumber(value).ok, t('people.idNumberInvalid'))]}
        >
          <Input maxLength={18} placeholder={piiPlaceholder} autoComplete="off" data-testid="person-id-number" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('people.phone')}
          rules={[optionalCheck((value) => normalizeMobile(value) !== null, t('people.phoneInvalid'))]}
        >
          <Input
            maxLength={20}
            inputMode="tel"
            placeholder={piiPlaceholder}
            autoComplete="off"
            data-testid="person-phone"
          />
        </Form.Item>
        <Form.Item name="address" label={t('people.address')}>
          <Input.TextArea maxLength={200} rows={2} placeholder={piiPlaceholder} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
