import {
  checkIdNumber,
  type Dispute,
  type DisputeParty,
  normalizeMobile,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  type PiiField,
  updatePartySchema,
} from '@fengqiao/domain';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Radio, Skeleton, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { describeError } from '../../../api/errors';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { FormModal } from '../../../ui/FormModal';
import { optionalCheck } from '../../../ui/optional-check';
import { SexRadio } from '../../../ui/sex';
import { useCloseWithMessage } from '../../../ui/use-close-with-message';
import { zodRule } from '../../../ui/zod-rule';
import { unmaskPerson, usePerson } from '../../people/hooks/use-people';
import { useUpdateParty } from '../hooks/use-dispute-mutations';
import {
  fillableFromPerson,
  initialPartyValues,
  type PartyField,
  type PartyFormValues,
  toUpdateParty,
} from '../lib/party-form';

interface Props {
  dispute: Dispute;
  party: DisputeParty;
  /** The field to put the cursor in, when opened from an agreement's checklist. */
  focus?: PartyField;
  onClose: () => void;
}

/**
 * Every Art. 29 particular of one party. A party linked to a person in the directory starts with the person's sex
 * and ethnicity where the party has none; the directory's ID number, phone or address are filled in only through
 * the person's audited unmask, one field at a time, and only for a caller who may unmask that person.
 */
export function PartyEditModal({ dispute, party, focus, onClose }: Props) {
  const { t, label, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PartyFormValues>();
  const save = useUpdateParty(dispute.id);
  const done = useCloseWithMessage(onClose);
  const mayReadPeople = usePermission('person.read');
  const personId = party.personId ?? '';
  const person = usePerson(personId, mayReadPeople && personId !== '');
  const [filling, setFilling] = useState<PiiField | null>(null);
  const directory = person.isSuccess ? person.data : undefined;
  const fillable = directory?.actions.includes('unmask') ? fillableFromPerson(party, directory) : [];
  const prefilled =
    directory !== undefined &&
    ((party.sex === null && directory.sex !== null) || (party.ethnicity === null && directory.ethnicity !== null));
  const ready = !person.isLoading;

  useEffect(() => {
    if (!ready || !focus) return;
    // After the dialog has mounted its fields; the dialog keeps focus that is already inside it.
    const timer = setTimeout(() => form.scrollToField(focus, { focus: true, block: 'center' }), 0);
    return () => clearTimeout(timer);
  }, [ready, focus, form]);

  const fillFromDirectory = async (field: PiiField) => {
    setFilling(field);
    try {
      form.setFieldValue(field, (await unmaskPerson(personId, field)) ?? '');
    } catch (error) {
      message.error(describeError(error, lang));
    } finally {
      setFilling(null);
    }
  };

  const submit = (values: PartyFormValues) => {
    const patch = toUpdateParty(values, party);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    save.mutate({ partyId: party.id, patch }, { onSuccess: () => done() });
  };

  const piiItem = (field: PiiField, fieldLabel: string, input: ReactNode, rules: object[] = []) => (
    <Form.Item
      name={field}
      label={fieldLabel}
      rules={rules}
      extra={
        fillable.includes(field) ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">
              {t('agreement.fromDirectoryHelp', { value: directory?.[field] ?? '' })}
            </Typography.Text>
            <Button
              size="small"
              loading={filling === field}
              onClick={() => void fillFromDirectory(field)}
              data-testid={`party-form-fill-${field}`}
            >
              {t('agreement.fromDirectory')}
            </Button>
          </Flex>
        ) : undefined
      }
    >
      {input}
    </Form.Item>
  );
  // The server's own contract checks each text, so what the form lets through is what the server accepts.
  const textRule = (field: 'ethnicity' | 'occupation' | 'agent' | 'address') =>
    zodRule(updatePartySchema.shape[field], t('agreement.textTooLong'));
  const keep = (field: PiiField) => (party[field] ? `${party[field]}（${t('people.keepBlank')}）` : undefined);

  return (
    <FormModal
      title={t('agreement.editPartyTitle', { name: party.name })}
      form={form}
      pending={save.isPending}
      error={save.error}
      errorTestId="party-form-error"
      okTestId="party-form-submit"
      onClose={onClose}
      notice={prefilled ? <Alert type="info" showIcon title={t('agreement.prefilled')} /> : null}
    >
      {ready ? (
        <Form<PartyFormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={initialPartyValues(party, directory)}
          style={{ marginTop: 12 }}
          scrollToFirstError
          data-testid="party-form"
        >
          <Form.Item name="role" label={t('agreement.partyRole')}>
            <Radio.Group
              optionType="button"
              options={PARTY_ROLES.map((role) => ({ value: role, label: label(PARTY_ROLE_LABELS[role]) }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('people.name')}
            rules={[zodRule(updatePartySchema.shape.name.unwrap(), t('agreement.nameRequired'))]}
          >
            <Input maxLength={40} data-testid="party-form-name" />
          </Form.Item>
          <Form.Item name="sex" label={t('people.sex')}>
            <SexRadio data-testid="party-form-sex" />
          </Form.Item>
          <Form.Item name="ethnicity" label={t('people.ethnicity')} rules={[textRule('ethnicity')]}>
            <Input maxLength={20} data-testid="party-form-ethnicity" />
          </Form.Item>
          <Form.Item name="age" label={t('agreement.age')} extra={t('agreement.ageHelp')}>
            <InputNumber min={0} max={150} precision={0} style={{ width: '100%' }} data-testid="party-form-age" />
          </Form.Item>
          {piiItem(
            'idNumber',
            t('people.idNumber'),
            <Input
              maxLength={18}
              placeholder={keep('idNumber')}
              autoComplete="off"
              data-testid="party-form-idNumber"
            />,
            [optionalCheck((value) => checkIdNumber(value).ok, t('agreement.idNumberInvalid'))],
          )}
          <Form.Item name="occupation" label={t('agreement.occupation')} rules={[textRule('occupation')]}>
            <Input maxLength={40} data-testid="party-form-occupation" />
          </Form.Item>
          {piiItem(
            'address',
            t('people.address'),
            <Input.TextArea maxLength={200} rows={2} placeholder={keep('address')} data-testid="party-form-address" />,
            [textRule('address')],
          )}
          {piiItem(
            'phone',
            t('people.phone'),
            <Input
              maxLength={20}
              inputMode="tel"
              placeholder={keep('phone')}
              autoComplete="off"
              data-testid="party-form-phone"
            />,
            [optionalCheck((value) => normalizeMobile(value) !== null, t('agreement.phoneInvalid'))],
          )}
          <Form.Item name="agent" label={t('agreement.agent')} rules={[textRule('agent')]}>
            <Input maxLength={100} data-testid="party-form-agent" />
          </Form.Item>
        </Form>
      ) : (
        <Skeleton active />
      )}
    </FormModal>
  );
}
